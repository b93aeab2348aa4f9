package org.gongshi.site.staff;

import static java.util.Objects.requireNonNull;

import io.javalin.http.Context;
import io.javalin.http.HttpStatus;
import java.util.Optional;
import org.gongshi.content.audit.AuditEvent;
import org.gongshi.content.audit.AuditLog;
import org.gongshi.content.staff.AccountRepository;
import org.gongshi.site.web.Messages;
import org.gongshi.site.web.guard.ClientKey;

/**
 * The {@link LoginThrottle} as the sign-in forms meet it: a refused attempt answers 429 with Retry-After and 请稍后再试,
 * runs no hash, and is audited once per lockout (a flood must not fill the append-only log).
 */
final class SignInThrottle {
    /** Who the audit names when the typed name is no account: the typed text may be a password. */
    static final String UNKNOWN_ACTOR = "公众";

    private final LoginThrottle throttle;
    private final AccountRepository accounts;
    private final AuditLog audit;
    private final Messages messages;

    SignInThrottle(LoginThrottle throttle, AccountRepository accounts, AuditLog audit, Messages messages) {
        this.throttle = requireNonNull(throttle, "throttle");
        this.accounts = requireNonNull(accounts, "accounts");
        this.audit = requireNonNull(audit, "audit");
        this.messages = requireNonNull(messages, "messages");
    }

    /** The message to show when this attempt is refused (status and headers already set), else empty. */
    Optional<String> refusal(Context context, String accountName, ClientKey client) {
        Optional<LoginThrottle.Refusal> refusal = throttle.check(accountName, client);
        if (refusal.isEmpty()) {
            return Optional.empty();
        }
        LoginThrottle.Refusal refused = refusal.get();
        long seconds = refused.retryAfterSeconds();
        if (refused.firstOfLockout()) {
            String actor = accounts.find(accountName.strip().toLowerCase(java.util.Locale.ROOT))
                    .map(account -> account.name()).orElse(UNKNOWN_ACTOR);
            audit.record(AuditEvent.of(actor, "login.throttled").from(client.value())
                    .saying((refused.byAccount() ? "该账号" : "该地址") + "失败次数过多，" + seconds + " 秒内拒绝登录"));
        }
        context.status(HttpStatus.TOO_MANY_REQUESTS).header("Retry-After", Long.toString(seconds));
        return Optional.of(messages.get("admin.login.throttled", seconds));
    }

    void failed(String accountName, ClientKey client) {
        throttle.failed(accountName, client);
    }

    void succeeded(String accountName) {
        throttle.succeeded(accountName);
    }
}
