package org.gongshi.site.staff;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.Consumer;
import java.util.function.Function;
import java.util.function.Supplier;

/** A map of at most {@code maximum} entries that forgets the least recently used one; every call holds its lock. */
final class RecentEntries<T> {
    private final LinkedHashMap<String, T> entries;

    RecentEntries(int maximum) {
        this.entries = new LinkedHashMap<>(16, 0.75f, true) {
            @Override
            protected boolean removeEldestEntry(Map.Entry<String, T> eldest) {
                return size() > maximum;
            }
        };
    }

    synchronized <R> R with(String key, Function<T, R> reading) {
        return reading.apply(entries.get(key));
    }

    synchronized void update(String key, Supplier<T> fresh, Consumer<T> change) {
        change.accept(entries.computeIfAbsent(key, ignored -> fresh.get()));
    }

    synchronized void remove(String key) {
        entries.remove(key);
    }

    synchronized int size() {
        return entries.size();
    }
}
