package org.gongshi.content.staff;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.security.SecureRandom;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import java.util.Set;
import org.gongshi.content.store.Database;
import org.gongshi.content.testing.SettableClock;
import org.gongshi.content.testing.Storage;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class StaffSessionsTest {
    @TempDir
    Path directory;

    private final SettableClock clock = new SettableClock(Instant.parse("2026-11-22T01:00:00Z"));
    private AccountRepository accounts;
    private StaffSessions sessions;
    private Database database;

    @BeforeEach
    void open() {
        database = Storage.migrated(directory);
        accounts = new AccountRepository(database, clock);
        sessions = new StaffSessions(database, clock, new SecureRandom());
        accounts.create("Wang.Editor", Set.of("editor"), "hash", false);
    }

    @Test
    void namesAreStoredLowercaseAndNeverTwice() {
        assertTrue(accounts.find("wang.editor").isPresent());
        assertThrows(AccountExistsException.class, () -> accounts.create("wang.editor", Set.of("admin"), "h", false));
        assertThrows(IllegalArgumentException.class, () -> accounts.create("../etc", Set.of("admin"), "h", false));
    }

    @Test
    void theCookieTokenIsNotWhatTheDatabaseHolds() {
        NewSession session = start();
        String stored = database.read(connection -> {
            try (var query = connection.createStatement(); var rows = query.executeQuery(
                    "SELECT id_hash FROM staff_session")) {
                rows.next();
                return rows.getString(1);
            }
        });
        assertNotEquals(session.token(), stored);
        assertEquals(64, stored.length());
    }

    @Test
    void aSessionLapsesAfterThirtyIdleMinutes() {
        NewSession session = start();
        clock.advance(Duration.ofMinutes(29));
        assertTrue(sessions.find(session.token()).isPresent());
        clock.advance(Duration.ofMinutes(29));
        assertTrue(sessions.find(session.token()).isPresent(), "the look-up a minute ago kept it alive");
        clock.advance(Duration.ofMinutes(31));
        assertFalse(sessions.find(session.token()).isPresent());
    }

    @Test
    void aSessionEndsEightHoursAfterSignInHoweverBusy() {
        NewSession session = start();
        for (int step = 0; step < 16; step++) {
            clock.advance(Duration.ofMinutes(29));
            sessions.find(session.token());
        }
        assertTrue(sessions.find(session.token()).isPresent(), "7 h 44 min in");
        clock.advance(Duration.ofMinutes(20));
        assertFalse(sessions.find(session.token()).isPresent());
    }

    @Test
    void signingInAgainEndsTheSessionItReplaces() {
        NewSession first = start();
        NewSession second = sessions.start("wang.editor", true, "127.0.0.1", Optional.of(first.token()));
        assertFalse(sessions.find(first.token()).isPresent());
        assertTrue(sessions.find(second.token()).isPresent());
    }

    @Test
    void disablingAnAccountOrChangingItsPasswordEndsEverySessionAtOnce() {
        NewSession one = start();
        NewSession two = start();
        accounts.changePassword("wang.editor", "new hash");
        assertFalse(sessions.find(one.token()).isPresent());
        assertFalse(sessions.find(two.token()).isPresent());
        NewSession three = start();
        assertTrue(accounts.disable("wang.editor"));
        assertFalse(sessions.find(three.token()).isPresent());
        assertThrows(IllegalStateException.class, this::start);
    }

    private NewSession start() {
        return sessions.start("wang.editor", true, "127.0.0.1", Optional.empty());
    }
}
