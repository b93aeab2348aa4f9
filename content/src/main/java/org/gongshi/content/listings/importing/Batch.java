package org.gongshi.content.listings.importing;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.gongshi.content.listings.Listing;

/** Listings waiting to be saved together, with the file line each came from. */
final class Batch {
    private final List<Listing> listings;
    private long[] lines;

    Batch(int capacity) {
        this.listings = new ArrayList<>(capacity);
        this.lines = new long[capacity];
    }

    void add(long line, Listing listing) {
        if (listings.size() == lines.length) {
            lines = Arrays.copyOf(lines, lines.length * 2 + 1);
        }
        lines[listings.size()] = line;
        listings.add(listing);
    }

    int size() {
        return listings.size();
    }

    List<Listing> listings() {
        return listings;
    }

    long[] lines() {
        return Arrays.copyOf(lines, listings.size());
    }

    long line(int index) {
        return lines[index];
    }
}
