package org.gongshi.content.cases;

import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;
import org.gongshi.content.Page;
import org.gongshi.content.SaveResult;
import org.gongshi.content.outbox.Outbox;
import org.gongshi.content.store.Database;

/** Storage of {@link TypicalCase}s, keyed by slug. Every change records an outbox row in the same transaction. */
public final class CaseRepository {
    public CaseRepository(Database database, Outbox outbox) {
        throw new UnsupportedOperationException("contract only: implemented by the content-store work");
    }

    /** Creates or updates by slug; timestamps in the argument are ignored and set by storage. */
    public SaveResult save(TypicalCase item) {
        throw new UnsupportedOperationException();
    }

    public Optional<TypicalCase> find(String slug) {
        throw new UnsupportedOperationException();
    }

    /** The item if it is published; drafts are invisible to the public. */
    public Optional<TypicalCase> findPublished(String slug) {
        throw new UnsupportedOperationException();
    }

    /** Published items, newest first; {@code page} counts from 1. */
    public Page<TypicalCase> listPublished(int page, int size) {
        throw new UnsupportedOperationException();
    }

    public void forEachPublished(Consumer<TypicalCase> sink) {
        throw new UnsupportedOperationException();
    }

    public long countPublished() {
        throw new UnsupportedOperationException();
    }
}
