package org.gongshi.content.identifiers;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class ResidentIdTest {
    /** GB 11643-1999's own examples, checked by hand: 11010519491231002X (female) and 440524188001010014. */
    @ParameterizedTest
    @ValueSource(strings = {
        "11010519491231002X",
        "11010519491231002x",
        " 110105 19491231 002X ",
        "110105-19491231-002X",
        "１１０１０５１９４９１２３１００２Ｘ",
        "１１０１０５１９４９１２３１００２ｘ",
        "110105\u00a019491231\u200b002X",
    })
    void everyWayOfTypingTheStandardsExampleMeetsInOneForm(String typed) {
        ResidentId id = ResidentId.parse(typed);

        assertEquals("11010519491231002X", id.canonical());
        assertEquals(LocalDate.of(1949, 12, 31), id.birthDate());
        assertEquals("女", id.sex());
    }

    @Test
    void theLegacyFifteenDigitFormBecomesTheSamePerson() {
        ResidentId legacy = ResidentId.parse("110105491231002");

        assertEquals(ResidentId.parse("11010519491231002X"), legacy);
        assertEquals("11010519491231002X", legacy.canonical());
    }

    @Test
    void generatedLegacyNumbersConvertToTheirEighteenDigitForm() {
        GeneratedIdentifiers generated = new GeneratedIdentifiers(15);
        for (int count = 0; count < 500; count++) {
            String fifteen = generated.legacyResidentId();
            String seventeen = fifteen.substring(0, 6) + "19" + fifteen.substring(6);
            String eighteen = seventeen + GeneratedIdentifiers.residentCheck(seventeen);

            assertEquals(eighteen, ResidentId.parse(fifteen).canonical(), fifteen);
            assertEquals(ResidentId.parse(eighteen), ResidentId.parse(fifteen), fifteen);
        }
    }

    @Test
    void generatedNumbersParseToTheirBirthDateAndSex() {
        GeneratedIdentifiers generated = new GeneratedIdentifiers(18);
        for (int count = 0; count < 500; count++) {
            String number = generated.residentId();
            ResidentId id = ResidentId.parse(number);

            assertEquals(number, id.canonical());
            assertEquals(LocalDate.parse(number.substring(6, 10) + "-" + number.substring(10, 12) + "-"
                    + number.substring(12, 14)), id.birthDate());
            assertEquals((number.charAt(16) - '0') % 2 == 1 ? "男" : "女", id.sex());
        }
    }

    @Test
    void anOddSequenceDigitIsAMan() {
        String seventeen = "34230119640101321";
        ResidentId id = ResidentId.parse(seventeen + GeneratedIdentifiers.residentCheck(seventeen));

        assertEquals("男", id.sex());
    }

    @Test
    void everyWrongCheckSymbolIsRejectedAndTheRightOneNamed() {
        for (char wrong : "0123456789".toCharArray()) {
            InvalidIdentifierException rejected = assertThrows(InvalidIdentifierException.class,
                    () -> ResidentId.parse("11010519491231002" + wrong));

            assertEquals("居民身份证号码校验码不符：按前17位应为“X”，实际为“" + wrong + "”，请核对号码",
                    rejected.getMessage());
        }
    }

    @ParameterizedTest
    @CsvSource({
        "110105199002300012, 居民身份证号码中的出生日期“19900230”不存在",
        "110105199013010010, 居民身份证号码中的出生日期“19901301”不存在",
        "110105190002290014, 居民身份证号码中的出生日期“19000229”不存在",
        "440524188001010014, 居民身份证号码中的出生日期“18800101”早于1900年",
        "110105209901010011, 居民身份证号码中的出生日期“20990101”晚于今天",
        "110105900230001, 居民身份证号码中的出生日期“19900230”不存在",
        "1101051949123100, 居民身份证号码应为18位（或旧版15位），实际为16位",
        "'', 居民身份证号码应为18位（或旧版15位），实际为0位",
        "1101051949A231002X, 居民身份证号码的前17位应全为数字，第11位是“A”",
        "11010549123100X, 居民身份证号码的15位号码应全为数字，第15位是“X”",
    })
    void impossibleNumbersAreRejectedWithTheReason(String typed, String reason) {
        String number = GeneratedIdentifiers.withResidentCheck(typed);
        InvalidIdentifierException rejected =
                assertThrows(InvalidIdentifierException.class, () -> ResidentId.parse(number));

        assertEquals(reason, rejected.getMessage());
    }

    @Test
    void ageCountsWholeYearsAsOfTheDay() {
        ResidentId id = ResidentId.parse("11010519491231002X");

        assertEquals(73, id.ageOn(LocalDate.of(2023, 12, 30)));
        assertEquals(74, id.ageOn(LocalDate.of(2023, 12, 31)));
        assertEquals(0, id.ageOn(LocalDate.of(1949, 12, 31)));
        assertTrue(assertThrows(IllegalArgumentException.class, () -> id.ageOn(LocalDate.of(1949, 12, 30)))
                .getMessage().contains("before the birth date"));
    }
}
