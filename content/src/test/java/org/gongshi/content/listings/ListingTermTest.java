package org.gongshi.content.listings;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.Arrays;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.NullAndEmptySource;
import org.junit.jupiter.params.provider.ValueSource;

class ListingTermTest {
    private static final LocalDate DECIDED = LocalDate.of(2023, 3, 1);
    private static final LocalDate PUBLISHED = LocalDate.of(2023, 3, 5);

    @ParameterizedTest(name = "{0} → item(s) {1}")
    @CsvSource(delimiter = '|', value = {
        "有履行能力而拒不履行生效法律文书确定义务|1",
        "其他有履行能力而拒不履行生效法律文书确定义务|1",
        "违反财产报告制度|4",
        "违反限制消费令|5",
        "违反限制高消费令|5",
        "以伪造证据、暴力、威胁等方法妨碍、抗拒执行|2",
        "以虚假诉讼、虚假仲裁或者以隐匿、转移财产等方法规避执行|3",
        "无正当理由拒不履行执行和解协议|6",
        "其他规避执行|3",
        "违反财产报告制度、违反限制消费令|4 5",
        "违反财产报告制度；违反限制消费令|4 5",
        "有履行能力而拒不履行生效法律文书确定义务、违反财产报告制度|1 4",
        "以伪造证据、暴力、威胁等方法妨碍、抗拒执行；无正当理由拒不履行执行和解协议|2 6"})
    void everyWordingOfTheNationalSiteAndItsCombinationsNameTheirItems(String conduct, String items) {
        ListingGrounds grounds = ListingGrounds.of(conduct);

        assertTrue(grounds.recognised(), conduct);
        assertEquals(Arrays.stream(items.split(" ")).map(Integer::parseInt).collect(Collectors.toSet()),
                grounds.grounds().stream().map(ListingGround::item).collect(Collectors.toSet()));
    }

    @ParameterizedTest
    @ValueSource(strings = {"违反财产报告制度", "违反限制消费令", "以伪造证据、暴力、威胁等方法妨碍、抗拒执行",
        "以虚假诉讼、虚假仲裁或者以隐匿、转移财产等方法规避执行", "无正当理由拒不履行执行和解协议", "其他规避执行"})
    void itemsTwoToSixAreListedForTwoYearsFromTheDecision(String conduct) {
        assertEquals(LocalDate.of(2025, 3, 1), ListingTerm.defaultExpiry(conduct, DECIDED, PUBLISHED));
        assertEquals(LocalDate.of(2025, 3, 5), ListingTerm.defaultExpiry(conduct, null, PUBLISHED),
                "from publication when the source has no decision date");
    }

    @Test
    void severalCircumstancesStillDefaultToTwoYearsForTheCourtDecidesAnExtension() {
        String several = "违反财产报告制度、违反限制消费令";
        assertTrue(ListingGrounds.of(several).several());
        assertEquals(LocalDate.of(2025, 3, 1), ListingTerm.defaultExpiry(several, DECIDED, PUBLISHED));
    }

    @ParameterizedTest
    @ValueSource(strings = {"有履行能力而拒不履行生效法律文书确定义务", "有履行能力而拒不履行生效法律文书确定义务、违反财产报告制度"})
    void itemOneHasNoFixedTermAloneOrWithOthers(String conduct) {
        assertNull(ListingTerm.defaultExpiry(conduct, DECIDED, PUBLISHED));
        assertNull(ListingTerm.defaultExpiry(conduct, null, null), "no dates needed for no term");
    }

    @ParameterizedTest
    @NullAndEmptySource
    @ValueSource(strings = {"拖欠货款", "违反财产报告制度、吸毒", "  "})
    void anUnrecognisedCircumstanceKeepsTheListingWithoutAFixedTerm(String conduct) {
        ListingGrounds grounds = ListingGrounds.of(conduct);

        assertFalse(grounds.recognised(), "" + conduct);
        assertFalse(grounds.fixedTerm());
        assertNull(grounds.code(), "stored as not recognised");
        assertNull(ListingTerm.defaultExpiry(conduct, DECIDED, PUBLISHED));
    }

    @Test
    void aFixedTermNeedsADate() {
        assertThrows(IllegalArgumentException.class, () -> ListingTerm.defaultExpiry("违反限制消费令", null, null));
    }

    @Test
    void theCodeListsTheItemsInOrder() {
        assertEquals("4,5", ListingGrounds.of("违反限制消费令、违反财产报告制度").code());
        assertEquals(Set.of(ListingGround.ABLE_BUT_REFUSES), ListingGrounds.of("有履行能力而拒不履行").grounds());
    }

    @Test
    void whatTheSourceSaysWinsThenAChangedGroundSetsTheTermAnewElseItStays() {
        Listing before = Listings.withConduct("违反财产报告制度", DECIDED, LocalDate.of(2026, 3, 1));

        assertEquals(LocalDate.of(2027, 1, 1), ListingTerm.afterChange(before,
                Listings.withConduct("违反财产报告制度", DECIDED, null), LocalDate.of(2027, 1, 1)));
        assertEquals(LocalDate.of(2026, 3, 1), ListingTerm.afterChange(before,
                Listings.withConduct("违反财产报告制度", DECIDED, null), null), "an extension survives a re-import");
        assertNull(ListingTerm.afterChange(before, Listings.withConduct("有履行能力而拒不履行生效法律文书确定义务",
                DECIDED, null), null));
    }

    @Test
    void aTermLaterThanTwoYearsIsShownAsExtended() {
        assertTrue(ListingTerm.extended(Listings.withConduct("违反限制消费令", DECIDED, LocalDate.of(2026, 3, 1))));
        assertFalse(ListingTerm.extended(Listings.withConduct("违反限制消费令", DECIDED, LocalDate.of(2025, 3, 1))));
        assertFalse(ListingTerm.extended(Listings.withConduct("有履行能力而拒不履行生效法律文书确定义务", DECIDED, null)));
    }
}
