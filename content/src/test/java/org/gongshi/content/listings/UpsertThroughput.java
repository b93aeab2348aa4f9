package org.gongshi.content.listings;

import com.sun.management.OperatingSystemMXBean;
import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import org.gongshi.content.outbox.Outbox;
import org.gongshi.content.store.Database;
import org.gongshi.content.testing.Storage;

/**
 * A manual throughput check, not a test: imports ROWS synthetic listings in batches of BATCH into a fresh database
 * (synchronous=FULL as always) and prints rows per second for the first import and for a re-import.
 * Run: java -cp target/classes:target/test-classes:$(deps) org.gongshi.content.listings.UpsertThroughput 1000000
 */
final class UpsertThroughput {
    private static final int BATCH = 5_000;
    /** The machine may be shared, so CPU time is reported next to wall-clock time. */
    private static final OperatingSystemMXBean PROCESS =
            (OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean();

    public static void main(String[] arguments) throws Exception {
        int rows = arguments.length > 0 ? Integer.parseInt(arguments[0]) : 1_000_000;
        Path directory = Files.createTempDirectory("gongshi-throughput");
        Database database = Storage.migrated(directory);
        ListingRepository repository = new ListingRepository(database, new Outbox(database), Clock.systemUTC());
        for (String pass : List.of("first import", "re-import (unchanged)")) {
            long started = System.nanoTime();
            long cpuStarted = PROCESS.getProcessCpuTime();
            for (int start = 0; start < rows; start += BATCH) {
                List<Listing> batch = new ArrayList<>(BATCH);
                for (int number = start; number < Math.min(rows, start + BATCH); number++) {
                    batch.add(Listings.person(number, Long.toHexString(number * 2_654_435_761L)));
                }
                repository.upsertAll(batch);
            }
            double seconds = (System.nanoTime() - started) / 1e9;
            double cpuSeconds = (PROCESS.getProcessCpuTime() - cpuStarted) / 1e9;
            System.out.printf("%s: %,d rows in %.1f s = %,.0f rows/s; process CPU %.1f s = %,.0f rows per CPU-second%n",
                    pass, rows, seconds, rows / seconds, cpuSeconds, rows / cpuSeconds);
        }
        System.out.printf("database: %,d bytes in %s%n", Files.size(directory.resolve("gongshi.db")), directory);
    }
}
