package org.gongshi.plugin;

import static java.util.Objects.requireNonNull;

import java.time.Instant;

/**
 * Something of a plugin's waiting for a reviewer, listed in the back office's one review queue ({@code /admin/review})
 * beside the cases, policies and bulletins sent for review, oldest first. {@code kind} names what it is (e.g. 问答),
 * {@code link} is the back-office page where it is reviewed, and only staff holding {@code permission} see it.
 * {@code submittedBy} is the staff account that sent it, or null when none did: never a member of the public's name.
 *
 * @since 0.1
 */
public record ReviewItem(String kind, String title, Instant submittedAt, String submittedBy, String link,
        String permission) {
    public ReviewItem {
        requireNonNull(kind, "kind");
        requireNonNull(title, "title");
        requireNonNull(submittedAt, "submittedAt");
        requireNonNull(permission, "permission");
        if (link == null || !link.startsWith("/admin/")) {
            throw new IllegalArgumentException("a review item links to a back-office page under /admin/, got " + link);
        }
    }
}
