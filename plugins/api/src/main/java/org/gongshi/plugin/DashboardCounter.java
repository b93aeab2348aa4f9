package org.gongshi.plugin;

import static java.util.Objects.requireNonNull;

import java.util.function.LongSupplier;

/**
 * A number on the back-office dashboard, e.g. 待受理异议 12, linking to where the work is; shown only to staff holding
 * {@code permission}. {@code count} is called on each dashboard view, so keep it one indexed query.
 *
 * @since 0.1
 */
public record DashboardCounter(String label, String link, String permission, LongSupplier count) {
    public DashboardCounter {
        requireNonNull(label, "label");
        requireNonNull(link, "link");
        requireNonNull(permission, "permission");
        requireNonNull(count, "count");
    }
}
