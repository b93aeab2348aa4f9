package org.gongshi.content.listings.demo;

/**
 * The check symbols of GB 11643 (resident ID), GB 11714 (organisation code) and GB 32100 (credit code), to make
 * numbers that validate. TODO: use the identifiers package's own once it makes its check-symbol arithmetic public;
 * tests run every generated number through its validators, so the two cannot drift apart unnoticed.
 */
final class CheckSymbols {
    static final String CREDIT_SYMBOLS = "0123456789ABCDEFGHJKLMNPQRTUWXY";
    private static final int[] RESIDENT_WEIGHTS = {7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2};
    private static final int[] ORGANIZATION_WEIGHTS = {3, 7, 9, 10, 5, 8, 4, 2};

    private CheckSymbols() {}

    static char residentId(String seventeenDigits) {
        int sum = 0;
        for (int index = 0; index < 17; index++) {
            sum += (seventeenDigits.charAt(index) - '0') * RESIDENT_WEIGHTS[index];
        }
        return "10X98765432".charAt(sum % 11);
    }

    static char organizationCode(String eightSymbols) {
        int sum = 0;
        for (int index = 0; index < 8; index++) {
            char symbol = eightSymbols.charAt(index);
            int value = symbol <= '9' ? symbol - '0' : symbol - 'A' + 10;
            sum += value * ORGANIZATION_WEIGHTS[index];
        }
        int check = 11 - sum % 11;
        return check == 10 ? 'X' : check == 11 ? '0' : (char) ('0' + check);
    }

    static char creditCode(String seventeenSymbols) {
        int sum = 0;
        int weight = 1;
        for (int index = 0; index < 17; index++) {
            sum += CREDIT_SYMBOLS.indexOf(seventeenSymbols.charAt(index)) * weight;
            weight = weight * 3 % 31;
        }
        return CREDIT_SYMBOLS.charAt((31 - sum % 31) % 31);
    }
}
