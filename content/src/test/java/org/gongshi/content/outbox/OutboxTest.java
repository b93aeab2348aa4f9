package org.gongshi.content.outbox;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Path;
import java.util.List;
import org.gongshi.content.store.Database;
import org.gongshi.content.testing.Storage;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class OutboxTest {
    @TempDir
    Path directory;

    private Database database;
    private Outbox outbox;

    @BeforeEach
    void openDatabase() {
        database = Storage.migrated(directory);
        outbox = new Outbox(database);
    }

    @Test
    void anEmptyOutboxHasSequenceZeroAndNoEntries() {
        assertEquals(0, outbox.lastSequence());
        assertEquals(List.of(), outbox.after(0, 10));
    }

    @Test
    void changesReplayInTheOrderTheyWereRecorded() {
        record("case", "b-case");
        record("policy", "a-policy");
        record("case", "b-case");

        List<OutboxEntry> entries = outbox.after(0, 10);

        assertEquals(List.of("case:b-case", "policy:a-policy", "case:b-case"),
                entries.stream().map(entry -> entry.type() + ":" + entry.id()).toList());
        assertEquals(entries.get(2).sequence(), outbox.lastSequence());
    }

    @Test
    void afterSkipsWhatWasAppliedAndStopsAtTheLimit() {
        for (int item = 1; item <= 5; item++) {
            record("bulletin", "bulletin-" + item);
        }
        long second = outbox.after(0, 2).get(1).sequence();

        List<OutboxEntry> next = outbox.after(second, 2);

        assertEquals(List.of("bulletin-3", "bulletin-4"), next.stream().map(OutboxEntry::id).toList());
        assertEquals(List.of("bulletin-5"), outbox.after(next.get(1).sequence(), 2).stream()
                .map(OutboxEntry::id).toList());
        assertEquals(List.of(), outbox.after(outbox.lastSequence(), 2));
    }

    @Test
    void severalChangesInOneTransactionKeepTheirOrder() {
        database.inTransaction(transaction -> {
            outbox.record(transaction, "case", "first");
            outbox.record(transaction, "case", "second");
            return null;
        });

        assertEquals(List.of("first", "second"), outbox.after(0, 10).stream().map(OutboxEntry::id).toList());
    }

    private void record(String type, String id) {
        database.inTransaction(transaction -> {
            outbox.record(transaction, type, id);
            return null;
        });
    }
}
