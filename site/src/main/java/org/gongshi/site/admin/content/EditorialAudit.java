package org.gongshi.site.admin.content;

import static java.util.Objects.requireNonNull;

import io.javalin.http.Context;
import org.gongshi.content.audit.AuditEvent;
import org.gongshi.content.audit.AuditLog;
import org.gongshi.plugin.StaffMember;
import org.gongshi.site.web.guard.ClientAddress;

/** Writes each editorial change to the audit log: who, which action on which item, from where, and why. */
final class EditorialAudit {
    private final AuditLog log;
    private final ClientAddress client;

    EditorialAudit(AuditLog log, ClientAddress client) {
        this.log = requireNonNull(log, "log");
        this.client = requireNonNull(client, "client");
    }

    /** {@code action} without its prefix, e.g. {@code publish} for {@code content.publish}; {@code note} may be null. */
    void record(Context context, String action, ContentKind<?> kind, String slug, String note) {
        log.record(AuditEvent.of(StaffMember.current(context).name(), "content." + action)
                .on(kind.type(), slug)
                .from(client.of(context).value())
                .saying(note));
    }
}
