package org.gongshi.bench;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/**
 * The built site jar, killed with SIGKILL in the middle of a burst of objections and restarted, again and again
 * ({@code -Dobjections.crash.cycles}, 5 in CI; the benchmark runs 50): no receipt lost or changed, no form stored
 * twice, the database intact. See {@link CrashCycles}.
 */
class ObjectionCrashIT {
    private static final int CLIENTS = 8;

    @Test
    @Timeout(value = 5, unit = TimeUnit.MINUTES)
    void everyReceiptSurvivesSigkillWithItsFieldsAndFilesAndNoFormIsStoredTwice(@TempDir Path directory)
            throws Exception {
        Path jar = Path.of(System.getProperty("gongshi.jar", "../site/target/gongshi.jar"));
        assertTrue(Files.isRegularFile(jar), "build the site jar first (mvn package): " + jar.toAbsolutePath());
        int cycles = Integer.getInteger("objections.crash.cycles", 5);
        long seed = Long.getLong("objections.crash.seed", System.nanoTime());

        CrashCycles.Outcome outcome = new CrashCycles(jar, directory.resolve("data"), cycles, CLIENTS,
                Duration.ofMillis(1500), seed).run();

        System.out.println("seed " + seed + ": " + outcome.summary());
        assertTrue(outcome.problems().isEmpty(), "seed " + seed + ": " + outcome.summary());
        assertEquals("ok", outcome.integrity());
        assertEquals(0, outcome.lost(), outcome.summary());
        assertEquals(0, outcome.duplicates(), outcome.summary());
        assertEquals(outcome.acknowledged(), outcome.rows(), "one objection per form sent: " + outcome.summary());
        assertTrue(outcome.acknowledged() >= cycles, "each cycle acknowledged at least one form: " + outcome.summary());
    }
}
