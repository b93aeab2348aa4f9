package org.gongshi.content;

import java.util.List;

/** One page of a listing: {@code number} counts from 1. */
public record Page<T>(List<T> items, int number, int size, long total) {
    public Page {
        items = List.copyOf(items);
    }

    public int pageCount() {
        return (int) Math.max(1, (total + size - 1) / size);
    }
}
