package org.gongshi.site.staff;

import static java.util.Objects.requireNonNull;

import java.util.Optional;
import java.util.function.Supplier;

/**
 * What a new password must be (ASVS 5.0 6.2): 8 to 128 characters of any script, counted in code points; not on the
 * bundled list of common and breached passwords, not a repeat, run or date, and not containing the account's name.
 * No composition rules: length and unpredictability are what count.
 */
public final class PasswordPolicy {
    static final int MINIMUM = 8;
    static final int MAXIMUM = 128;
    /** Shorter names (li, wu) are too likely to occur by chance in a good password to refuse it. */
    private static final int NAME_CHECKED_FROM = 3;

    private final Supplier<CommonPasswords> common;

    PasswordPolicy(CommonPasswords common) {
        requireNonNull(common, "common");
        this.common = () -> common;
    }

    private PasswordPolicy(Supplier<CommonPasswords> common) {
        this.common = common;
    }

    /**
     * The policy with the bundled list, read on the first password checked rather than at start-up: parsing 49,000
     * entries is a noticeable part of the start-up budget, and most starts never check a password.
     */
    public static PasswordPolicy standard() {
        return new PasswordPolicy(() -> Bundled.LIST);
    }

    /** The zh-CN reason {@code password} is refused for the account {@code accountName}, or empty when acceptable. */
    public Optional<String> refusal(String password, String accountName) {
        int length = password == null ? 0 : password.codePointCount(0, password.length());
        if (length < MINIMUM) {
            return Optional.of("密码至少需要 " + MINIMUM + " 个字符");
        }
        if (length > MAXIMUM) {
            return Optional.of("密码不能超过 " + MAXIMUM + " 个字符");
        }
        String normalized = CommonPasswords.normalize(password);
        if (common.get().contains(normalized)) {
            return Optional.of("这是常见或已泄露的密码，容易被猜中，请换一个");
        }
        if (PasswordShapes.predictable(normalized)) {
            return Optional.of("密码是重复、连续的字符或日期，容易被猜中，请换一个");
        }
        String name = accountName == null ? "" : CommonPasswords.normalize(accountName.strip());
        if (name.length() >= NAME_CHECKED_FROM && normalized.contains(name)) {
            return Optional.of("密码不能包含用户名");
        }
        return Optional.empty();
    }

    /** Loaded by the JVM when first touched, once, thread-safely. */
    private static final class Bundled {
        static final CommonPasswords LIST = CommonPasswords.bundled();
    }
}
