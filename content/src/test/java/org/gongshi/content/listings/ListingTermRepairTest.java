package org.gongshi.content.listings;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.flywaydb.core.Flyway;
import org.gongshi.content.audit.AuditFilter;
import org.gongshi.content.audit.AuditLog;
import org.gongshi.content.outbox.Outbox;
import org.gongshi.content.store.Database;
import org.gongshi.content.testing.SettableClock;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A database as the previous release left it — migrated to V12, every listing with a two-year term, and those past it
 * expired by the daily job — opened by this release: V13 makes the term nullable, and the repair gives each listing
 * Art. 2's term and brings back exactly the wrongly expired ones.
 */
class ListingTermRepairTest {
    private static final String REFUSES = "有履行能力而拒不履行生效法律文书确定义务";
    private static final String REPORT = "违反财产报告制度";

    @TempDir
    Path directory;

    private final SettableClock clock = new SettableClock(Instant.parse("2026-12-02T02:00:00Z"));
    private Path file;

    @BeforeEach
    void previousRelease() throws SQLException {
        file = directory.resolve("gongshi.db");
        Flyway.configure(getClass().getClassLoader()).dataSource("jdbc:sqlite:" + file, null, null)
                .locations("classpath:db/core").table("core_schema_history").target("12").load().migrate();
        try (Connection connection = DriverManager.getConnection("jdbc:sqlite:" + file)) {
            listing(connection, "refuses-public", REFUSES, "PUBLISHED", "2027-05-01", 1);
            listing(connection, "refuses-expired", REFUSES, "EXPIRED", "2025-05-01", 2);
            listing(connection, "unknown-expired", "拖欠货款", "EXPIRED", "2025-05-01", 2);
            listing(connection, "nothing-expired", null, "EXPIRED", "2025-05-01", 2);
            listing(connection, "report-expired", REPORT, "EXPIRED", "2025-05-01", 2);
            listing(connection, "report-public", REPORT, "PUBLISHED", "2027-05-01", 1);
            listing(connection, "refuses-deleted", REFUSES, "DELETED", "2025-05-01", 2);
            listing(connection, "refuses-revoked", REFUSES, "REVOKED", "2025-05-01", 2);
        }
    }

    @Test
    void theWronglyExpiredComeBackWithAHistoryEntryAndNothingElseDoes() throws SQLException {
        Database database = Database.open(file);
        database.migrate("db/core", "core_schema_history", getClass().getClassLoader());
        AuditLog audit = new AuditLog(database, clock);
        Outbox outbox = new Outbox(database);
        ListingRepository listings = new ListingRepository(database, outbox, clock);

        Optional<ListingTermRepair.Counts> counts = new ListingTermRepair(database, outbox, audit, clock).runOnce();

        assertEquals(new ListingTermRepair.Counts(8, 6, 2, 3), counts.orElseThrow());
        for (String id : List.of("refuses-public", "refuses-expired", "unknown-expired", "nothing-expired")) {
            Listing listing = listings.find(id).orElseThrow();
            assertEquals(ListingStatus.PUBLISHED, listing.status(), id);
            assertNull(listing.expiresOn(), id + " has no fixed term");
        }
        assertEquals(ListingStatus.EXPIRED, listings.find("report-expired").orElseThrow().status(),
                "a two-year listing past its term stays expired");
        assertEquals(LocalDate.of(2027, 5, 1), listings.find("report-public").orElseThrow().expiresOn());
        assertEquals(ListingStatus.DELETED, listings.find("refuses-deleted").orElseThrow().status());
        assertEquals(ListingStatus.REVOKED, listings.find("refuses-revoked").orElseThrow().status());

        List<HistoryEntry> history = listings.history("refuses-expired");
        HistoryEntry entry = history.get(history.size() - 1);
        assertEquals(HistoryAction.REINSTATED, entry.action());
        assertEquals(3, entry.version());
        assertEquals(ListingTermRepair.ACTOR, entry.actor());
        assertTrue(entry.reason().contains("纠正本站错误") && entry.reason().contains("第二条"), entry.reason());
        assertEquals(List.of("refuses-expired", "unknown-expired", "nothing-expired").stream().sorted().toList(),
                outbox.after(0, 10).stream().map(e -> e.id()).sorted().toList(), "the index is told");
        String logged = audit.list(AuditFilter.everything(), 1, 10).items().get(0).event().detail().orElseThrow();
        assertTrue(logged.contains("共 8 条") && logged.contains("恢复公示 3 条"), logged);
        assertEquals(List.of(), foreignKeyProblems(), "the rebuilt table keeps every history row's listing");

        assertEquals(Optional.empty(), new ListingTermRepair(database, outbox, audit, clock).runOnce(), "once");
        database.close();
    }

    private List<String> foreignKeyProblems() throws SQLException {
        List<String> problems = new ArrayList<>();
        try (Connection connection = DriverManager.getConnection("jdbc:sqlite:" + file);
                ResultSet rows = connection.createStatement().executeQuery("PRAGMA foreign_key_check")) {
            while (rows.next()) {
                problems.add(rows.getString(1) + " → " + rows.getString(3));
            }
        }
        return problems;
    }

    /** A row as the previous release wrote it, and for a later version the history entry of its last change. */
    private static void listing(Connection connection, String id, String conduct, String status, String expiresOn,
            int version) throws SQLException {
        try (PreparedStatement insert = connection.prepareStatement("INSERT INTO listing (id, version, case_number, "
                + "party_key, debtor_kind, debtor_name, conduct, published_on, decided_on, expires_on, status, "
                + "created_at, updated_at) VALUES (?, ?, ?, ?, 'NATURAL_PERSON', '王某', ?, '2023-05-01', "
                + "'2023-05-01', ?, ?, '2023-05-01T00:00:00Z', '2023-05-01T00:00:00Z')")) {
            insert.setString(1, id);
            insert.setInt(2, version);
            insert.setString(3, "（2023）京0105执" + id + "号");
            insert.setString(4, "name:" + id);
            insert.setString(5, conduct);
            insert.setString(6, expiresOn);
            insert.setString(7, status);
            insert.executeUpdate();
        }
        if (version > 1) {
            try (PreparedStatement history = connection.prepareStatement("INSERT INTO listing_history (listing_id, "
                    + "version, changed_at, actor, action, from_status, to_status) VALUES (?, ?, "
                    + "'2025-05-02T00:00:00Z', 'system', ?, 'PUBLISHED', ?)")) {
                history.setString(1, id);
                history.setInt(2, version);
                history.setString(3, status.equals("EXPIRED") ? "EXPIRED" : status.equals("DELETED") ? "DELETED"
                        : "REVOKED");
                history.setString(4, status);
                history.executeUpdate();
            }
        }
    }
}
