package org.gongshi.content.identifiers;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class PartyIdentifierTest {
    @Test
    void eachKindIsToldFromTheNumberItself() {
        assertInstanceOf(ResidentId.class, PartyIdentifier.parse("11010519491231002x").identifier());
        assertInstanceOf(ResidentId.class, PartyIdentifier.parse("110105491231002").identifier());
        assertInstanceOf(CreditCode.class, PartyIdentifier.parse("914403001922038216").identifier());
        assertInstanceOf(OrganizationCode.class, PartyIdentifier.parse("19220382-1").identifier());
    }

    @Test
    void aMaskedNumberCopiedFromTheListAsksForTheWholeNumber() {
        for (String masked : new String[] {"1101081952****289X", "1101081952＊＊＊＊289X"}) {
            InvalidIdentifierException refused = assertThrows(InvalidIdentifierException.class,
                    () -> PartyIdentifier.parse(masked));
            assertTrue(refused.getMessage().startsWith("请输入完整的身份证号码"), refused.getMessage());
        }
    }

    @Test
    void bothFormsOfAResidentIdHaveOneCanonicalForm() {
        assertEquals(PartyIdentifier.parse("11010519491231002X").identifier().canonical(),
                PartyIdentifier.parse("110105491231002").identifier().canonical());
    }

    @Test
    void aPilotCreditCodeWithALetterKeepsItsWarning() {
        String seventeen = "91440300MA5D1234" + GeneratedIdentifiers.organizationCheck("MA5D1234");
        char wrong = GeneratedIdentifiers.creditCheck(seventeen) == 'Y' ? '0' : 'Y';
        ParsedIdentifier parsed = PartyIdentifier.parse(seventeen + wrong);

        assertEquals(new CreditCode(seventeen + wrong, false), parsed.identifier());
        assertEquals(1, parsed.warnings().size());
    }

    @Test
    void eighteenDigitsFailingBothChecksAreAMistypedResidentIdNotAPilotCode() {
        InvalidIdentifierException rejected =
                assertThrows(InvalidIdentifierException.class, () -> PartyIdentifier.parse("110105194912310021"));

        assertEquals("居民身份证号码校验码不符：按前17位应为“X”，实际为“1”，请核对号码", rejected.getMessage());
    }

    @Test
    void anAllDigitCreditCodePassingItsCheckIsACreditCode() {
        // read as a resident ID its birth date would be 0819-22-03
        String seventeen = "91110108192203821";
        String code = seventeen + GeneratedIdentifiers.creditCheck(seventeen);

        assertEquals(new CreditCode(code, true), PartyIdentifier.parse(code).identifier());
    }

    @Test
    void aNumberValidAsBothIsTreatedAsAPersonAndSaysSo() {
        String both = numberValidAsBoth();
        ParsedIdentifier parsed = PartyIdentifier.parse(both);

        assertInstanceOf(ResidentId.class, parsed.identifier());
        assertEquals(List.of("该号码也符合统一社会信用代码的校验规则，已按居民身份证号码处理并遮蔽公开，请核对"), parsed.warnings());
    }

    @ParameterizedTest
    @CsvSource({
        "'', 请填写证件号码",
        "' \u3000 ', 请填写证件号码",
        "1234567, 证件号码应为18位居民身份证号码、18位统一社会信用代码或9位组织机构代码，实际为7位",
        "张三, 证件号码应为18位居民身份证号码、18位统一社会信用代码或9位组织机构代码，实际为2位",
        "91440300O922038216, 统一社会信用代码第9位“O”不是允许的字符（只用数字和除I、O、Z、S、V外的大写字母）",
        "19220382-2, 组织机构代码校验码不符：按前8位应为“1”，实际为“2”，请核对号码",
    })
    void whatIsNoIdentifierIsRejectedWithTheReason(String typed, String reason) {
        assertEquals(reason, assertThrows(InvalidIdentifierException.class, () -> PartyIdentifier.parse(typed))
                .getMessage());
    }

    /** Searches generated resident IDs for one whose last symbol also satisfies the credit code check. */
    private static String numberValidAsBoth() {
        GeneratedIdentifiers generated = new GeneratedIdentifiers(2);
        for (int count = 0; count < 100_000; count++) {
            String number = generated.residentId();
            if (GeneratedIdentifiers.creditCheck(number.substring(0, 17)) == number.charAt(17)) {
                return number;
            }
        }
        throw new AssertionError("no number valid as both in 100000 tries");
    }
}
