package org.gongshi.site.staff;

import static java.util.Objects.requireNonNull;

import io.javalin.http.Context;
import io.javalin.http.HttpStatus;
import java.util.Locale;
import java.util.Optional;
import org.gongshi.content.audit.AuditEvent;
import org.gongshi.content.audit.AuditLog;
import org.gongshi.content.staff.AccountRepository;
import org.gongshi.content.staff.KnownDevices;
import org.gongshi.site.web.Messages;
import org.gongshi.site.web.SiteCookie;
import org.gongshi.site.web.guard.ClientKey;

/**
 * The {@link LoginThrottle} as the sign-in forms meet it: a refused attempt answers 429 with Retry-After and 请稍后再试,
 * runs no hash, and is audited once per lockout (a flood must not fill the append-only log). A complete sign-in marks
 * the browser as a known device of the account, in a long-lived cookie, so that later attempts from it are limited on
 * their own and strangers' failures never keep it out.
 */
final class SignInThrottle {
    /** Who the audit names when the typed name is no account: the typed text may be a password. */
    static final String UNKNOWN_ACTOR = "公众";

    private final LoginThrottle throttle;
    private final KnownDevices devices;
    private final SiteCookie deviceCookie;
    private final AccountRepository accounts;
    private final AuditLog audit;
    private final Messages messages;

    SignInThrottle(LoginThrottle throttle, KnownDevices devices, SiteCookie deviceCookie, AccountRepository accounts,
            AuditLog audit, Messages messages) {
        this.throttle = requireNonNull(throttle, "throttle");
        this.devices = requireNonNull(devices, "devices");
        this.deviceCookie = requireNonNull(deviceCookie, "deviceCookie");
        this.accounts = requireNonNull(accounts, "accounts");
        this.audit = requireNonNull(audit, "audit");
        this.messages = requireNonNull(messages, "messages");
    }

    /** The message to show when this attempt is refused (status and headers already set), else empty. */
    Optional<String> refusal(Context context, String accountName, ClientKey client) {
        Optional<LoginThrottle.Refusal> refusal = throttle.check(attempt(context, accountName, client));
        if (refusal.isEmpty()) {
            return Optional.empty();
        }
        LoginThrottle.Refusal refused = refusal.get();
        long seconds = refused.retryAfterSeconds();
        if (refused.firstOfLockout()) {
            String actor = accounts.find(normalized(accountName)).map(account -> account.name())
                    .orElse(UNKNOWN_ACTOR);
            audit.record(AuditEvent.of(actor, "login.throttled").from(client.value())
                    .saying(why(refused.scope()) + "，" + seconds + " 秒内拒绝登录"));
        }
        context.status(HttpStatus.TOO_MANY_REQUESTS).header("Retry-After", Long.toString(seconds));
        return Optional.of(messages.get("admin.login.throttled", seconds));
    }

    void failed(Context context, String accountName, ClientKey client) {
        throttle.failed(attempt(context, accountName, client));
    }

    /** A complete sign-in: the source's failures are forgiven, and the browser is known for the account from now. */
    void succeeded(Context context, String accountName, ClientKey client) {
        LoginThrottle.Attempt attempt = attempt(context, accountName, client);
        throttle.succeeded(attempt);
        if (!attempt.fromKnownDevice()) {
            deviceCookie.set(context, devices.remember(normalized(accountName)), KnownDevices.LIFETIME);
        }
    }

    private LoginThrottle.Attempt attempt(Context context, String accountName, ClientKey client) {
        String device = deviceCookie.read(context)
                .flatMap(token -> devices.known(token, normalized(accountName))).orElse(null);
        return new LoginThrottle.Attempt(accountName, client, device);
    }

    private static String normalized(String accountName) {
        return accountName.strip().toLowerCase(Locale.ROOT);
    }

    private static String why(LoginThrottle.Scope scope) {
        return switch (scope) {
            case ACCOUNT_FROM_HERE -> "该账号从这一来源失败次数过多";
            case ACCOUNT -> "该账号近期从多个地址失败次数过多，仅曾登录过的浏览器可继续尝试";
            case ADDRESS -> "该地址失败次数过多";
        };
    }
}
