package org.gongshi.index.listings;

import static org.gongshi.index.listings.TestListings.listed;
import static org.gongshi.index.listings.TestListings.person;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ListingSearchTest {
    private static final LocalDate OLD = LocalDate.of(2022, 3, 1);
    private static final LocalDate NEW = LocalDate.of(2024, 6, 1);

    @TempDir
    Path directory;

    private TestListings listings;

    @BeforeEach
    void start() throws InterruptedException {
        InMemoryListings source = new InMemoryListings()
                .put(person("zhangwei-old", "张伟", OLD))
                .put(person("zhangwei-new", "张伟", NEW))
                .put(person("zhangweiming", "张伟明", LocalDate.of(2025, 1, 1)))
                .put(person("zhangxiaowei", "张小伟", NEW))
                .put(person("wang", "王", OLD))
                .put(person("wangfang", "王芳", OLD))
                .put(person("uyghur", "阿卜杜拉·买买提", OLD))
                .put(person("supplementary", "吉\uD842\uDFB7明", OLD))
                .put(listed("acme", "ＡＢＣ贸易（北京）有限公司", "北京市第一中级人民法院", "北京"))
                .put(listed("shanghai", "某某建设有限公司", "上海市浦东新区人民法院", "上海"))
                .put(listed("beijing", "某某建设有限公司", "北京市朝阳区人民法院", "北京"))
                .put(listed("traditional", "陳國華", "臺北地方法院", "台湾"));
        listings = new TestListings(directory, source).start();
    }

    @AfterEach
    void stop() {
        listings.close();
    }

    @Test
    void aTwoCharacterNameFindsItselfFirstNewestFirstThenLongerNamesContainingItButNeverOtherCharactersBetween() {
        assertEquals(List.of("zhangwei-new", "zhangwei-old", "zhangweiming"), listings.idsByName("张伟"));
    }

    @Test
    void aOneCharacterNameFindsTheExactNameFirst() {
        assertEquals(List.of("wang", "wangfang"), listings.idsByName("王"));
    }

    @Test
    void aNameWithACharacterBeyondTheBasicPlaneIsFoundByAnyRunOfItsCharacters() {
        for (String part : List.of("吉\uD842\uDFB7", "\uD842\uDFB7明", "\uD842\uDFB7", "吉\uD842\uDFB7明")) {
            assertEquals(List.of("supplementary"), listings.idsByName(part), part);
        }
    }

    @Test
    void aFullNameFindsOnlyThatName() {
        assertEquals(List.of("zhangweiming"), listings.idsByName("张伟明"));
        assertEquals(List.of(), listings.idsByName("张伟明明"));
    }

    @Test
    void aFullNameThatLongerNamesContainListsThemAfterItselfAndOnlyWhileTheyAreListed() throws InterruptedException {
        listings.source.put(person("zhangweiminghua", "张伟明华", NEW));
        listings.index().awaitApplied(listings.recordChange("listing", "zhangweiminghua"), Duration.ofSeconds(10));
        assertEquals(List.of("zhangweiming", "zhangweiminghua"), listings.idsByName("张伟明"));

        // Renamed: the old document is only marked deleted, and the index still counts it under both names.
        listings.source.put(person("zhangweiminghua", "李华", NEW));
        listings.index().awaitApplied(listings.recordChange("listing", "zhangweiminghua"), Duration.ofSeconds(10));
        assertEquals(List.of("zhangweiming"), listings.idsByName("张伟明"));
        assertEquals(List.of("zhangweiminghua"), listings.idsByName("李华"));
    }

    @Test
    void aLongNameListsTheLongerNamesThatContainItWhereverItStandsInThem() throws InterruptedException {
        listings.source.put(person("huaxia", "华夏建设有限公司", OLD))
                .put(person("huaxia-beijing", "北京华夏建设有限公司", NEW))
                .put(person("changcheng", "长城建设有限公司", OLD))
                .put(person("changcheng-branch", "长城建设有限公司上海分公司", NEW));
        for (String id : List.of("huaxia", "huaxia-beijing", "changcheng", "changcheng-branch")) {
            listings.index().awaitApplied(listings.recordChange("listing", id), Duration.ofSeconds(10));
        }

        assertEquals(List.of("huaxia", "huaxia-beijing"), listings.idsByName("华夏建设有限公司"), "ending with it");
        assertEquals(List.of("changcheng", "changcheng-branch"), listings.idsByName("长城建设有限公司"), "going on");
        assertEquals(List.of("changcheng-branch"), listings.idsByName("长城建设有限公司上海分公司"));
    }

    @Test
    void aLongNameMatchesInEveryCharacter() {
        assertEquals(List.of("beijing", "shanghai"), listings.idsByName("某建设有限公司"));
        // One character changed, in the middle or at the end, is no match.
        assertEquals(List.of(), listings.idsByName("某建没有限公司"));
        assertEquals(List.of(), listings.idsByName("某某建设有限司"));
    }

    @Test
    void traditionalCharactersFindSimplifiedNamesAndTheOtherWayRound() {
        assertEquals(List.of("zhangwei-new", "zhangwei-old", "zhangweiming"), listings.idsByName("張偉"));
        assertEquals(List.of("traditional"), listings.idsByName("陈国华"));
    }

    @Test
    void spacesPunctuationAndWidthDoNotDecideAMatch() {
        assertEquals(List.of("uyghur"), listings.idsByName("阿卜杜拉买买提"));
        assertEquals(List.of("uyghur"), listings.idsByName("阿卜杜拉 · 买买提"));
        assertEquals(List.of("acme"), listings.idsByName("abc贸易(北京)"));
        assertEquals(List.of("acme"), listings.idsByName("ABC贸易北京有限公司"));
    }

    @Test
    void wildcardCharactersAreIgnoredNotExpanded() {
        assertEquals(List.of("zhangwei-new", "zhangwei-old", "zhangweiming"), listings.idsByName("张*伟"));
        assertEquals(List.of(), listings.idsByName("张%明"));
        assertEquals(List.of(), listings.idsByName("王?芳?明"));
    }

    @Test
    void identifierKeyAndCaseNumberMatchExactly() {
        assertEquals(List.of("zhangxiaowei"), listings.ids(query(null, "key-zhangxiaowei", null, null, null)));
        assertEquals(List.of(), listings.ids(query(null, "key-zhangxiao", null, null, null)));
        assertEquals(List.of("wang"), listings.ids(query(null, null, "(2024)京01执wang号", null, null)));
        assertEquals(List.of(), listings.ids(query(null, null, "(2024)京01执wan号", null, null)));
        assertEquals(List.of(), listings.ids(query("王", "key-zhangxiaowei", null, null, null)), "all criteria apply");
    }

    @Test
    void courtFiltersByAnyPartOfItsNameAndProvinceByTheWholeNameSpacesIgnored() {
        assertEquals(List.of("beijing"), listings.ids(query("某某建设", null, null, "北京市朝阳区人民法院", null)));
        assertEquals(List.of("beijing"), listings.ids(query("某某建设", null, null, "北京市 朝阳区 人民法院", null)));
        assertEquals(List.of("shanghai"), listings.ids(query("某某建设", null, null, null, "上海")));
        assertEquals(List.of("beijing"), listings.ids(query("某某建设", null, null, "朝阳区人民法院", null)));
        assertEquals(Set.of("shanghai", "beijing"), Set.copyOf(listings.ids(query("某某建设", null, null, "人民法院", null))));
        assertEquals(List.of(), listings.ids(query("某某建设", null, null, "海淀区人民法院", null)));
        assertEquals(List.of(), listings.ids(query("某某建设", null, null, "朝阳*法院", null)), "no wildcards");
        assertEquals(List.of(), listings.ids(query("某某建设", null, null, "北京", "上海")), "both apply");
        assertEquals(List.of("traditional"), listings.ids(query("陈国华", null, null, "台北地方法院", "台湾")));
    }

    @Test
    void courtSuggestionsAreTheListedCourtsContainingWhatWasTypedInNameOrder() {
        assertEquals(List.of("北京市朝阳区人民法院", "北京市第一中级人民法院"), listings.index().courtsContaining("北京 市", 10));
        assertEquals(List.of("北京市朝阳区人民法院"), listings.index().courtsContaining("北京", 1));
        assertEquals(List.of("台北地方法院"), listings.index().courtsContaining("臺北", 10));
        assertEquals(List.of(), listings.index().courtsContaining("海淀", 10));
        assertEquals(List.of(), listings.index().courtsContaining("  ", 10));
    }

    @Test
    void aCourtWhoseListingsAreAllGoneIsNoLongerSuggested() throws InterruptedException {
        listings.source.remove("shanghai");
        long sequence = listings.recordChange("listing", "shanghai");
        listings.index().awaitApplied(sequence, Duration.ofSeconds(10));
        assertEquals(List.of(), listings.index().courtsContaining("上海", 10));
    }

    @Test
    void rowsCarryWhatAResultsPageShowsAndNoIdentifierKey() {
        ListingHit hit = listings.index().search(query(null, "key-zhangxiaowei", null, null, null)).items().get(0);
        assertEquals(new ListingHit("zhangxiaowei", "张小伟", "自然人", "1101**********1234",
                "(2024)京01执zhangxiaowei号", "北京市第一中级人民法院", "北京", NEW, NEW.plusYears(2)), hit);
        ListingHit company = listings.index().search(ListingQuery.byName("ABC贸易")).items().get(0);
        assertEquals("ＡＢＣ贸易（北京）有限公司", company.name(), "shown as published");
    }

    @Test
    void pagesSliceTheOrderedHitsAndCountThemAll() {
        ListingResults second = listings.index().search(new ListingQuery("张伟", null, null, null, null, 2, 2));
        assertEquals(3, second.total());
        assertFalse(second.totalIsLowerBound(), "few matches are counted exactly");
        assertEquals(List.of("zhangweiming"), second.items().stream().map(ListingHit::id).toList());
        ListingResults beyondTheWindow = listings.index().search(
                new ListingQuery("张伟", null, null, null, null, ListingSearches.MAX_WINDOW / 50 + 1, 50));
        assertEquals(List.of(), beyondTheWindow.items());
    }

    @Test
    void aNameSharedByThousandsIsCountedUpToTheServedWindowAndStillListsExactMatchesNewestFirst(@TempDir Path other)
            throws InterruptedException {
        InMemoryListings crowd = new InMemoryListings().put(person("longer-newest", "王某甲", NEW.plusDays(1)));
        int shared = ListingSearches.COUNTED + 500;
        for (int day = 0; day < shared; day++) {
            crowd.put(person("wang-" + day, "王某", NEW.minusDays(day)));
        }
        try (TestListings many = new TestListings(other, crowd).start()) {
            ListingResults first = many.index().search(ListingQuery.byName("王某"));
            assertTrue(first.totalIsLowerBound());
            assertEquals(ListingSearches.COUNTED, first.total(), "at least this many");
            assertEquals(ListingSearches.MAX_WINDOW / first.pageSize(), first.pageCount(), "only pages that are served");
            assertEquals(List.of("wang-0", "wang-1", "wang-2"),
                    first.items().subList(0, 3).stream().map(ListingHit::id).toList(),
                    "the exact name first, newest first, before a newer longer name");
        }
    }

    private static ListingQuery query(String name, String key, String caseNumber, String court, String province) {
        return new ListingQuery(name, key, caseNumber, court, province, 1, 20);
    }
}
