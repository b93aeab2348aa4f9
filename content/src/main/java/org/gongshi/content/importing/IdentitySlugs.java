package org.gongshi.content.importing;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import org.gongshi.content.store.Slugs;

/** Slugs derived from what identifies a document, so importing it again, under any file name, updates it. */
final class IdentitySlugs {
    private static final int HEX_DIGITS = 12;

    private IdentitySlugs() {}

    /** {@code prefix-} and the first 12 hex digits of the SHA-256 of {@code identity}. */
    static String derived(String prefix, String identity) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(identity.getBytes(StandardCharsets.UTF_8));
            return prefix + "-" + HexFormat.of().formatHex(digest).substring(0, HEX_DIGITS);
        } catch (NoSuchAlgorithmException impossible) {
            throw new IllegalStateException("every Java runtime provides SHA-256", impossible);
        }
    }

    /** A slug written in a file, checked against storage's rule so the reason reaches the importer in zh-CN. */
    static String checked(String slug) {
        try {
            return Slugs.require(slug);
        } catch (IllegalArgumentException invalid) {
            throw new ImportFailure("slug“" + slug + "”无效：只能用 1 到 100 个小写字母、数字和连字符，且不以连字符开头或结尾");
        }
    }
}
