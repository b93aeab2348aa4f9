package org.gongshi.site.staff;

import static java.util.Objects.requireNonNull;

import io.javalin.http.Context;
import io.javalin.http.HttpStatus;

/** POST /admin/logout: the session ends in the database at once, so the cookie opens nothing, on any node. */
final class LogoutAction {
    private final Visits visits;
    private final AuditTrail audit;

    LogoutAction(Visits visits, AuditTrail audit) {
        this.visits = requireNonNull(visits, "visits");
        this.audit = requireNonNull(audit, "audit");
    }

    void submit(Context context) {
        visits.of(context).ifPresent(visit -> visits.sessions().end(visit.token()));
        visits.cookie().clear(context);
        audit.record(audit.event(context, "logout"));
        context.redirect("/admin/login", HttpStatus.SEE_OTHER);
    }
}
