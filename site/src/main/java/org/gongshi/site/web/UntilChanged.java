package org.gongshi.site.web;

import static java.util.Objects.requireNonNull;

import java.util.function.LongSupplier;
import java.util.function.Supplier;

/**
 * A value read from the database and kept until the database changes: {@code version} (the outbox's newest sequence,
 * one indexed read) moves with every write that any page could show, so the value is read again exactly when it
 * may differ. The version is taken before the value, so a value is never older than the version it is kept under.
 */
public final class UntilChanged<T> implements Supplier<T> {
    private record Known<T>(long version, T value) {}

    private final LongSupplier version;
    private final Supplier<T> source;
    private volatile Known<T> known;

    public UntilChanged(LongSupplier version, Supplier<T> source) {
        this.version = requireNonNull(version, "version");
        this.source = requireNonNull(source, "source");
    }

    @Override
    public T get() {
        long now = version.getAsLong();
        Known<T> current = known;
        if (current == null || current.version() != now) {
            current = new Known<>(now, source.get());
            known = current;
        }
        return current.value();
    }
}
