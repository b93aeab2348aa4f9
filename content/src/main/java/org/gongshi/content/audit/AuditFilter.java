package org.gongshi.content.audit;

import static java.util.Objects.requireNonNull;

import java.util.Optional;

/** Which entries an administrator wants to see; empty parts match everything. */
public record AuditFilter(Optional<String> actor, Optional<String> action, Optional<String> objectType,
        Optional<String> objectId) {
    public AuditFilter {
        requireNonNull(actor, "actor");
        requireNonNull(action, "action");
        requireNonNull(objectType, "objectType");
        requireNonNull(objectId, "objectId");
    }

    public static AuditFilter everything() {
        return new AuditFilter(Optional.empty(), Optional.empty(), Optional.empty(), Optional.empty());
    }
}
