package org.gongshi.site.listings;

import java.math.BigDecimal;
import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.util.Locale;

/** Yuan as the national site prints them: thousands grouped, two decimals. */
final class Amounts {
    /**
     * One per thread, since a DecimalFormat may not be shared; parsing its pattern for every amount shown cost a
     * listing page a twentieth of its time.
     */
    private static final ThreadLocal<DecimalFormat> YUAN =
            ThreadLocal.withInitial(() -> new DecimalFormat("#,##0.00", DecimalFormatSymbols.getInstance(Locale.ROOT)));

    private Amounts() {}

    static String format(BigDecimal yuan) {
        return YUAN.get().format(yuan);
    }
}
