package org.gongshi.plugin.objections;

import java.math.BigDecimal;
import java.util.function.BiConsumer;
import java.util.function.Function;
import org.gongshi.plugin.InputChecks;
import org.gongshi.plugin.InvalidInputException;
import org.gongshi.plugin.ListingCorrection;

/**
 * The listing as a handler corrects it when upholding an inaccuracy: the fields objections are usually about (the
 * name, the performance, the amounts, the conduct); everything else stays as it is.
 */
final class Corrections {
    private Corrections() {}

    /**
     * {@code form}: field → value as sent; a blank field keeps the listing's value. An amount that is not yuan by the
     * site's rules ({@code checks}) keeps it too and is told to {@code wrong} (field → zh-CN message), so every wrong
     * field is reported at once.
     */
    static ListingCorrection read(Function<String, String> form, InputChecks checks, BiConsumer<String, String> wrong) {
        return new ListingCorrection(text(form.apply("correctName")), text(form.apply("correctPerformance")),
                amount(form, "correctPerformed", "已履行部分", checks, wrong),
                amount(form, "correctUnperformed", "未履行部分", checks, wrong), text(form.apply("correctConduct")));
    }

    /** The field cleaned, or null (keep) when blank. */
    private static String text(String value) {
        String cleaned = FilingForm.clean(value);
        return cleaned.isEmpty() ? null : cleaned;
    }

    private static BigDecimal amount(Function<String, String> form, String field, String label, InputChecks checks,
            BiConsumer<String, String> wrong) {
        String cleaned = FilingForm.clean(form.apply(field));
        if (cleaned.isEmpty()) {
            return null;
        }
        try {
            return checks.yuan(cleaned);
        } catch (InvalidInputException invalid) {
            wrong.accept(field, "更正后的" + label + "有误：" + invalid.getMessage() + "。");
            return null;
        }
    }
}
