package org.gongshi.plugin.objections;

import java.math.BigDecimal;
import java.util.function.BiConsumer;
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

    /**
     * {@code form}: field → value as sent; a blank field keeps the listing's value. An amount that is not yuan keeps
     * it too and is told to {@code wrong} (field → zh-CN message), so every wrong field is reported at once.
     */
    static Listing apply(Listing current, Function<String, String> form, BiConsumer<String, String> wrong) {
        Debtor debtor = current.debtor();
        Enforcement enforcement = current.enforcement();
        Debtor correctedDebtor = new Debtor(debtor.kind(), text(form.apply("correctName"), debtor.name()), debtor.sex(),
                debtor.age(), debtor.identifierShown(), debtor.identifierKey(), debtor.legalRepresentative(),
                debtor.superiorBody());
        Enforcement correctedEnforcement = new Enforcement(enforcement.court(), enforcement.province(),
                enforcement.caseNumber(), enforcement.basisNumber(), enforcement.basisIssuer(), enforcement.filedOn(),
                enforcement.obligation(), text(form.apply("correctPerformance"), enforcement.performance()),
                amount(form, "correctPerformed", "已履行部分", enforcement.performedAmount(), wrong),
                amount(form, "correctUnperformed", "未履行部分", enforcement.unperformedAmount(), wrong),
                text(form.apply("correctConduct"), enforcement.conduct()));
        return new Listing(current.id(), correctedDebtor, correctedEnforcement, current.publishedOn(),
                current.rectification(), current.decidedOn(), current.expiresOn(), current.status(),
                current.sourceBatch(), current.createdAt(), current.updatedAt());
    }

    private static String text(String value, String current) {
        String cleaned = FilingForm.clean(value);
        return cleaned.isEmpty() ? current : cleaned;
    }

    private static BigDecimal amount(Function<String, String> form, String field, String label, BigDecimal current,
            BiConsumer<String, String> wrong) {
        String cleaned = FilingForm.clean(form.apply(field));
        if (cleaned.isEmpty()) {
            return current;
        }
        try {
            return BoundedValues.yuan(cleaned);
        } catch (InvalidValueException invalid) {
            wrong.accept(field, "更正后的" + label + "有误：" + invalid.getMessage() + "。");
            return current;
        }
    }
}
