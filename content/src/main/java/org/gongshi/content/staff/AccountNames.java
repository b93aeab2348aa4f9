package org.gongshi.content.staff;

import java.util.Locale;
import java.util.regex.Pattern;

/** Login names: 2–32 of a–z, 0–9, dot, dash, underscore, starting with a letter; compared lowercase. */
public final class AccountNames {
    private static final Pattern VALID = Pattern.compile("[a-z][a-z0-9._-]{1,31}");

    private AccountNames() {}

    /** The canonical form of {@code name}, or an exception whose message can be shown to the person who typed it. */
    public static String require(String name) {
        String canonical = name == null ? "" : name.strip().toLowerCase(Locale.ROOT);
        if (!VALID.matcher(canonical).matches()) {
            throw new IllegalArgumentException("用户名须为 2–32 个字符，以字母开头，只含字母、数字、点、短横线和下划线");
        }
        return canonical;
    }
}
