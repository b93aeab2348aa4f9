package org.gongshi.content.identifiers;

/** The arithmetic of GB 32100: 31 symbols valued 0..30 and the check symbol over weights 3^(i-1) mod 31. */
final class CreditCodeSymbols {
    private static final String SYMBOLS = "0123456789ABCDEFGHJKLMNPQRTUWXY";
    private static final int[] WEIGHTS = weights();

    private CreditCodeSymbols() {}

    /** The symbol's value, or -1 when it is not one of the 31. */
    static int value(char symbol) {
        return SYMBOLS.indexOf(symbol);
    }

    /** Callers pass seventeen symbols already checked with {@link #value}. */
    static char checkSymbol(String seventeenSymbols) {
        int sum = 0;
        for (int index = 0; index < 17; index++) {
            sum += value(seventeenSymbols.charAt(index)) * WEIGHTS[index];
        }
        return SYMBOLS.charAt((31 - sum % 31) % 31);
    }

    private static int[] weights() {
        int[] weights = new int[17];
        int weight = 1;
        for (int index = 0; index < 17; index++) {
            weights[index] = weight;
            weight = weight * 3 % 31;
        }
        return weights;
    }
}
