package org.gongshi.site.staff;

import static java.util.Objects.requireNonNull;

import io.javalin.http.Context;
import io.javalin.http.HttpStatus;
import org.gongshi.content.audit.AuditEvent;
import org.gongshi.content.audit.AuditLog;
import org.gongshi.plugin.StaffMember;
import org.gongshi.site.web.guard.ClientAddress;

/** POST /admin/logout: the session ends in the database at once, so the cookie opens nothing, on any node. */
final class LogoutAction {
    private final Visits visits;
    private final AuditLog audit;
    private final ClientAddress client;

    LogoutAction(Visits visits, AuditLog audit, ClientAddress client) {
        this.visits = requireNonNull(visits, "visits");
        this.audit = requireNonNull(audit, "audit");
        this.client = requireNonNull(client, "client");
    }

    void submit(Context context) {
        visits.of(context).ifPresent(visit -> visits.sessions().end(visit.token()));
        visits.cookie().clear(context);
        audit.record(AuditEvent.of(StaffMember.current(context).name(), "logout").from(client.of(context).value()));
        context.redirect("/admin/login", HttpStatus.SEE_OTHER);
    }
}
