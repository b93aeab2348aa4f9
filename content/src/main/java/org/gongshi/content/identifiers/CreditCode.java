package org.gongshi.content.identifiers;

import static java.util.Objects.requireNonNull;

import java.util.ArrayList;
import java.util.List;

/**
 * A GB 32100 统一社会信用代码: registration department, category, six-digit address code, the nine-symbol organisation
 * code (GB 11714) and a check symbol, over 31 symbols without I O Z S V. Early pilot codes that fail the check are
 * lawful, so a failed check is a warning and {@code checkDigitValid} is false; a symbol outside the set is an error.
 */
public record CreditCode(String canonical, boolean checkDigitValid) implements PartyIdentifier {
    public CreditCode {
        requireNonNull(canonical, "canonical");
    }

    public static ParsedIdentifier parse(String raw) {
        String code = IdentifierText.fold(raw);
        if (code.length() != 18) {
            throw new InvalidIdentifierException(
                    "统一社会信用代码应为18位，实际为" + code.codePointCount(0, code.length()) + "位");
        }
        for (int index = 0; index < 18; index++) {
            if (CreditCodeSymbols.value(code.charAt(index)) < 0) {
                throw new InvalidIdentifierException("统一社会信用代码第" + (index + 1) + "位"
                        + IdentifierText.quoted(code, index) + "不是允许的字符（只用数字和除I、O、Z、S、V外的大写字母）");
            }
        }
        List<String> warnings = new ArrayList<>();
        char expected = CreditCodeSymbols.checkSymbol(code.substring(0, 17));
        boolean checkDigitValid = code.charAt(17) == expected;
        if (!checkDigitValid) {
            warnings.add("统一社会信用代码校验码不符（按前17位应为“" + expected + "”，实际为“" + code.charAt(17)
                    + "”），可能是早期试点代码，请核对");
        }
        String organizationCode = code.substring(8, 17);
        if (OrganizationCode.checkSymbol(organizationCode.substring(0, 8)) != organizationCode.charAt(8)) {
            warnings.add("统一社会信用代码第9至17位（组织机构代码“" + organizationCode.substring(0, 8) + "-"
                    + organizationCode.charAt(8) + "”）不符合组织机构代码的校验规则，请核对");
        }
        return new ParsedIdentifier(new CreditCode(code, checkDigitValid), warnings);
    }

    @Override
    public String shown() {
        return Masking.shown(this);
    }
}
