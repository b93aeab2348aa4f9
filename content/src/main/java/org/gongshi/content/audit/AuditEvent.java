package org.gongshi.content.audit;

import static java.util.Objects.requireNonNull;

import java.util.Optional;

/** What happened, before the log gives it an id and a time. Build with {@link #of} and the {@code on/from/saying}. */
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
