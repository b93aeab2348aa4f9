package org.gongshi.content.editorial;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import org.flywaydb.core.Flyway;
import org.gongshi.content.Status;
import org.gongshi.content.cases.CaseRepository;
import org.gongshi.content.cases.TypicalCase;
import org.gongshi.content.outbox.Outbox;
import org.gongshi.content.store.Database;
import org.gongshi.content.store.StorageException;
import org.gongshi.content.testing.Storage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** V5 rebuilds the content tables to widen their status check: rows written before it survive it unchanged. */
class EditorialMigrationTest {
    @TempDir
    Path directory;

    @Test
    void contentWrittenBeforeTheWorkflowSurvivesTheRebuild() throws SQLException {
        String url = "jdbc:sqlite:" + directory.resolve("gongshi.db");
        Flyway.configure().dataSource(url, null, null).locations("classpath:db/core").table("core_schema_history")
                .target("3").load().migrate();
        try (Connection connection = DriverManager.getConnection(url);
                Statement statement = connection.createStatement()) {
            statement.executeUpdate("INSERT INTO typical_case (slug, title, facts, tags, featured, status, created_at,"
                    + " updated_at) VALUES ('old-case', '旧案例', '基本案情', '[\"拒执罪\"]', 1, 'PUBLISHED',"
                    + " '2024-01-01T00:00:00.000000Z', '2024-02-01T00:00:00.000000Z')");
            statement.executeUpdate("INSERT INTO policy_text (slug, title, interpretations, status, created_at,"
                    + " updated_at) VALUES ('old-policy', '旧政策', '[]', 'DRAFT', '2024-01-01T00:00:00.000000Z',"
                    + " '2024-01-01T00:00:00.000000Z')");
        }

        Database database = Storage.migrated(directory);

        TypicalCase old = new CaseRepository(database, new Outbox(database)).findPublished("old-case").orElseThrow();
        assertEquals("基本案情", old.facts());
        assertEquals(List.of("拒执罪"), old.tags());
        assertTrue(old.featured());
        assertEquals(1L, count(database, "SELECT COUNT(*) FROM policy_text WHERE status = 'DRAFT'"));
        assertEquals(List.of("bulletin_published", "policy_text_published", "typical_case_published"),
                indexes(database));
    }

    @Test
    void theStatusCheckAcceptsEveryStatusAndNothingElse() {
        Database database = Storage.migrated(directory);

        for (Status status : Status.values()) {
            insertCase(database, status.name().toLowerCase().replace('_', '-'), status.name());
        }

        assertEquals(5L, count(database, "SELECT COUNT(*) FROM typical_case"));
        assertThrows(StorageException.class, () -> insertCase(database, "bogus", "DELETED"));
    }

    private static void insertCase(Database database, String slug, String status) {
        database.inTransaction(connection -> {
            try (Statement statement = connection.createStatement()) {
                return statement.executeUpdate("INSERT INTO typical_case (slug, title, tags, status, created_at,"
                        + " updated_at) VALUES ('" + slug + "', '标题', '[]', '" + status + "', 'x', 'x')");
            }
        });
    }

    private static long count(Database database, String sql) {
        return database.read(connection -> {
            try (Statement statement = connection.createStatement(); ResultSet rows = statement.executeQuery(sql)) {
                rows.next();
                return rows.getLong(1);
            }
        });
    }

    private static List<String> indexes(Database database) {
        return database.read(connection -> {
            List<String> names = new ArrayList<>();
            try (Statement statement = connection.createStatement();
                    ResultSet rows = statement.executeQuery("SELECT name FROM sqlite_master WHERE type = 'index'"
                            + " AND name NOT LIKE 'sqlite_%' AND tbl_name IN ('typical_case', 'policy_text',"
                            + " 'bulletin') ORDER BY name")) {
                while (rows.next()) {
                    names.add(rows.getString(1));
                }
            }
            return names;
        });
    }
}
