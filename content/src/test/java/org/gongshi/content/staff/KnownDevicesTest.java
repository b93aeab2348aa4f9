package org.gongshi.content.staff;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.security.SecureRandom;
import java.time.Duration;
import java.time.Instant;
import java.util.Set;
import org.gongshi.content.store.Database;
import org.gongshi.content.testing.SettableClock;
import org.gongshi.content.testing.Storage;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class KnownDevicesTest {
    @TempDir
    Path directory;

    private final SettableClock clock = new SettableClock(Instant.parse("2026-12-01T01:00:00Z"));
    private Database database;
    private KnownDevices devices;

    @BeforeEach
    void open() {
        database = Storage.migrated(directory);
        AccountRepository accounts = new AccountRepository(database, clock);
        accounts.create("zhao", Set.of("editor"), "hash", false);
        accounts.create("qian", Set.of("editor"), "hash", false);
        devices = new KnownDevices(database, clock, new SecureRandom());
    }

    @Test
    void aDeviceIsKnownForItsAccountOnlyAndAcrossARestart() {
        String token = devices.remember("zhao");

        KnownDevices afterRestart = new KnownDevices(database, clock, new SecureRandom());
        String id = afterRestart.known(token, "zhao").orElseThrow();
        assertFalse(id.contains(token), "the id is not the secret");
        assertTrue(afterRestart.known(token, "qian").isEmpty(),
                "a browser known for one account is a stranger to another");
        assertTrue(afterRestart.known(token + "x", "zhao").isEmpty());
    }

    @Test
    void aDeviceIsForgottenAfterItsLifetime() {
        String token = devices.remember("zhao");

        clock.advance(KnownDevices.LIFETIME.plus(Duration.ofMinutes(1)));

        assertTrue(devices.known(token, "zhao").isEmpty());
        devices.remember("zhao");
        int kept = database.read(connection -> {
            try (var rows = connection.createStatement().executeQuery("SELECT COUNT(*) FROM staff_device")) {
                rows.next();
                return rows.getInt(1);
            }
        });
        assertEquals(1, kept, "the lapsed one was removed when the next was remembered");
    }
}
