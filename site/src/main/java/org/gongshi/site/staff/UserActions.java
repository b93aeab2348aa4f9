package org.gongshi.site.staff;

import static java.util.Objects.requireNonNull;

import io.javalin.http.Context;
import io.javalin.http.HttpStatus;
import org.gongshi.content.staff.Account;
import org.gongshi.plugin.StaffMember;
import org.gongshi.site.web.ForbiddenException;
import org.gongshi.site.web.PageNotFoundException;

/**
 * POST /admin/users/{name}/disable and /admin/users/{name}/second-factor/reset. Both end every session of the
 * account at once, in the same transaction, so a browser signed in as it is sent to the sign-in form on its next
 * request, on every node.
 */
final class UserActions {
    private final StaffStore store;
    private final AuditTrail audit;

    UserActions(StaffStore store, AuditTrail audit) {
        this.store = requireNonNull(store, "store");
        this.audit = requireNonNull(audit, "audit");
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
