package org.gongshi.site.staff;

import static java.util.Objects.requireNonNull;

import io.javalin.http.Context;
import io.javalin.http.HttpStatus;
import java.time.Clock;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalLong;
import org.gongshi.content.audit.AuditEvent;
import org.gongshi.content.audit.AuditLog;
import org.gongshi.content.staff.Account;
import org.gongshi.content.staff.NewSession;
import org.gongshi.content.staff.SecondFactors;
import org.gongshi.plugin.StaffMember;
import org.gongshi.site.web.Messages;
import org.gongshi.site.web.guard.ClientAddress;
import org.gongshi.site.web.guard.ClientKey;

/**
 * GET and POST /admin/login/code: the second step of signing in, for a session whose password was right but which
 * still owes a code (registered for anyone; the session is checked here). A six-digit code from the authenticator,
 * each usable once, or one of the recovery codes; guesses are throttled like passwords. Success replaces the session
 * with a new, fully signed-in one.
 */
final class SecondFactorPage {
    private final Visits visits;
    private final FormTokens formTokens;
    private final SecondFactors secondFactors;
    private final SignInThrottle throttle;
    private final AuditLog audit;
    private final ClientAddress client;
    private final Clock clock;
    private final Messages messages;

    SecondFactorPage(Visits visits, FormTokens formTokens, SecondFactors secondFactors, SignInThrottle throttle,
            AuditLog audit, ClientAddress client, Clock clock, Messages messages) {
        this.visits = requireNonNull(visits, "visits");
        this.formTokens = requireNonNull(formTokens, "formTokens");
        this.secondFactors = requireNonNull(secondFactors, "secondFactors");
        this.throttle = requireNonNull(throttle, "throttle");
        this.audit = requireNonNull(audit, "audit");
        this.client = requireNonNull(client, "client");
        this.clock = requireNonNull(clock, "clock");
        this.messages = requireNonNull(messages, "messages");
    }

    void show(Context context) {
        if (owing(context).isPresent()) {
            render(context, Optional.empty());
        }
    }

    void submit(Context context) {
        Optional<Visit> owing = owing(context);
        if (owing.isEmpty()) {
            return;
        }
        Visit visit = owing.get();
        Account account = visit.account();
        ClientKey address = client.of(context);
        Optional<String> throttled = throttle.refusal(context, account.name(), address);
        if (throttled.isPresent()) {
            render(context, throttled);
            return;
        }
        String typed = Optional.ofNullable(context.formParam("code")).orElse("").replaceAll("\\s", "");
        Optional<String> accepted = accept(account, typed);
        if (accepted.isEmpty()) {
            throttle.failed(context, account.name(), address);
            audit.record(AuditEvent.of(account.name(), "login.secondFactor.failed").from(address.value()));
            context.status(HttpStatus.UNAUTHORIZED);
            render(context, Optional.of(messages.get("admin.code.wrong")));
            return;
        }
        throttle.succeeded(context, account.name(), address);
        NewSession session = visits.sessions().start(account.name(), true, address.value(), Optional.of(visit.token()));
        visits.cookie().set(context, session.token());
        audit.record(AuditEvent.of(account.name(), "login").from(address.value()).saying(accepted.get()));
        context.redirect(account.mustChangePassword() ? StaffGate.PASSWORD_PATH : next(context), HttpStatus.SEE_OTHER);
    }

    /** How the code was accepted (for the audit), or empty when it was not. */
    private Optional<String> accept(Account account, String typed) {
        if (typed.matches("[0-9]{" + Totp.DIGITS + "}")) {
            byte[] secret = Base32.decode(account.totpSecret().orElseThrow());
            OptionalLong step = Totp.matchingStep(secret, typed, clock.instant());
            return step.isPresent() && secondFactors.useStep(account.name(), step.getAsLong())
                    ? Optional.of("验证码") : Optional.empty();
        }
        if (RecoveryCodes.looksLikeOne(typed)
                && secondFactors.useRecoveryCode(account.name(), RecoveryCodes.hash(account.name(), typed))) {
            return Optional.of("恢复码，剩余 " + secondFactors.recoveryCodesLeft(account.name()) + " 个");
        }
        return Optional.empty();
    }

    /** The session still owing a code; anyone else is sent where they belong. */
    private Optional<Visit> owing(Context context) {
        Optional<Visit> visit = visits.of(context);
        if (visit.isEmpty() || !visit.get().account().hasSecondFactor()) {
            context.redirect("/admin/login", HttpStatus.SEE_OTHER);
            return Optional.empty();
        }
        if (visit.get().signedIn()) {
            context.redirect(next(context), HttpStatus.SEE_OTHER);
            return Optional.empty();
        }
        return visit;
    }

    private static String next(Context context) {
        String requested = context.queryParam("next") != null ? context.queryParam("next") : context.formParam("next");
        return AdminPaths.localOr(requested, "/admin");
    }

    private void render(Context context, Optional<String> error) {
        Map<String, Object> model = new HashMap<>();
        model.put("csrf", formTokens.issue(context));
        model.put("csrfField", StaffMember.CSRF_FIELD);
        model.put("next", next(context));
        error.ifPresent(message -> model.put("error", message));
        context.render("admin/login-code.peb", model);
    }
}
