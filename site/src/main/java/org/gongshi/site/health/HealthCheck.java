package org.gongshi.site.health;

import static java.util.Objects.requireNonNull;

import io.javalin.http.Context;
import io.javalin.http.Handler;
import java.util.function.BooleanSupplier;

/**
 * GET /healthz: 200 once the search indexes have caught up and the database can be written, 503 otherwise, so load
 * balancers wait for a starting node and leave one whose writer is stuck. The write probe runs at most once a second,
 * so a flood of health checks never queues behind the writes it tests.
 */
public final class HealthCheck implements Handler {
    private static final long PROBE_INTERVAL_NANOS = 1_000_000_000L;

    private final BooleanSupplier ready;
    private final BooleanSupplier writable;
    private volatile long probedAt = System.nanoTime() - PROBE_INTERVAL_NANOS;
    private volatile boolean lastProbe;

    public HealthCheck(BooleanSupplier ready, BooleanSupplier writable) {
        this.ready = requireNonNull(ready, "ready");
        this.writable = requireNonNull(writable, "writable");
    }

    @Override
    public void handle(Context context) {
        context.header("Cache-Control", "no-store");
        if (!ready.getAsBoolean()) {
            context.status(503).json(new Status("starting"));
        } else if (!writable()) {
            context.status(503).json(new Status("cannot-write"));
        } else {
            context.json(new Status("ok"));
        }
    }

    private boolean writable() {
        if (System.nanoTime() - probedAt >= PROBE_INTERVAL_NANOS) {
            lastProbe = writable.getAsBoolean();
            probedAt = System.nanoTime();
        }
        return lastProbe;
    }

    record Status(String status) {}
}
