package org.gongshi.content.identifiers;

import java.util.ArrayList;
import java.util.List;

/**
 * Tells a person's ID number from an organisation's code by length and shape. Eighteen digits fit both a resident ID
 * and an all-digit credit code; a resident ID is preferred because showing a person's number in full is the harm to
 * avoid, and a credit code with a failed check is only accepted when it cannot be a mistyped resident ID.
 */
final class IdentifierDetection {
    private IdentifierDetection() {}

    static ParsedIdentifier parse(String raw) {
        String folded = IdentifierText.fold(raw);
        if (folded.indexOf('*') >= 0) {
            // a number copied from a published list, where a person's middle digits are masked
            throw new InvalidIdentifierException("请输入完整的身份证号码：带 * 的号码是公示时遮蔽过的，无法据此核对");
        }
        return switch (folded.length()) {
            case 0 -> throw new InvalidIdentifierException("请填写证件号码");
            case 9 -> new ParsedIdentifier(OrganizationCode.parse(folded), List.of());
            case 15 -> new ParsedIdentifier(ResidentId.parse(folded), List.of());
            case 18 -> looksLikeResidentId(folded) ? residentOrCreditCode(folded) : CreditCode.parse(folded);
            default -> throw new InvalidIdentifierException("证件号码应为18位居民身份证号码、18位统一社会信用代码或9位组织机构代码，实际为"
                    + folded.codePointCount(0, folded.length()) + "位");
        };
    }

    private static ParsedIdentifier residentOrCreditCode(String folded) {
        ResidentId resident;
        try {
            resident = ResidentId.parse(folded);
        } catch (InvalidIdentifierException notAResident) {
            ParsedIdentifier credit = CreditCode.parse(folded);
            if (((CreditCode) credit.identifier()).checkDigitValid()) {
                return credit;
            }
            throw notAResident;
        }
        List<String> warnings = new ArrayList<>();
        if (CreditCodeSymbols.checkSymbol(folded.substring(0, 17)) == folded.charAt(17)) {
            warnings.add("该号码也符合统一社会信用代码的校验规则，已按居民身份证号码处理并遮蔽公开，请核对");
        }
        return new ParsedIdentifier(resident, warnings);
    }

    private static boolean looksLikeResidentId(String folded) {
        for (int index = 0; index < 17; index++) {
            char symbol = folded.charAt(index);
            if (symbol < '0' || symbol > '9') {
                return false;
            }
        }
        char check = folded.charAt(17);
        return check == 'X' || (check >= '0' && check <= '9');
    }
}
