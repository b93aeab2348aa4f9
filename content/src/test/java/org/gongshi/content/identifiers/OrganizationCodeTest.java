package org.gongshi.content.identifiers;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class OrganizationCodeTest {
    /** Check symbols worked out by hand with the weights 3 7 9 10 5 8 4 2, including the X and 0 cases. */
    @ParameterizedTest
    @CsvSource({
        "19220382-1, 192203821",
        "192203821, 192203821",
        "12345678-8, 123456788",
        "a1234567-4, A12345674",
        "Ａ１２３４５６７－４, A12345674",
        "00000006-x, 00000006X",
        "00000000-0, 000000000",
        "' 1922 0382 – 1 ', 192203821",
    })
    void handCheckedCodesParseWithOrWithoutHyphen(String typed, String canonical) {
        assertEquals(canonical, OrganizationCode.parse(typed).canonical());
    }

    @Test
    void generatedCodesParse() {
        GeneratedIdentifiers generated = new GeneratedIdentifiers(11714);
        for (int count = 0; count < 500; count++) {
            String code = generated.organizationCode();

            assertEquals(code, OrganizationCode.parse(code.substring(0, 8) + "-" + code.charAt(8)).canonical());
        }
    }

    @Test
    void lettersOutsideTheCreditCodeSetAreLawfulHere() {
        String eight = "IOZSV123";
        String code = eight + GeneratedIdentifiers.organizationCheck(eight);

        assertEquals(code, OrganizationCode.parse(code).canonical());
    }

    @ParameterizedTest
    @CsvSource({
        "19220382-2, 组织机构代码校验码不符：按前8位应为“1”，实际为“2”，请核对号码",
        "00000006-0, 组织机构代码校验码不符：按前8位应为“X”，实际为“0”，请核对号码",
        "1922038-1, 组织机构代码应为9位（8位本体代码加1位校验码），实际为8位",
        "1922#382-1, 组织机构代码第5位“#”不是数字或大写字母",
        "'', 组织机构代码应为9位（8位本体代码加1位校验码），实际为0位",
    })
    void wrongCodesAreRejectedWithTheReason(String typed, String reason) {
        assertEquals(reason, assertThrows(InvalidIdentifierException.class, () -> OrganizationCode.parse(typed))
                .getMessage());
    }
}
