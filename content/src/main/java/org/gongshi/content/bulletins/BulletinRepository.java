package org.gongshi.content.bulletins;

import java.time.Clock;
import java.util.Optional;
import java.util.function.Consumer;
import org.gongshi.content.Page;
import org.gongshi.content.PublishedContent;
import org.gongshi.content.SaveResult;
import org.gongshi.content.outbox.Outbox;
import org.gongshi.content.store.ContentStore;
import org.gongshi.content.store.Database;

/** Storage of {@link Bulletin}s, keyed by slug. Every change records an outbox row in the same transaction. */
public final class BulletinRepository implements PublishedContent<Bulletin> {
    private final ContentStore<Bulletin> store;

    public BulletinRepository(Database database, Outbox outbox) {
        this(database, outbox, Clock.systemUTC());
    }

    public BulletinRepository(Database database, Outbox outbox, Clock clock) {
        this.store = new ContentStore<>(database, outbox, clock, new BulletinTable());
    }

    /** Creates or updates by slug; timestamps in the argument are ignored and set by storage. */
    public SaveResult save(Bulletin item) {
        return store.save(item);
    }

    public Optional<Bulletin> find(String slug) {
        return store.find(slug);
    }

    /** The item if it is published; drafts are invisible to the public. */
    @Override
    public Optional<Bulletin> findPublished(String slug) {
        return store.findPublished(slug);
    }

    /** Published items, newest first; {@code page} counts from 1. */
    @Override
    public Page<Bulletin> listPublished(int page, int size) {
        return store.listPublished(page, size);
    }

    @Override
    public void forEachPublished(Consumer<Bulletin> sink) {
        store.forEachPublished(sink);
    }

    @Override
    public long countPublished() {
        return store.countPublished();
    }
}
