package org.gongshi.content.audit;

import static java.util.Objects.requireNonNull;

import java.time.Instant;

/** One line of the audit log: an {@link AuditEvent} with the id and the time the log gave it. */
public record AuditEntry(long id, Instant occurredAt, AuditEvent event) {
    public AuditEntry {
        requireNonNull(occurredAt, "occurredAt");
        requireNonNull(event, "event");
    }
}
