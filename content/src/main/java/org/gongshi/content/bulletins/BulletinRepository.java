package org.gongshi.content.bulletins;

import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;
import org.gongshi.content.Page;
import org.gongshi.content.SaveResult;
import org.gongshi.content.outbox.Outbox;
import org.gongshi.content.store.Database;

/** Storage of {@link Bulletin}s, keyed by slug. Every change records an outbox row in the same transaction. */
public final class BulletinRepository {
    public BulletinRepository(Database database, Outbox outbox) {
        throw new UnsupportedOperationException("contract only: implemented by the content-store work");
    }

    /** Creates or updates by slug; timestamps in the argument are ignored and set by storage. */
    public SaveResult save(Bulletin item) {
        throw new UnsupportedOperationException();
    }

    public Optional<Bulletin> find(String slug) {
        throw new UnsupportedOperationException();
    }

    /** The item if it is published; drafts are invisible to the public. */
    public Optional<Bulletin> findPublished(String slug) {
        throw new UnsupportedOperationException();
    }

    /** Published items, newest first; {@code page} counts from 1. */
    public Page<Bulletin> listPublished(int page, int size) {
        throw new UnsupportedOperationException();
    }

    public void forEachPublished(Consumer<Bulletin> sink) {
        throw new UnsupportedOperationException();
    }

    public long countPublished() {
        throw new UnsupportedOperationException();
    }
}
