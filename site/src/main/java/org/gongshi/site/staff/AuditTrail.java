package org.gongshi.site.staff;

import static java.util.Objects.requireNonNull;

import io.javalin.http.Context;
import org.gongshi.content.audit.AuditEvent;
import org.gongshi.content.audit.AuditLog;
import org.gongshi.plugin.StaffMember;
import org.gongshi.site.web.guard.ClientAddress;

/**
 * The audit log as staff write it: who is acting on this request and from which address. The entry's
 * object and detail say what was done, never a member of the public's personal data (a listing is named by its public
 * id, never by the debtor's name or number).
 */
public final class AuditTrail {
    private final AuditLog log;
    private final ClientAddress client;

    public AuditTrail(AuditLog log, ClientAddress client) {
        this.log = requireNonNull(log, "log");
        this.client = requireNonNull(client, "client");
    }

    /** An entry for {@code action} by the staff member this request acts for, from their address. */
    public AuditEvent event(Context context, String action) {
        return AuditEvent.of(StaffMember.current(context).name(), action).from(client.of(context).value());
    }

    /** Records {@code event} in a transaction of its own. */
    public void record(AuditEvent event) {
        log.record(event);
    }

    public AuditLog log() {
        return log;
    }
}
