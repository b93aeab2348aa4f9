package org.gongshi.site.listings;

import java.math.BigDecimal;
import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.util.Locale;

/** Yuan as the national site prints them: thousands grouped, two decimals. */
final class Amounts {
    private Amounts() {}

    static String format(BigDecimal yuan) {
        return new DecimalFormat("#,##0.00", DecimalFormatSymbols.getInstance(Locale.ROOT)).format(yuan);
    }
}
