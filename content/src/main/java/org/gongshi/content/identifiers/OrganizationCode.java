package org.gongshi.content.identifiers;

import static java.util.Objects.requireNonNull;

/**
 * A GB 11714 组织机构代码: eight symbols over 0-9 A-Z and a check symbol. {@code canonical} has no hyphen
 * (123456789); {@link #shown()} prints it as on the certificate, 12345678-9.
 */
public record OrganizationCode(String canonical) implements PartyIdentifier {
    private static final int[] WEIGHTS = {3, 7, 9, 10, 5, 8, 4, 2};

    public OrganizationCode {
        requireNonNull(canonical, "canonical");
    }

    public static OrganizationCode parse(String raw) {
        String code = IdentifierText.fold(raw);
        if (code.length() != 9) {
            throw new InvalidIdentifierException(
                    "组织机构代码应为9位（8位本体代码加1位校验码），实际为" + code.codePointCount(0, code.length()) + "位");
        }
        for (int index = 0; index < 8; index++) {
            if (value(code.charAt(index)) < 0) {
                throw new InvalidIdentifierException("组织机构代码第" + (index + 1) + "位"
                        + IdentifierText.quoted(code, index) + "不是数字或大写字母");
            }
        }
        char expected = checkSymbol(code.substring(0, 8));
        if (code.charAt(8) != expected) {
            throw new InvalidIdentifierException("组织机构代码校验码不符：按前8位应为“" + expected + "”，实际为"
                    + IdentifierText.quoted(code, 8) + "，请核对号码");
        }
        return new OrganizationCode(code);
    }

    /** The GB 11714 check symbol of eight symbols over 0-9 A-Z, or '?' when one of them is outside that set. */
    static char checkSymbol(String eightSymbols) {
        int sum = 0;
        for (int index = 0; index < 8; index++) {
            int value = value(eightSymbols.charAt(index));
            if (value < 0) {
                return '?';
            }
            sum += value * WEIGHTS[index];
        }
        int check = 11 - sum % 11;
        return check == 10 ? 'X' : check == 11 ? '0' : (char) ('0' + check);
    }

    private static int value(char symbol) {
        if (symbol >= '0' && symbol <= '9') {
            return symbol - '0';
        }
        return symbol >= 'A' && symbol <= 'Z' ? symbol - 'A' + 10 : -1;
    }

    @Override
    public String shown() {
        return Masking.shown(this);
    }
}
