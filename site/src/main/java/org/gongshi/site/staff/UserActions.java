package org.gongshi.site.staff;

import static java.util.Objects.requireNonNull;

import io.javalin.http.Context;
import io.javalin.http.HttpStatus;
import org.gongshi.content.staff.Account;
import org.gongshi.plugin.StaffMember;
import org.gongshi.site.web.ForbiddenException;
import org.gongshi.site.web.InvalidRequestException;
import org.gongshi.site.web.PageNotFoundException;

/**
 * POST /admin/users/{name}/disable and /admin/users/{name}/second-factor/reset, which both end every session of the
 * account at once, in the same transaction, so a browser signed in as it is sent to the sign-in form on its next
 * request, on every node; and /admin/users/{name}/roles, which gives or takes one role (from the next request on).
 */
final class UserActions {
    private final StaffStore store;
    private final RoleCatalog roles;
    private final AuditTrail audit;

    UserActions(StaffStore store, RoleCatalog roles, AuditTrail audit) {
        this.store = requireNonNull(store, "store");
        this.roles = requireNonNull(roles, "roles");
        this.audit = requireNonNull(audit, "audit");
    }

    /** Gives ({@code change=grant}) or takes ({@code change=revoke}) a role; never one's own, never the last. */
    void changeRole(Context context) {
        Account account = account(context);
        if (account.name().equals(StaffMember.current(context).name())) {
            throw new ForbiddenException("admin.users.notYourself");
        }
        String role = context.formParam("role");
        String change = context.formParam("change");
        if (role == null || !roles.exists(role) || !("grant".equals(change) || "revoke".equals(change))) {
            throw new InvalidRequestException("admin.users.role.invalid");
        }
        boolean changed;
        try {
            changed = "grant".equals(change) ? store.accounts().grant(account.name(), role)
                    : store.accounts().revoke(account.name(), role);
        } catch (IllegalStateException lastRole) {
            throw new InvalidRequestException("admin.users.role.last");
        }
        if (changed) {
            audit.record(audit.event(context, "account.role." + change).on("account", account.name())
                    .saying("角色：" + role));
        }
        context.redirect("/admin/users", HttpStatus.SEE_OTHER);
    }

    void disable(Context context) {
        Account account = account(context);
        String actor = StaffMember.current(context).name();
        if (account.name().equals(actor)) {
            throw new ForbiddenException("admin.users.notYourself");
        }
        if (!account.disabled()) {
            store.accounts().disable(account.name());
            audit.record(audit.event(context, "account.disable").on("account", account.name()));
        }
        context.redirect("/admin/users", HttpStatus.SEE_OTHER);
    }

    void resetSecondFactor(Context context) {
        Account account = account(context);
        if (account.hasSecondFactor()) {
            store.secondFactors().reset(account.name());
            audit.record(audit.event(context, "account.secondFactor.reset").on("account", account.name()));
        }
        context.redirect("/admin/users", HttpStatus.SEE_OTHER);
    }

    private Account account(Context context) {
        return store.accounts().find(context.pathParam("name")).orElseThrow(() -> new PageNotFoundException("account"));
    }
}
