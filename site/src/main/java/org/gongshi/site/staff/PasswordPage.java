package org.gongshi.site.staff;

import static java.util.Objects.requireNonNull;

import io.javalin.http.Context;
import io.javalin.http.HttpStatus;
import java.util.HashMap;
import java.util.LinkedHashMap;
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
 * GET and POST /admin/password: the signed-in staff member changes their password (also the forced change after a
 * one-time password). The current password is checked, and its failures throttled, like a sign-in; the new one must
 * pass the {@link PasswordPolicy}. Success ends every session of the account, on every device, and starts a fresh
 * one for this browser.
 */
final class PasswordPage {
    private final AccountRepository accounts;
    private final PasswordHasher hasher;
    private final PasswordPolicy policy;
    private final Visits visits;
    private final SignInThrottle throttle;
    private final AuditLog audit;
    private final ClientAddress client;
    private final Messages messages;

    PasswordPage(StaffStore store, PasswordHasher hasher, PasswordPolicy policy, Visits visits,
            SignInThrottle throttle, ClientAddress client, Messages messages) {
        this.accounts = store.accounts();
        this.audit = store.audit();
        this.hasher = requireNonNull(hasher, "hasher");
        this.policy = requireNonNull(policy, "policy");
        this.visits = requireNonNull(visits, "visits");
        this.throttle = requireNonNull(throttle, "throttle");
        this.client = requireNonNull(client, "client");
        this.messages = requireNonNull(messages, "messages");
    }

    void show(Context context) {
        render(context, account(context), Map.of(), Optional.empty());
    }

    void submit(Context context) {
        Account account = account(context);
        ClientKey address = client.of(context);
        Optional<String> throttled = throttle.refusal(context, account.name(), address);
        if (throttled.isPresent()) {
            render(context, account, Map.of(), throttled);
            return;
        }
        String current = Optional.ofNullable(context.formParam("current")).orElse("");
        String fresh = Optional.ofNullable(context.formParam("password")).orElse("");
        String repeat = Optional.ofNullable(context.formParam("repeat")).orElse("");
        Map<String, String> errors = check(account, current, fresh, repeat);
        if (errors.isEmpty() && !hasher.matches(current, account.passwordHash())) {
            throttle.failed(context, account.name(), address);
            audit.record(AuditEvent.of(account.name(), "account.password.failed").on("account", account.name())
                    .from(address.value()));
            errors.put("current", messages.get("admin.password.currentWrong"));
        }
        if (!errors.isEmpty()) {
            context.status(HttpStatus.UNPROCESSABLE_CONTENT);
            render(context, account, errors, Optional.empty());
            return;
        }
        // Ends every session of the account, this one included; the browser that changed it gets a new one.
        accounts.changePassword(account.name(), hasher.hash(fresh));
        NewSession session = visits.sessions().start(account.name(), true, address.value(), Optional.empty());
        visits.cookie().set(context, session.token());
        audit.record(AuditEvent.of(account.name(), "account.password").on("account", account.name())
                .from(address.value()));
        context.redirect("/admin?password=changed", HttpStatus.SEE_OTHER);
    }

    private Map<String, String> check(Account account, String current, String fresh, String repeat) {
        Map<String, String> errors = new LinkedHashMap<>();
        if (current.isEmpty()) {
            errors.put("current", messages.get("admin.password.currentMissing"));
        }
        policy.refusal(fresh, account.name()).ifPresent(reason -> errors.put("password", reason));
        if (!errors.containsKey("password") && fresh.equals(current)) {
            errors.put("password", messages.get("admin.password.same"));
        }
        if (!errors.containsKey("password") && !fresh.equals(repeat)) {
            errors.put("repeat", messages.get("admin.password.repeatDiffers"));
        }
        return errors;
    }

    private Account account(Context context) {
        String name = StaffMember.current(context).name();
        return accounts.find(name).orElseThrow(() -> new IllegalStateException("signed in as missing " + name));
    }

    private void render(Context context, Account account, Map<String, String> errors, Optional<String> error) {
        Map<String, Object> model = new HashMap<>();
        model.put("forced", account.mustChangePassword());
        model.put("errors", errors);
        error.ifPresent(message -> model.put("error", message));
        context.render("admin/password.peb", model);
    }
}
