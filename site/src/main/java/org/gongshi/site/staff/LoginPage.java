package org.gongshi.site.staff;

import static java.util.Objects.requireNonNull;

import io.javalin.http.Context;
import io.javalin.http.HttpStatus;
import java.util.HashMap;
import java.util.Locale;
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
import org.gongshi.site.web.guard.ClientKey;

/**
 * GET and POST /admin/login. A wrong name and a wrong password read the same and take the same time; a throttled
 * attempt is refused before any hash; success starts a fresh session (the old id, if any, ends with it) and goes on to
 * the second factor, a forced password change, or the page the person first asked for.
 */
final class LoginPage {
    private final AccountRepository accounts;
    private final PasswordHasher hasher;
    private final Visits visits;
    private final FormTokens formTokens;
    private final AuditLog audit;
    private final ClientAddress client;
    private final SignInThrottle throttle;
    private final Messages messages;

    LoginPage(AccountRepository accounts, PasswordHasher hasher, Visits visits, FormTokens formTokens, AuditLog audit,
            ClientAddress client, SignInThrottle throttle, Messages messages) {
        this.accounts = requireNonNull(accounts, "accounts");
        this.hasher = requireNonNull(hasher, "hasher");
        this.visits = requireNonNull(visits, "visits");
        this.formTokens = requireNonNull(formTokens, "formTokens");
        this.audit = requireNonNull(audit, "audit");
        this.client = requireNonNull(client, "client");
        this.throttle = requireNonNull(throttle, "throttle");
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
        ClientKey address = client.of(context);
        Optional<String> throttled = throttle.refusal(context, name, address);
        if (throttled.isPresent()) {
            render(context, throttled, name);
            return;
        }
        Optional<Account> account = accounts.find(name.toLowerCase(Locale.ROOT)).filter(found -> !found.disabled());
        boolean matches;
        try {
            matches = hasher.matches(password, account.map(Account::passwordHash).orElse(null));
        } catch (HasherBusyException busy) {
            context.status(HttpStatus.TOO_MANY_REQUESTS).header("Retry-After", "5");
            render(context, Optional.of(messages.get("admin.login.busy")), name);
            return;
        }
        if (!matches) {
            throttle.failed(context, name, address);
            // A name that is no account is not logged: people type passwords into the name field.
            account.ifPresent(found -> audit.record(AuditEvent.of(found.name(), "login.failed").from(address.value())));
            context.status(HttpStatus.UNAUTHORIZED);
            render(context, Optional.of(messages.get("admin.login.wrong")), name);
            return;
        }
        signIn(context, account.orElseThrow(), password, address);
    }

    private void signIn(Context context, Account signingIn, String password, ClientKey address) {
        if (hasher.outdated(signingIn.passwordHash())) {
            accounts.rehash(signingIn.name(), hasher.hash(password));
        }
        boolean complete = !signingIn.hasSecondFactor();
        NewSession session = visits.sessions().start(signingIn.name(), complete, address.value(),
                visits.cookie().read(context));
        visits.cookie().set(context, session.token());
        String next = AdminPaths.localOr(context.formParam("next"), "/admin");
        if (!complete) {
            // The account's failures are forgiven only once the code is right too, or the password alone would buy
            // a fresh round of code guesses.
            audit.record(AuditEvent.of(signingIn.name(), "login.password").from(address.value()));
            context.redirect(StaffGate.SECOND_FACTOR_PATH + "?next=" + AdminPaths.encode(next), HttpStatus.SEE_OTHER);
            return;
        }
        throttle.succeeded(context, signingIn.name(), address);
        audit.record(AuditEvent.of(signingIn.name(), "login").from(address.value()));
        context.redirect(signingIn.mustChangePassword() ? StaffGate.PASSWORD_PATH : next, HttpStatus.SEE_OTHER);
    }

    private void render(Context context, Optional<String> error, String name) {
        Map<String, Object> model = new HashMap<>();
        model.put("csrf", formTokens.issue(context));
        model.put("csrfField", StaffMember.CSRF_FIELD);
        model.put("name", name);
        model.put("next", AdminPaths.localOr(context.queryParam("next") != null ? context.queryParam("next")
                : context.formParam("next"), "/admin"));
        error.ifPresent(message -> model.put("error", message));
        context.render("admin/login.peb", model);
    }
}
