package org.gongshi.site;

import java.math.BigDecimal;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.gongshi.content.identifiers.Masking;
import org.gongshi.content.identifiers.PartyIdentifier;
import org.gongshi.content.listings.Debtor;
import org.gongshi.content.listings.DebtorKind;
import org.gongshi.content.listings.Enforcement;
import org.gongshi.content.listings.IdentifierKeys;
import org.gongshi.content.listings.Listing;
import org.gongshi.content.listings.ListingRepository;
import org.gongshi.content.listings.ListingStatus;
import org.gongshi.content.listings.Rectification;
import org.gongshi.content.outbox.Outbox;
import org.gongshi.content.store.Database;

/**
 * A small list written as another process would (its own Database over the running site's file, the site's key file):
 * two natural persons, an enterprise and two public bodies. Names are made up and unlike any demo content.
 */
public final class ListingFixture {
    /** GB 11643's own example number: valid, so it can be looked up in full. */
    public static final String PERSON_ID = "11010519491231002X";
    public static final String PERSON = "琥珀张";
    public static final String PERSON_CASE = "（2023）京0105执1234号";
    public static final String SHORT_NAME_PERSON = "柘";
    public static final String ENTERPRISE = "琥珀建材有限公司";
    public static final String BUREAU = "琥珀县自然资源局";
    public static final String HOSPITAL = "琥珀市第二人民医院";

    private ListingFixture() {}

    /**
     * Writes the fixture and answers the public ids by name. Written before the site starts, it also keeps --demo from
     * adding its synthetic listings, so the figures the tests expect are the fixture's alone.
     */
    public static Map<String, String> load(Path dataDirectory) {
        Database database = Database.open(dataDirectory.resolve("gongshi.db"));
        database.migrate("db/core", "core_schema_history", ListingFixture.class.getClassLoader());
        ListingRepository repository = new ListingRepository(database, new Outbox(database), Clock.systemUTC());
        IdentifierKeys keys = IdentifierKeys.load(dataDirectory.resolve("identifier.key"));
        PartyIdentifier personId = PartyIdentifier.parse(PERSON_ID).identifier();
        List<Listing> listings = List.of(
                listing(new Debtor(DebtorKind.NATURAL_PERSON, PERSON, "男", 74, Masking.shown(personId),
                        keys.keyOf(personId), null, null), PERSON_CASE, "北京市朝阳区人民法院", "北京",
                        new BigDecimal("50000.00"), null, LocalDate.of(2024, 3, 1)),
                listing(new Debtor(DebtorKind.NATURAL_PERSON, SHORT_NAME_PERSON, "女", 41, null, null, null, null),
                        "（2022）沪0115执88号", "上海市浦东新区人民法院", "上海", null, null, LocalDate.of(2024, 2, 1)),
                listing(new Debtor(DebtorKind.ENTERPRISE, ENTERPRISE, null, null, "91110105MA00ABCD1X", null, "琥珀李",
                        null), "（2023）京0105执2001号", "北京市朝阳区人民法院", "北京", new BigDecimal("8000.00"), null,
                        LocalDate.of(2024, 4, 1)),
                listing(new Debtor(DebtorKind.GOVERNMENT_BODY, BUREAU, null, null, "11110000MB0000000Y", null,
                        "琥珀王", "琥珀县人民政府"), "（2023）京0105执3001号", "北京市朝阳区人民法院", "北京",
                        new BigDecimal("2000.00"), new Rectification(Rectification.State.NOT_PERFORMED, null),
                        LocalDate.of(2024, 5, 1)),
                listing(new Debtor(DebtorKind.PUBLIC_INSTITUTION, HOSPITAL, null, null, "12440000MB0000000K", null,
                        "琥珀赵", "琥珀市卫生健康局"), "（2023）粤0106执4001号", "广州市天河区人民法院", "广东",
                        new BigDecimal("1000.50"),
                        new Rectification(Rectification.State.PERFORMING, LocalDate.of(2024, 6, 1)),
                        LocalDate.of(2024, 6, 2)));
        List<String> ids = repository.upsertAll(listings).rows().stream().map(row -> row.id()).toList();
        return java.util.stream.IntStream.range(0, ids.size()).boxed()
                .collect(Collectors.toMap(i -> listings.get(i).debtor().name(), ids::get));
    }

    private static Listing listing(Debtor debtor, String caseNumber, String court, String province,
            BigDecimal unperformed, Rectification rectification, LocalDate publishedOn) {
        Enforcement enforcement = new Enforcement(court, province, caseNumber, "（2022）京0105民初100号", court,
                publishedOn.minusMonths(6), "偿还借款本金及利息", "全部未履行", BigDecimal.ZERO, unperformed,
                "有履行能力而拒不履行生效法律文书确定义务");
        // Art. 1 item (1) has no fixed term (Art. 2), so the start-up expiry job leaves the fixture alone on any date.
        return new Listing(null, debtor, enforcement, publishedOn, rectification, publishedOn.minusDays(3), null,
                ListingStatus.PUBLISHED, "fixture", null, null);
    }
}
