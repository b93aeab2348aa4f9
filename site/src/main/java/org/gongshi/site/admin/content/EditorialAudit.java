package org.gongshi.site.admin.content;

import static java.util.Objects.requireNonNull;

import io.javalin.http.Context;
import org.gongshi.site.staff.AuditTrail;

/** Writes each editorial change to the audit log: who, which action on which item, from where, and why. */
final class EditorialAudit {
    private final AuditTrail trail;

    EditorialAudit(AuditTrail trail) {
        this.trail = requireNonNull(trail, "trail");
    }

    /**
     * {@code action} without its prefix, e.g. {@code publish} for {@code content.publish}; {@code note} may be null.
     */
    void record(Context context, String action, ContentKind<?> kind, String slug, String note) {
        trail.record(trail.event(context, "content." + action).on(kind.type(), slug).saying(note));
    }
}
