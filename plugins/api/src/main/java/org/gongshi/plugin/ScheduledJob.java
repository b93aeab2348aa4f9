package org.gongshi.plugin;

import java.time.Duration;

/**
 * Work the host runs every {@code interval} on a background thread; a failure is logged and the job runs again.
 *
 * @since 0.1
 */
public record ScheduledJob(String name, Duration interval, Runnable task) {}
