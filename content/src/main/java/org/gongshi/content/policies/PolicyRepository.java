package org.gongshi.content.policies;

import java.time.Clock;
import java.util.Optional;
import java.util.function.Consumer;
import org.gongshi.content.Page;
import org.gongshi.content.PublishedContent;
import org.gongshi.content.SaveResult;
import org.gongshi.content.outbox.Outbox;
import org.gongshi.content.store.ContentStore;
import org.gongshi.content.store.Database;

/** Storage of {@link PolicyText}s, keyed by slug. Every change records an outbox row in the same transaction. */
public final class PolicyRepository implements PublishedContent<PolicyText> {
    private final ContentStore<PolicyText> store;

    public PolicyRepository(Database database, Outbox outbox) {
        this(database, outbox, Clock.systemUTC());
    }

    public PolicyRepository(Database database, Outbox outbox, Clock clock) {
        this.store = new ContentStore<>(database, outbox, clock, new PolicyTable());
    }

    /** Creates or updates by slug; timestamps in the argument are ignored and set by storage. */
    public SaveResult save(PolicyText item) {
        return store.save(item);
    }

    public Optional<PolicyText> find(String slug) {
        return store.find(slug);
    }

    /** The item if it is published; drafts are invisible to the public. */
    @Override
    public Optional<PolicyText> findPublished(String slug) {
        return store.findPublished(slug);
    }

    /** Published items, newest first; {@code page} counts from 1. */
    @Override
    public Page<PolicyText> listPublished(int page, int size) {
        return store.listPublished(page, size);
    }

    @Override
    public void forEachPublished(Consumer<PolicyText> sink) {
        store.forEachPublished(sink);
    }

    @Override
    public long countPublished() {
        return store.countPublished();
    }
}
