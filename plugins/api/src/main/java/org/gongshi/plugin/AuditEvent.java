package org.gongshi.plugin;

import static java.util.Objects.requireNonNull;

/**
 * An entry for the site's audit log: {@code actor} (a staff account, or a fixed label such as 申请人) did {@code action}
 * (a dotted name prefixed with the plugin's id, e.g. {@code objections.accept}) to an object. {@code detail} is a
 * short note for people and must never hold a member of the public's personal data. Build with {@link #of} and
 * {@code on}/{@code saying}; the parts not given are null.
 *
 * @since 0.1
 */
public record AuditEvent(String actor, String action, String objectType, String objectId, String detail) {
    public AuditEvent {
        requireNonNull(actor, "actor");
        requireNonNull(action, "action");
    }

    /** @since 0.1 */
    public static AuditEvent of(String actor, String action) {
        return new AuditEvent(actor, action, null, null, null);
    }

    /** @since 0.1 */
    public AuditEvent on(String type, String id) {
        return new AuditEvent(actor, action, requireNonNull(type, "type"), requireNonNull(id, "id"), detail);
    }

    /** @since 0.1 */
    public AuditEvent saying(String note) {
        return new AuditEvent(actor, action, objectType, objectId, note);
    }
}
