package org.gongshi.site.staff;

import java.util.Optional;

/** What a new password must be: 8 to 128 characters of any script (ASVS 5.0 6.2). Counted in code points. */
public final class PasswordPolicy {
    static final int MINIMUM = 8;
    static final int MAXIMUM = 128;

    /** The zh-CN reason a password is refused, or empty when it is acceptable. */
    public Optional<String> refusal(String password) {
        int length = password == null ? 0 : password.codePointCount(0, password.length());
        if (length < MINIMUM) {
            return Optional.of("密码至少需要 " + MINIMUM + " 个字符");
        }
        if (length > MAXIMUM) {
            return Optional.of("密码不能超过 " + MAXIMUM + " 个字符");
        }
        return Optional.empty();
    }
}
