package org.gongshi.content.editorial;

import java.time.Instant;
import org.gongshi.content.Status;

/** Where a transition puts an item: its new status and publication time. */
record Placement(Status status, Instant publishAt) {
    /** The placement an action chooses, given the item as it stands and the time of the change. */
    @FunctionalInterface
    interface Rule<T> {
        Placement place(EditorialItem<T> current, Instant now);
    }
}
