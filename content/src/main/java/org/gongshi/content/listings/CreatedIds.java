package org.gongshi.content.listings;

import java.util.ArrayList;
import java.util.List;

/**
 * The ids one import batch created, as outbox entries. Ids made by {@link PublicIds} in one transaction sort together,
 * so one range entry from the smallest to the largest stands for all of them; a range may also take in a listing made
 * in the same millisecond by another batch, which the index merely reads again. Ids a row brought are recorded one by
 * one, since they may sort anywhere.
 */
final class CreatedIds {
    private final List<String> given = new ArrayList<>();
    private String first;
    private String last;

    void add(String id, boolean generated) {
        if (!generated) {
            given.add(id);
        } else if (first == null) {
            first = id;
            last = id;
        } else if (id.compareTo(first) < 0) {
            first = id;
        } else if (id.compareTo(last) > 0) {
            last = id;
        }
    }

    void record(ListingWriter writer) {
        if (first != null && first.equals(last)) {
            writer.changed(first);
        } else if (first != null) {
            writer.changedRange(first, last);
        }
        given.forEach(writer::changed);
    }
}
