package org.gongshi.site.web.guard;

import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Challenges already redeemed, remembered until they expire so none is used twice. Bounded: when full of unexpired
 * entries it refuses to record more (a reader then gets a fresh challenge), rather than forget one that could be replayed.
 */
final class SpentChallenges {
    private final int capacity;
    /** Challenge → expiry in epoch seconds, in the order spent; lifetimes are equal, so the oldest expires first. */
    private final LinkedHashMap<String, Long> spent = new LinkedHashMap<>();

    SpentChallenges(int capacity) {
        this.capacity = capacity;
    }

    /** True when {@code challenge} was not spent before and now is. */
    synchronized boolean spend(String challenge, long expiresAt, long now) {
        Iterator<Map.Entry<String, Long>> oldestFirst = spent.entrySet().iterator();
        while (oldestFirst.hasNext() && oldestFirst.next().getValue() < now) {
            oldestFirst.remove();
        }
        if (spent.containsKey(challenge) || spent.size() >= capacity) {
            return false;
        }
        spent.put(challenge, expiresAt);
        return true;
    }

    synchronized int size() {
        return spent.size();
    }
}
