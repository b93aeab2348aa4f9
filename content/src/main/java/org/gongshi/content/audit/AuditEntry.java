package org.gongshi.content.audit;

import static java.util.Objects.requireNonNull;

import java.time.Instant;
import java.util.Optional;

/**
 * One line of the audit log: {@code actor} (a staff account, or a fixed label such as 命令行 or 公众) did
 * {@code action} (a dotted name, e.g. {@code content.publish}) to an object, from {@code client}. {@code detail} is a
 * short note for people; it must never hold a member of the public's personal data.
 */
public record AuditEntry(
        long id,
        Instant occurredAt,
        String actor,
        String action,
        Optional<String> objectType,
        Optional<String> objectId,
        Optional<String> client,
        Optional<String> detail) {
    public AuditEntry {
        requireNonNull(occurredAt, "occurredAt");
        requireNonNull(actor, "actor");
        requireNonNull(action, "action");
        requireNonNull(objectType, "objectType");
        requireNonNull(objectId, "objectId");
        requireNonNull(client, "client");
        requireNonNull(detail, "detail");
    }
}
