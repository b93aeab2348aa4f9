package org.gongshi.site.health;

import static java.util.Objects.requireNonNull;

import io.javalin.http.Context;
import io.javalin.http.Handler;
import java.util.function.BooleanSupplier;

/** GET /healthz: 200 once the search index has caught up and can answer, 503 before, so load balancers wait. */
public final class HealthCheck implements Handler {
    private final BooleanSupplier ready;

    public HealthCheck(BooleanSupplier ready) {
        this.ready = requireNonNull(ready, "ready");
    }

    @Override
    public void handle(Context context) {
        boolean isReady = ready.getAsBoolean();
        context.header("Cache-Control", "no-store");
        context.status(isReady ? 200 : 503).json(new Status(isReady ? "ok" : "starting"));
    }

    record Status(String status) {}
}
