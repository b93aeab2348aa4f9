package org.gongshi.content.outbox;

/**
 * One change to index: the document of {@code type} with {@code id} was written (or removed) at {@code sequence}; or,
 * when {@code lastId} is not null, every document of that type whose id sorts from {@code id} to {@code lastId} may
 * have been (see {@link Outbox#recordRange}).
 */
public record OutboxEntry(long sequence, String type, String id, String lastId) {
    /** A change to the one document {@code id}. */
    public OutboxEntry(long sequence, String type, String id) {
        this(sequence, type, id, null);
    }

    public boolean isRange() {
        return lastId != null;
    }
}
