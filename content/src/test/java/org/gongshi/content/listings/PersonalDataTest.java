package org.gongshi.content.listings;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import org.gongshi.content.identifiers.ResidentId;
import org.gongshi.content.outbox.Outbox;
import org.gongshi.content.store.Database;
import org.gongshi.content.testing.Storage;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The full resident ID number must never reach the database, whatever path a listing takes. */
class PersonalDataTest {
    private static final String RAW = "11010519491231002X";

    @TempDir
    Path directory;

    private ListingRepository listings;
    private ListingLifecycle lifecycle;
    private IdentifierKeys keys;

    @BeforeEach
    void open() {
        Database database = Storage.migrated(directory);
        Outbox outbox = new Outbox(database);
        listings = new ListingRepository(database, outbox, Clock.systemUTC());
        lifecycle = new ListingLifecycle(database, outbox, Clock.systemUTC());
        keys = IdentifierKeys.load(directory.resolve("identifier.key"));
    }

    @Test
    void noColumnOfAnyRowHoldsTheFullNumberAfterImportUpdateAndCorrection() throws Exception {
        ResidentId person = ResidentId.parse(RAW);
        Listing listing = withDebtor(Listings.person(1, null), new Debtor(DebtorKind.NATURAL_PERSON, "王某", person.sex(),
                76, person.shown(), keys.keyOf(person), null, null));
        String id = listings.upsertAll(List.of(listing)).rows().get(0).id();
        listings.upsertAll(List.of(ListingRepositoryTest.withUnperformed(listing, java.math.BigDecimal.ONE)));
        lifecycle.correct(id, listing, "法官甲", "更正");

        List<String> values = everyStoredValue();

        assertTrue(values.contains(person.shown()), "the masked form is stored");
        assertTrue(values.contains(keys.keyOf(person)), "the key is stored");
        assertFalse(values.stream().anyMatch(value -> value.toUpperCase().contains(RAW) || value.contains(RAW.substring(0, 17))),
                "a stored value holds the full number");
    }

    @Test
    void aListingCarryingTheFullNumberAnywhereIsRefusedWithoutRepeatingIt() {
        Listing unmasked = withDebtor(Listings.person(1, null), new Debtor(DebtorKind.NATURAL_PERSON, "王某", "男", 76,
                RAW, "key", null, null));
        Listing inText = withDebtor(Listings.person(2, null), new Debtor(DebtorKind.ENTERPRISE, "某公司", null, null,
                "91350100M000100Y43", "key-2", "王某（身份证号" + RAW.toLowerCase() + "）", null));

        IllegalArgumentException refused = assertThrows(IllegalArgumentException.class,
                () -> listings.upsertAll(List.of(unmasked)));
        assertThrows(IllegalArgumentException.class, () -> listings.upsertAll(List.of(inText)));

        assertFalse(refused.getMessage().contains(RAW.substring(0, 17)), refused.getMessage());
        assertEquals(0, listings.countPublic());
    }

    @Test
    void numbersThatAreNotValidResidentIdsPassTheGuard() {
        assertFalse(FullResidentIds.containsOne("1101051949123100**"));
        assertFalse(FullResidentIds.containsOne("110105194912310021"), "wrong check digit");
        assertFalse(FullResidentIds.containsOne("913501001234567890123"), "no valid 18-digit window");
        assertTrue(FullResidentIds.containsOne("号码11010519491231002X。"));
        assertTrue(FullResidentIds.containsOne("911010519491231002x"), "a valid window inside a longer run");
    }

    private List<String> everyStoredValue() throws Exception {
        List<String> values = new ArrayList<>();
        try (Connection connection = DriverManager.getConnection("jdbc:sqlite:" + directory.resolve("gongshi.db"));
                Statement statement = connection.createStatement()) {
            List<String> tables = new ArrayList<>();
            try (ResultSet rows = statement.executeQuery("SELECT name FROM sqlite_master WHERE type = 'table'")) {
                while (rows.next()) {
                    tables.add(rows.getString(1));
                }
            }
            for (String table : tables) {
                try (ResultSet rows = statement.executeQuery("SELECT * FROM \"" + table + "\"")) {
                    int columns = rows.getMetaData().getColumnCount();
                    while (rows.next()) {
                        for (int column = 1; column <= columns; column++) {
                            String value = rows.getString(column);
                            if (value != null) {
                                values.add(value);
                            }
                        }
                    }
                }
            }
        }
        return values;
    }

    private static Listing withDebtor(Listing listing, Debtor debtor) {
        return new Listing(listing.id(), debtor, listing.enforcement(), listing.publishedOn(),
                listing.rectification(), listing.decidedOn(), listing.expiresOn(), listing.status(),
                listing.sourceBatch(), listing.createdAt(), listing.updatedAt());
    }
}
