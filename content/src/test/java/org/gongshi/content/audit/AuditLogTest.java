package org.gongshi.content.audit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.nio.file.Path;
import java.time.Instant;
import java.util.Optional;
import org.gongshi.content.Page;
import org.gongshi.content.store.Database;
import org.gongshi.content.store.StorageException;
import org.gongshi.content.testing.SettableClock;
import org.gongshi.content.testing.Storage;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class AuditLogTest {
    @TempDir
    Path directory;

    private Database database;
    private AuditLog log;

    @BeforeEach
    void open() {
        database = Storage.migrated(directory);
        log = new AuditLog(database, new SettableClock(Instant.parse("2026-11-22T01:00:00Z")));
        log.record(AuditEvent.of("alice", "login").from("10.0.0.7"));
        log.record(AuditEvent.of("alice", "content.publish").on("case", "wuxi-2023").saying("发布"));
        log.record(AuditEvent.of("bob", "account.disable").on("account", "carol"));
    }

    @Test
    void entriesReadBackNewestFirstAndFilterByActorActionOrObject() {
        Page<AuditEntry> all = log.list(AuditFilter.everything(), 1, 10);
        assertEquals(3, all.total());
        assertEquals("account.disable", all.items().get(0).event().action());
        Page<AuditEntry> alice = log.list(new AuditFilter(Optional.of("alice"), Optional.empty(), Optional.empty(),
                Optional.empty()), 1, 10);
        assertEquals(2, alice.total());
        Page<AuditEntry> theCase = log.list(new AuditFilter(Optional.empty(), Optional.empty(), Optional.of("case"),
                Optional.of("wuxi-2023")), 1, 10);
        assertEquals(Optional.of("发布"), theCase.items().get(0).event().detail());
    }

    @Test
    void theLogRefusesToBeEditedOrShortened() {
        assertThrows(StorageException.class, () -> database.inTransaction(connection ->
                connection.createStatement().executeUpdate("UPDATE audit_entry SET actor = 'mallory'")));
        assertThrows(StorageException.class, () -> database.inTransaction(connection ->
                connection.createStatement().executeUpdate("DELETE FROM audit_entry")));
        assertEquals(3, log.list(AuditFilter.everything(), 1, 10).total());
    }
}
