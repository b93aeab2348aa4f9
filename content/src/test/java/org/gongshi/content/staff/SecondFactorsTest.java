package org.gongshi.content.staff;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.security.SecureRandom;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.gongshi.content.store.Database;
import org.gongshi.content.testing.SettableClock;
import org.gongshi.content.testing.Storage;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SecondFactorsTest {
    @TempDir
    Path directory;

    private final SettableClock clock = new SettableClock(Instant.parse("2026-11-22T01:00:00Z"));
    private AccountRepository accounts;
    private SecondFactors secondFactors;
    private StaffSessions sessions;

    @BeforeEach
    void open() {
        Database database = Storage.migrated(directory);
        accounts = new AccountRepository(database, clock);
        secondFactors = new SecondFactors(database, clock);
        sessions = new StaffSessions(database, clock, new SecureRandom());
        accounts.create("li.reviewer", Set.of("reviewer"), "hash", false);
    }

    @Test
    void thePendingSecretStaysTheSameUntilConfirmed() {
        assertEquals("FIRST", secondFactors.pendingSecret("li.reviewer", () -> "FIRST"));
        assertEquals("FIRST", secondFactors.pendingSecret("li.reviewer", () -> "SECOND"), "a reload shows the same");
        assertFalse(accounts.find("li.reviewer").orElseThrow().hasSecondFactor());
        assertFalse(secondFactors.enable("li.reviewer", "SECOND", 100, List.of("h1")), "not the pending secret");

        assertTrue(secondFactors.enable("li.reviewer", "FIRST", 100, List.of("h1", "h2")));

        assertEquals(Optional.of("FIRST"), accounts.find("li.reviewer").orElseThrow().totpSecret());
        assertEquals("NEXT", secondFactors.pendingSecret("li.reviewer", () -> "NEXT"), "the pending one was used up");
        assertEquals(2, secondFactors.recoveryCodesLeft("li.reviewer"));
    }

    @Test
    void aStepIsAcceptedOnceAndNeverOneOlderThanTheLast() {
        secondFactors.pendingSecret("li.reviewer", () -> "SECRET");
        secondFactors.enable("li.reviewer", "SECRET", 100, List.of());
        assertFalse(secondFactors.useStep("li.reviewer", 100), "the step confirmed at set-up is spent");
        assertTrue(secondFactors.useStep("li.reviewer", 101));
        assertFalse(secondFactors.useStep("li.reviewer", 101), "a replay");
        assertFalse(secondFactors.useStep("li.reviewer", 100), "an older code");
    }

    @Test
    void aRecoveryCodeIsSpentOnce() {
        secondFactors.pendingSecret("li.reviewer", () -> "SECRET");
        secondFactors.enable("li.reviewer", "SECRET", 1, List.of("h1", "h2"));
        assertTrue(secondFactors.useRecoveryCode("li.reviewer", "h1"));
        assertFalse(secondFactors.useRecoveryCode("li.reviewer", "h1"));
        assertFalse(secondFactors.useRecoveryCode("li.reviewer", "unknown"));
        assertEquals(1, secondFactors.recoveryCodesLeft("li.reviewer"));
    }

    @Test
    void aResetRemovesEverythingAndEndsTheSessions() {
        secondFactors.pendingSecret("li.reviewer", () -> "SECRET");
        secondFactors.enable("li.reviewer", "SECRET", 1, List.of("h1"));
        NewSession session = sessions.start("li.reviewer", true, "127.0.0.1", Optional.empty());

        assertTrue(secondFactors.reset("li.reviewer"));

        assertFalse(accounts.find("li.reviewer").orElseThrow().hasSecondFactor());
        assertEquals(0, secondFactors.recoveryCodesLeft("li.reviewer"));
        assertFalse(secondFactors.useStep("li.reviewer", 5), "no second factor, no step to use");
        assertTrue(sessions.find(session.token()).isEmpty());
        assertFalse(secondFactors.reset("nobody"));
    }
}
