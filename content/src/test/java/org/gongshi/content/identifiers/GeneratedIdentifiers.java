package org.gongshi.content.identifiers;

import java.util.Random;

/**
 * Valid identifiers made from a seed, with check symbols computed from the standards' printed weight tables rather than
 * from the production arithmetic, so a shared mistake cannot pass unnoticed.
 */
final class GeneratedIdentifiers {
    private static final int[] RESIDENT_WEIGHTS = {7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2};
    private static final int[] CREDIT_WEIGHTS = {1, 3, 9, 27, 19, 26, 16, 17, 20, 29, 25, 13, 8, 24, 10, 30, 28};
    private static final String CREDIT_SYMBOLS = "0123456789ABCDEFGHJKLMNPQRTUWXY";
    private static final int[] ORGANIZATION_WEIGHTS = {3, 7, 9, 10, 5, 8, 4, 2};

    private final Random random;

    GeneratedIdentifiers(long seed) {
        this.random = new Random(seed);
    }

    String residentId() {
        String seventeen = String.format("%06d%04d%02d%02d%03d", 110000 + random.nextInt(540000),
                1930 + random.nextInt(90), 1 + random.nextInt(12), 1 + random.nextInt(28), random.nextInt(1000));
        return seventeen + residentCheck(seventeen);
    }

    String legacyResidentId() {
        return String.format("%06d%02d%02d%02d%03d", 110000 + random.nextInt(540000), random.nextInt(100),
                1 + random.nextInt(12), 1 + random.nextInt(28), random.nextInt(1000));
    }

    String organizationCode() {
        StringBuilder eight = new StringBuilder();
        for (int index = 0; index < 8; index++) {
            eight.append("0123456789ABCDEFGHJKLMNPQRTUWXY".charAt(random.nextInt(31)));
        }
        return eight.toString() + organizationCheck(eight.toString());
    }

    String creditCode(String departmentAndCategory) {
        String seventeen = departmentAndCategory + String.format("%06d", 110000 + random.nextInt(540000))
                + organizationCode();
        return seventeen + creditCheck(seventeen);
    }

    static char residentCheck(String seventeen) {
        int sum = 0;
        for (int index = 0; index < 17; index++) {
            sum += (seventeen.charAt(index) - '0') * RESIDENT_WEIGHTS[index];
        }
        return "10X98765432".charAt(sum % 11);
    }

    /** Eighteen symbols whose first seventeen are digits get the right check symbol, to reach the next rule. */
    static String withResidentCheck(String typed) {
        if (typed.length() != 18 || !typed.substring(0, 17).chars().allMatch(symbol -> symbol >= '0' && symbol <= '9')) {
            return typed;
        }
        return typed.substring(0, 17) + residentCheck(typed.substring(0, 17));
    }

    static char creditCheck(String seventeen) {
        int sum = 0;
        for (int index = 0; index < 17; index++) {
            sum += CREDIT_SYMBOLS.indexOf(seventeen.charAt(index)) * CREDIT_WEIGHTS[index];
        }
        return CREDIT_SYMBOLS.charAt((31 - sum % 31) % 31);
    }

    static char organizationCheck(String eight) {
        int sum = 0;
        for (int index = 0; index < 8; index++) {
            sum += Character.digit(eight.charAt(index), 36) * ORGANIZATION_WEIGHTS[index];
        }
        int check = 11 - sum % 11;
        return check == 10 ? 'X' : Character.forDigit(check % 11, 10);
    }
}
