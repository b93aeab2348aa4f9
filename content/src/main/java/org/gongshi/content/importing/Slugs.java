package org.gongshi.content.importing;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.regex.Pattern;

/** Slugs derived from what identifies a document, so importing it again, under any file name, updates it. */
final class Slugs {
    private static final Pattern VALID = Pattern.compile("[a-z0-9]+(?:-[a-z0-9]+)*");
    private static final int HEX_DIGITS = 12;

    private Slugs() {}

    /** {@code prefix-} and the first 12 hex digits of the SHA-256 of {@code identity}. */
    static String derived(String prefix, String identity) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(identity.getBytes(StandardCharsets.UTF_8));
            return prefix + "-" + HexFormat.of().formatHex(digest).substring(0, HEX_DIGITS);
        } catch (NoSuchAlgorithmException impossible) {
            throw new IllegalStateException("every Java runtime provides SHA-256", impossible);
        }
    }

    static String checked(String slug) {
        if (!VALID.matcher(slug).matches()) {
            throw new ImportFailure("slug“" + slug + "”无效：只能使用小写字母、数字和连字符，例如 case-2024-001");
        }
        return slug;
    }
}
