package org.gongshi.content.identifiers;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Optional;
import org.gongshi.content.listings.DebtorKind;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class CreditCodeTest {
    /** A published enterprise's code, both check symbols worked out by hand (credit check 6, organisation check 1). */
    private static final String HAND_CHECKED = "914403001922038216";

    @ParameterizedTest
    @ValueSource(strings = {
        "914403001922038216",
        " 9144 0300 1922 0382 16 ",
        "91440300-19220382-16",
        "９１４４０３００１９２２０３８２１６",
    })
    void aHandCheckedCodeParsesWithoutWarnings(String typed) {
        ParsedIdentifier parsed = CreditCode.parse(typed);

        assertEquals(new CreditCode(HAND_CHECKED, true), parsed.identifier());
        assertEquals(List.of(), parsed.warnings());
    }

    @Test
    void generatedCodesParseWithoutWarnings() {
        GeneratedIdentifiers generated = new GeneratedIdentifiers(32100);
        for (String departmentAndCategory : List.of("11", "12", "13", "19", "51", "52", "53", "91", "92", "93", "Y1")) {
            for (int count = 0; count < 50; count++) {
                String code = generated.creditCode(departmentAndCategory);
                ParsedIdentifier parsed = CreditCode.parse(code.toLowerCase());

                assertEquals(new CreditCode(code, true), parsed.identifier(), code);
                assertEquals(List.of(), parsed.warnings(), code);
            }
        }
    }

    @Test
    void aPilotCodeFailingTheCheckIsAcceptedWithAWarning() {
        ParsedIdentifier parsed = CreditCode.parse("914403001922038217");

        assertEquals(new CreditCode("914403001922038217", false), parsed.identifier());
        assertEquals(List.of("统一社会信用代码校验码不符（按前17位应为“6”，实际为“7”），可能是早期试点代码，请核对"),
                parsed.warnings());
    }

    @Test
    void anEmbeddedOrganisationCodeFailingItsCheckIsReported() {
        String seventeen = "91440300192203822";
        String code = seventeen + GeneratedIdentifiers.creditCheck(seventeen);
        ParsedIdentifier parsed = CreditCode.parse(code);

        assertTrue(((CreditCode) parsed.identifier()).checkDigitValid());
        assertEquals(List.of("统一社会信用代码第9至17位（组织机构代码“19220382-2”）不符合组织机构代码的校验规则，请核对"),
                parsed.warnings());
    }

    @ParameterizedTest
    @CsvSource({
        "I14403001922038216, 1, “I”",
        "91440300O922038216, 9, “O”",
        "9144030019220382Z6, 17, “Z”",
        "914403001922038S16, 16, “S”",
        "91440300192203821V, 18, “V”",
        "9144030019220382#6, 17, “#”",
    })
    void aSymbolOutsideTheSetIsRejectedByPosition(String typed, int position, String symbol) {
        InvalidIdentifierException rejected =
                assertThrows(InvalidIdentifierException.class, () -> CreditCode.parse(typed));

        assertEquals("统一社会信用代码第" + position + "位" + symbol + "不是允许的字符（只用数字和除I、O、Z、S、V外的大写字母）",
                rejected.getMessage());
    }

    @Test
    void aWrongLengthIsRejected() {
        assertEquals("统一社会信用代码应为18位，实际为17位",
                assertThrows(InvalidIdentifierException.class, () -> CreditCode.parse("91440300192203821")).getMessage());
    }

    @ParameterizedTest
    @CsvSource({
        "11, GOVERNMENT_BODY",
        "12, PUBLIC_INSTITUTION",
        "91, ENTERPRISE",
    })
    void theDepartmentAndCategorySuggestAKind(String departmentAndCategory, DebtorKind kind) {
        String code = new GeneratedIdentifiers(7).creditCode(departmentAndCategory);

        assertEquals(Optional.of(kind), DebtorKind.suggestedBy((CreditCode) CreditCode.parse(code).identifier()));
    }

    @ParameterizedTest
    @ValueSource(strings = {"13", "19", "51", "52", "53", "92", "93", "N2", "Y1"})
    void otherCategoriesSuggestNothing(String departmentAndCategory) {
        String code = new GeneratedIdentifiers(8).creditCode(departmentAndCategory);

        assertFalse(DebtorKind.suggestedBy((CreditCode) CreditCode.parse(code).identifier()).isPresent());
    }
}
