package org.gongshi.content.audit;

import static java.util.Objects.requireNonNull;

import java.util.Optional;

/**
 * What happened: {@code actor} (a staff account, or a fixed label such as 命令行) did {@code action} (a dotted name,
 * e.g. {@code content.publish}) to an object, from {@code client}. {@code detail} is a short note for people; it must
 * never hold a member of the public's personal data. Build with {@link #of} and {@code on/from/saying}.
 */
public record AuditEvent(
        String actor, String action, Optional<String> objectType, Optional<String> objectId,
        Optional<String> client, Optional<String> detail) {
    public AuditEvent {
        requireNonNull(actor, "actor");
        requireNonNull(action, "action");
        requireNonNull(objectType, "objectType");
        requireNonNull(objectId, "objectId");
        requireNonNull(client, "client");
        requireNonNull(detail, "detail");
    }

    public static AuditEvent of(String actor, String action) {
        return new AuditEvent(actor, action, Optional.empty(), Optional.empty(), Optional.empty(), Optional.empty());
    }

    public AuditEvent on(String type, String id) {
        return new AuditEvent(actor, action, Optional.of(type), Optional.of(id), client, detail);
    }

    public AuditEvent from(String address) {
        return new AuditEvent(actor, action, objectType, objectId, Optional.ofNullable(address), detail);
    }

    public AuditEvent saying(String note) {
        return new AuditEvent(actor, action, objectType, objectId, client, Optional.ofNullable(note));
    }
}
