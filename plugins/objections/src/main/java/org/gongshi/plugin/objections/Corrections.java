package org.gongshi.plugin.objections;

import java.math.BigDecimal;
import java.util.function.Function;
import org.gongshi.content.listings.Debtor;
import org.gongshi.content.listings.Enforcement;
import org.gongshi.content.listings.Listing;
import org.gongshi.content.values.BoundedValues;
import org.gongshi.content.values.InvalidValueException;

/**
 * The listing as a handler corrects it when upholding an inaccuracy: the fields objections are usually about (the
 * name, the performance, the amounts, the conduct); everything else stays as it is.
 */
final class Corrections {
    private Corrections() {}

    /** {@code form}: field → value as sent; a blank field keeps the listing's value, an amount must be yuan. */
    static Listing apply(Listing current, Function<String, String> form) {
        Debtor debtor = current.debtor();
        Enforcement enforcement = current.enforcement();
        Debtor correctedDebtor = new Debtor(debtor.kind(), text(form.apply("correctName"), debtor.name()), debtor.sex(),
                debtor.age(), debtor.identifierShown(), debtor.identifierKey(), debtor.legalRepresentative(),
                debtor.superiorBody());
        Enforcement correctedEnforcement = new Enforcement(enforcement.court(), enforcement.province(),
                enforcement.caseNumber(), enforcement.basisNumber(), enforcement.basisIssuer(), enforcement.filedOn(),
                enforcement.obligation(), text(form.apply("correctPerformance"), enforcement.performance()),
                amount(form.apply("correctPerformed"), enforcement.performedAmount()),
                amount(form.apply("correctUnperformed"), enforcement.unperformedAmount()),
                text(form.apply("correctConduct"), enforcement.conduct()));
        return new Listing(current.id(), correctedDebtor, correctedEnforcement, current.publishedOn(),
                current.rectification(), current.decidedOn(), current.expiresOn(), current.status(),
                current.sourceBatch(), current.createdAt(), current.updatedAt());
    }

    private static String text(String value, String current) {
        String cleaned = FilingForm.clean(value);
        return cleaned.isEmpty() ? current : cleaned;
    }

    private static BigDecimal amount(String value, BigDecimal current) {
        String cleaned = FilingForm.clean(value);
        if (cleaned.isEmpty()) {
            return current;
        }
        try {
            return BoundedValues.yuan(cleaned);
        } catch (InvalidValueException wrong) {
            throw new StepRefusedException("更正后的金额有误：" + wrong.getMessage() + "。");
        }
    }
}
