package org.gongshi.site.web.guard;

import static java.util.Objects.requireNonNull;

import java.time.Clock;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * Counts requests per named bucket and client, in constant time and bounded memory. Entries are kept in least recently
 * used order: a few idle ones whose buckets are full again are dropped on every call, and at {@code maximumClients}
 * the least recently seen client is forgotten (its next request starts afresh). An attacker with more addresses than
 * that can only refresh the allowance of its own oldest addresses; the site's memory stays bounded (~200 bytes each).
 */
public final class RateLimiter {
    /** At ~200 bytes an entry, about 10 MB; far more distinct clients than the site sees in an hour. */
    public static final int DEFAULT_MAXIMUM_CLIENTS = 50_000;
    private static final int IDLE_EVICTIONS_PER_CALL = 2;

    private final Clock clock;
    private final int maximumClients;
    private final Map<String, BucketLimits> buckets;
    private final LinkedHashMap<Tracked, Allowance> allowances = new LinkedHashMap<>(16, 0.75f, true);

    public RateLimiter(Clock clock, int maximumClients, List<BucketLimits> buckets) {
        this.clock = requireNonNull(clock, "clock");
        if (maximumClients < 1) {
            throw new IllegalArgumentException("maximumClients must be positive");
        }
        this.maximumClients = maximumClients;
        this.buckets = requireNonNull(buckets, "buckets").stream()
                .collect(Collectors.toUnmodifiableMap(BucketLimits::name, Function.identity()));
    }

    /** Counts a request; {@code passed}: it carries a valid pass, so only the hard limit applies. */
    public Verdict take(String bucket, ClientKey client, boolean passed) {
        BucketLimits limits = limits(bucket);
        requireNonNull(client, "client");
        long now = clock.millis();
        synchronized (allowances) {
            evictIdle(now);
            Allowance allowance = allowances.get(new Tracked(bucket, client));
            if (allowance == null) {
                if (allowances.size() >= maximumClients) {
                    Iterator<Allowance> eldest = allowances.values().iterator();
                    eldest.next();
                    eldest.remove();
                }
                allowance = new Allowance(limits);
                allowances.put(new Tracked(bucket, client), allowance);
            }
            return allowance.take(now, passed);
        }
    }

    /** Fails at start-up, not on a request, when a route names a bucket nobody configured. */
    public BucketLimits limits(String bucket) {
        BucketLimits limits = buckets.get(requireNonNull(bucket, "bucket"));
        if (limits == null) {
            throw new IllegalArgumentException("no rate limits configured for bucket " + bucket + "; known: "
                    + buckets.keySet());
        }
        return limits;
    }

    int trackedClients() {
        synchronized (allowances) {
            return allowances.size();
        }
    }

    private void evictIdle(long now) {
        Iterator<Allowance> oldestFirst = allowances.values().iterator();
        for (int evicted = 0; evicted < IDLE_EVICTIONS_PER_CALL && oldestFirst.hasNext(); evicted++) {
            if (!oldestFirst.next().isFull(now)) {
                return;
            }
            oldestFirst.remove();
        }
    }

    private record Tracked(String bucket, ClientKey client) {}
}
