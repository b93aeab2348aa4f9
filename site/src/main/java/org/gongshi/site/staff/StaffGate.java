package org.gongshi.site.staff;

import static java.util.Objects.requireNonNull;

import io.javalin.http.Context;
import io.javalin.http.Handler;
import io.javalin.http.HandlerType;
import io.javalin.http.HttpStatus;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.Optional;
import java.util.function.Supplier;
import org.gongshi.content.audit.AuditEvent;
import org.gongshi.content.audit.AuditLog;
import org.gongshi.plugin.StaffMember;
import org.gongshi.site.web.CookieToken;
import org.gongshi.site.web.ForbiddenException;
import org.gongshi.site.web.Pages;
import org.gongshi.site.web.RequestOrigin;
import org.gongshi.site.web.guard.ClientAddress;

/**
 * Runs before every back-office handler: a form post must come from this site and carry the CSRF token; a route that
 * needs a signed-in staff member sends the signed-out to the sign-in form, one who still owes a second factor to it,
 * one who must change a one-time password to that form, and refuses (403, audited) a missing permission.
 */
final class StaffGate {
    static final String PASSWORD_PATH = "/admin/password";
    static final String SECOND_FACTOR_PATH = "/admin/login/code";
    static final String LOGOUT_PATH = "/admin/logout";

    private final Visits visits;
    private final FormTokens formTokens;
    private final RequestOrigin origin;
    private final RoleCatalog roles;
    private final AuditLog audit;
    private final ClientAddress client;
    private final Supplier<AdminMenu> menu;

    StaffGate(Visits visits, FormTokens formTokens, RequestOrigin origin, RoleCatalog roles, AuditLog audit,
            ClientAddress client, Supplier<AdminMenu> menu) {
        this.visits = requireNonNull(visits, "visits");
        this.formTokens = requireNonNull(formTokens, "formTokens");
        this.origin = requireNonNull(origin, "origin");
        this.roles = requireNonNull(roles, "roles");
        this.audit = requireNonNull(audit, "audit");
        this.client = requireNonNull(client, "client");
        this.menu = requireNonNull(menu, "menu");
    }

    Handler guard(Access access, Handler handler) {
        requireNonNull(access, "access");
        requireNonNull(handler, "handler");
        return context -> {
            Optional<Visit> visit = visits.of(context);
            if (context.method() == HandlerType.POST) {
                checkForm(context);
            }
            if (access.kind() != Access.Kind.ANYONE && !admitted(context, visit, access)) {
                return;
            }
            visit.filter(Visit::signedIn).ifPresent(signedIn -> actFor(context, signedIn));
            context.header("Cache-Control", "no-store");
            handler.handle(context);
        };
    }

    private boolean admitted(Context context, Optional<Visit> visit, Access access) {
        if (visit.isEmpty()) {
            if (context.method() == HandlerType.GET) {
                context.redirect("/admin/login?next=" + URLEncoder.encode(context.path(), StandardCharsets.UTF_8),
                        HttpStatus.SEE_OTHER);
                return false;
            }
            throw new ForbiddenException("admin.error.signedOut");
        }
        Visit signedIn = visit.get();
        if (!signedIn.signedIn()) {
            context.redirect(SECOND_FACTOR_PATH, HttpStatus.SEE_OTHER);
            return false;
        }
        if (signedIn.account().mustChangePassword() && !context.path().equals(PASSWORD_PATH)
                && !context.path().equals(LOGOUT_PATH)) {
            context.redirect(PASSWORD_PATH, HttpStatus.SEE_OTHER);
            return false;
        }
        if (!access.admits(roles.permissionsOf(signedIn.account().roles()))) {
            audit.record(AuditEvent.of(signedIn.account().name(), "access.denied")
                    .on("route", context.method() + " " + context.path())
                    .from(client.of(context).value()));
            throw new ForbiddenException("admin.error.permission");
        }
        return true;
    }

    private void checkForm(Context context) {
        if (!origin.sameSite(context)) {
            throw new ForbiddenException("admin.error.crossSite");
        }
        String expected = formTokens.expected(context);
        String sent = context.formParam(StaffMember.CSRF_FIELD);
        if (!CookieToken.matches(expected, sent)) {
            throw new ForbiddenException("admin.error.csrf");
        }
    }

    private void actFor(Context context, Visit visit) {
        StaffMember member = new StaffMember(visit.account().name(), visit.account().roles(),
                roles.permissionsOf(visit.account().roles()), visit.session().csrfToken());
        StaffMember.actFor(context, member);
        context.attribute(Pages.MODEL_ATTRIBUTE, Map.of("staff", member, "admin", menu.get().forMember(member,
                context.path())));
    }
}
