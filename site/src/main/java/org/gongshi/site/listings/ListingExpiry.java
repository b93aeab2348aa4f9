package org.gongshi.site.listings;

import static java.util.Objects.requireNonNull;

import java.time.Clock;
import java.time.LocalDate;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import org.gongshi.content.listings.ListingLifecycle;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Takes listings whose term has ended off the list: once at start-up, before the indexes catch up (so a listing that
 * ran out while the server was down is never on show once /healthz says ready), then daily on its own thread so no
 * request waits for it. A failed run is logged and the next one tries again.
 */
public final class ListingExpiry implements AutoCloseable {
    static final String ACTOR = "到期自动移除";
    private static final Logger LOG = LoggerFactory.getLogger(ListingExpiry.class);

    private final ListingLifecycle lifecycle;
    private final Clock clock;
    private final ScheduledExecutorService executor = Executors.newSingleThreadScheduledExecutor(runnable -> {
        Thread thread = new Thread(runnable, "listing-expiry");
        thread.setDaemon(true);
        return thread;
    });

    private ListingExpiry(ListingLifecycle lifecycle, Clock clock) {
        this.lifecycle = requireNonNull(lifecycle, "lifecycle");
        this.clock = requireNonNull(clock, "clock");
    }

    public static ListingExpiry start(ListingLifecycle lifecycle, Clock clock) {
        ListingExpiry expiry = new ListingExpiry(lifecycle, clock);
        expiry.run();
        expiry.executor.scheduleAtFixedRate(expiry::run, 1, 1, TimeUnit.DAYS);
        return expiry;
    }

    private void run() {
        try {
            LocalDate today = LocalDate.now(clock);
            LOG.info("listings expired on {}: {}", today, lifecycle.expireDue(today, ACTOR));
        } catch (RuntimeException e) {
            LOG.warn("expiring listings failed: {}", e.toString());
        }
    }

    @Override
    public void close() {
        executor.shutdownNow();
    }
}
