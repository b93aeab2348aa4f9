package org.gongshi.content.editorial;

import static java.util.Objects.requireNonNull;

import java.time.Instant;
import org.gongshi.content.Status;

/**
 * An item as the back office sees it: the content with its status, {@code publishAt} (when a scheduled item goes
 * live, or when a published or archived one went live; null otherwise and for imported items), the last change,
 * and the number and author of its newest revision (0 and null for an item no one has saved since revisions began).
 */
public record EditorialItem<T>(
        T item,
        String slug,
        String title,
        Status status,
        Instant publishAt,
        Instant updatedAt,
        int revision,
        String revisedBy) {
    public EditorialItem {
        requireNonNull(item, "item");
        requireNonNull(slug, "slug");
        requireNonNull(status, "status");
    }

    /** Whether the item's status allows {@code action}: the workflow's own rule, for the buttons a screen offers. */
    public boolean allows(EditorialAction action) {
        return Transitions.allowed(requireNonNull(action, "action"), status);
    }
}
