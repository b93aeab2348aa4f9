package org.gongshi.site.plugins;

import java.util.List;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import org.gongshi.plugin.ScheduledJob;
import org.gongshi.plugin.SitePlugin;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** Runs the plugins' scheduled jobs on one background thread; a failing run is logged and the job runs again. */
final class PluginJobs implements AutoCloseable {
    private static final Logger LOG = LoggerFactory.getLogger(PluginJobs.class);

    private final ScheduledExecutorService executor = Executors.newSingleThreadScheduledExecutor(runnable -> {
        Thread thread = new Thread(runnable, "plugin-jobs");
        thread.setDaemon(true);
        return thread;
    });

    PluginJobs(List<SitePlugin> plugins) {
        for (SitePlugin plugin : plugins) {
            for (ScheduledJob job : plugin.scheduledJobs()) {
                long millis = job.interval().toMillis();
                executor.scheduleWithFixedDelay(() -> run(plugin.id(), job), millis, millis, TimeUnit.MILLISECONDS);
            }
        }
    }

    private static void run(String pluginId, ScheduledJob job) {
        try {
            job.task().run();
        } catch (RuntimeException e) {
            LOG.warn("job {}/{} failed: {}", pluginId, job.name(), e.toString());
        }
    }

    @Override
    public void close() {
        executor.shutdownNow();
    }
}
