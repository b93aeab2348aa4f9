package org.gongshi.site.editorial;

import static java.util.Objects.requireNonNull;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import org.gongshi.content.editorial.EditorialWorkflow;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Puts scheduled cases, policies and bulletins live: once when the server starts, so what fell due while it was down
 * goes live at once, and then every {@link #INTERVAL} on its own thread, so an item is live within a minute of its
 * time. A failed run is logged and the next one tries again.
 */
public final class ScheduledPublishing implements AutoCloseable {
    static final Duration INTERVAL = Duration.ofSeconds(30);
    private static final Logger LOG = LoggerFactory.getLogger(ScheduledPublishing.class);

    private final List<EditorialWorkflow<?>> workflows;
    private final Clock clock;
    private final ScheduledExecutorService executor = Executors.newSingleThreadScheduledExecutor(runnable -> {
        Thread thread = new Thread(runnable, "scheduled-publishing");
        thread.setDaemon(true);
        return thread;
    });

    private ScheduledPublishing(List<EditorialWorkflow<?>> workflows, Clock clock) {
        this.workflows = List.copyOf(requireNonNull(workflows, "workflows"));
        this.clock = requireNonNull(clock, "clock");
    }

    /** Publishes what is due now, on the calling thread, then every {@link #INTERVAL} in the background. */
    public static ScheduledPublishing start(List<EditorialWorkflow<?>> workflows, Clock clock) {
        ScheduledPublishing publishing = new ScheduledPublishing(workflows, clock);
        publishing.publishDue();
        long millis = INTERVAL.toMillis();
        publishing.executor.scheduleWithFixedDelay(publishing::publishDue, millis, millis, TimeUnit.MILLISECONDS);
        return publishing;
    }

    /** Publishes every scheduled item due by the clock's now; answers how many went live. */
    public int publishDue() {
        Instant now = clock.instant();
        int published = 0;
        for (EditorialWorkflow<?> workflow : workflows) {
            try {
                published += workflow.publishDue(now).size();
            } catch (RuntimeException e) {
                LOG.warn("publishing scheduled content failed: {}", e.toString());
            }
        }
        if (published > 0) {
            LOG.info("scheduled content published: {}", published);
        }
        return published;
    }

    @Override
    public void close() {
        executor.shutdownNow();
    }
}
