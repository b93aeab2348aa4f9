package org.gongshi.site.staff;

import static java.util.Objects.requireNonNull;

import io.javalin.http.Context;
import io.javalin.http.HttpStatus;
import java.net.URI;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.security.SecureRandom;
import java.time.Clock;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.function.Supplier;
import org.gongshi.content.staff.Account;
import org.gongshi.content.staff.AccountRepository;
import org.gongshi.content.staff.SecondFactors;
import org.gongshi.plugin.StaffMember;
import org.gongshi.site.web.Messages;

/**
 * GET and POST /admin/account/second-factor: the signed-in staff member sets up an authenticator app. The page shows
 * a secret (as text, otpauth URI and QR code) that stays the same across reloads until a code made from it is
 * confirmed; then the second factor is on and ten recovery codes are shown, this once.
 */
final class SecondFactorSetupPage {
    private static final int SECRET_BYTES = 20;

    private final AccountRepository accounts;
    private final SecondFactors secondFactors;
    private final AuditTrail audit;
    private final Clock clock;
    private final SecureRandom random;
    private final Supplier<URI> publicUrl;
    private final Messages messages;

    SecondFactorSetupPage(StaffStore store, AuditTrail audit, Clock clock, SecureRandom random,
            Supplier<URI> publicUrl, Messages messages) {
        this.accounts = store.accounts();
        this.secondFactors = store.secondFactors();
        this.audit = requireNonNull(audit, "audit");
        this.clock = requireNonNull(clock, "clock");
        this.random = requireNonNull(random, "random");
        this.publicUrl = requireNonNull(publicUrl, "publicUrl");
        this.messages = requireNonNull(messages, "messages");
    }

    void show(Context context) {
        Account account = account(context);
        if (account.hasSecondFactor()) {
            context.render("admin/second-factor.peb", Map.of("enabled", true,
                    "recoveryCodesLeft", secondFactors.recoveryCodesLeft(account.name())));
            return;
        }
        render(context, account, Optional.empty());
    }

    void submit(Context context) {
        Account account = account(context);
        if (account.hasSecondFactor()) {
            context.redirect(context.path(), HttpStatus.SEE_OTHER);
            return;
        }
        String secret = pendingSecret(account);
        String typed = Optional.ofNullable(context.formParam("code")).orElse("").replaceAll("\\s", "");
        OptionalLong step = typed.matches("[0-9]{" + Totp.DIGITS + "}")
                ? Totp.matchingStep(Base32.decode(secret), typed, clock.instant()) : OptionalLong.empty();
        if (step.isEmpty()) {
            context.status(HttpStatus.UNPROCESSABLE_CONTENT);
            render(context, account, Optional.of(messages.get("admin.secondFactor.wrong")));
            return;
        }
        List<String> codes = new RecoveryCodes(random).issue();
        List<String> hashes = codes.stream().map(code -> RecoveryCodes.hash(account.name(), code)).toList();
        if (!secondFactors.enable(account.name(), secret, step.getAsLong(), hashes)) {
            context.status(HttpStatus.CONFLICT);
            render(context, account, Optional.of(messages.get("admin.secondFactor.changed")));
            return;
        }
        audit.record(audit.event(context, "account.secondFactor.enable").on("account", account.name()));
        context.render("admin/second-factor-codes.peb", Map.of("codes", codes));
    }

    private Account account(Context context) {
        String name = StaffMember.current(context).name();
        return accounts.find(name).orElseThrow(() -> new IllegalStateException("signed in as missing " + name));
    }

    private String pendingSecret(Account account) {
        return secondFactors.pendingSecret(account.name(), () -> {
            byte[] secret = new byte[SECRET_BYTES];
            random.nextBytes(secret);
            return Base32.encode(secret);
        });
    }

    private void render(Context context, Account account, Optional<String> error) {
        String secret = pendingSecret(account);
        String issuer = messages.get("admin.secondFactor.issuer", publicUrl.get().getHost());
        String uri = "otpauth://totp/" + encode(issuer) + ":" + encode(account.name()) + "?secret=" + secret
                + "&issuer=" + encode(issuer) + "&algorithm=SHA1&digits=" + Totp.DIGITS + "&period="
                + Totp.STEP_SECONDS;
        Map<String, Object> model = new HashMap<>();
        model.put("enabled", false);
        model.put("secret", secret.replaceAll("(.{4})(?!$)", "$1 "));
        model.put("uri", uri);
        model.put("qr", QrCodeImage.dataUri(uri));
        error.ifPresent(message -> model.put("error", message));
        context.render("admin/second-factor.peb", model);
    }

    private static String encode(String text) {
        return URLEncoder.encode(text, StandardCharsets.UTF_8).replace("+", "%20");
    }
}
