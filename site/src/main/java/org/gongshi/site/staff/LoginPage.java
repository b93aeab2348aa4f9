package org.gongshi.site.staff;

import static java.util.Objects.requireNonNull;

import io.javalin.http.Context;
import io.javalin.http.HttpStatus;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import org.gongshi.content.audit.AuditEvent;
import org.gongshi.content.audit.AuditLog;
import org.gongshi.content.staff.Account;
import org.gongshi.content.staff.AccountRepository;
import org.gongshi.content.staff.NewSession;
import org.gongshi.plugin.StaffMember;
import org.gongshi.site.web.Messages;
import org.gongshi.site.web.guard.ClientAddress;

/**
 * GET and POST /admin/login. A wrong name and a wrong password read the same and take the same time; success starts a
 * fresh session (the old id, if any, ends with it) and goes on to the second factor, a forced password change, or the
 * page the person first asked for.
 */
final class LoginPage {
    private final AccountRepository accounts;
    private final PasswordHasher hasher;
    private final Visits visits;
    private final FormTokens formTokens;
    private final AuditLog audit;
    private final ClientAddress client;
    private final Messages messages;

    LoginPage(AccountRepository accounts, PasswordHasher hasher, Visits visits, FormTokens formTokens, AuditLog audit,
            ClientAddress client, Messages messages) {
        this.accounts = requireNonNull(accounts, "accounts");
        this.hasher = requireNonNull(hasher, "hasher");
        this.visits = requireNonNull(visits, "visits");
        this.formTokens = requireNonNull(formTokens, "formTokens");
        this.audit = requireNonNull(audit, "audit");
        this.client = requireNonNull(client, "client");
        this.messages = requireNonNull(messages, "messages");
    }

    void show(Context context) {
        if (visits.of(context).filter(Visit::signedIn).isPresent()) {
            context.redirect(AdminPaths.localOr(context.queryParam("next"), "/admin"), HttpStatus.SEE_OTHER);
            return;
        }
        render(context, Optional.empty(), "");
    }

    void submit(Context context) {
        String name = Optional.ofNullable(context.formParam("name")).orElse("").strip();
        String password = Optional.ofNullable(context.formParam("password")).orElse("");
        String address = client.of(context).value();
        Optional<Account> account = accounts.find(name.toLowerCase(java.util.Locale.ROOT))
                .filter(found -> !found.disabled());
        boolean matches;
        try {
            matches = hasher.matches(password, account.map(Account::passwordHash).orElse(null));
        } catch (HasherBusyException busy) {
            context.status(HttpStatus.TOO_MANY_REQUESTS).header("Retry-After", "5");
            render(context, Optional.of("admin.login.busy"), name);
            return;
        }
        if (!matches) {
            // A name that is no account is not logged: people type passwords into the name field.
            account.ifPresent(found -> audit.record(AuditEvent.of(found.name(), "login.failed").from(address)));
            context.status(HttpStatus.UNAUTHORIZED);
            render(context, Optional.of("admin.login.wrong"), name);
            return;
        }
        Account signingIn = account.orElseThrow();
        if (hasher.outdated(signingIn.passwordHash())) {
            accounts.rehash(signingIn.name(), hasher.hash(password));
        }
        NewSession session = visits.sessions().start(signingIn.name(), !signingIn.hasSecondFactor(), address,
                visits.cookie().read(context));
        visits.cookie().set(context, session.token());
        audit.record(AuditEvent.of(signingIn.name(), "login").from(address));
        String next = AdminPaths.localOr(context.formParam("next"), "/admin");
        if (signingIn.hasSecondFactor()) {
            context.redirect(StaffGate.SECOND_FACTOR_PATH + "?next=" + AdminPaths.encode(next), HttpStatus.SEE_OTHER);
        } else {
            context.redirect(signingIn.mustChangePassword() ? StaffGate.PASSWORD_PATH : next, HttpStatus.SEE_OTHER);
        }
    }

    private void render(Context context, Optional<String> errorKey, String name) {
        Map<String, Object> model = new HashMap<>();
        model.put("csrf", formTokens.issue(context));
        model.put("csrfField", StaffMember.CSRF_FIELD);
        model.put("name", name);
        model.put("next", AdminPaths.localOr(context.queryParam("next") != null ? context.queryParam("next")
                : context.formParam("next"), "/admin"));
        errorKey.ifPresent(key -> model.put("error", messages.get(key)));
        context.render("admin/login.peb", model);
    }
}
