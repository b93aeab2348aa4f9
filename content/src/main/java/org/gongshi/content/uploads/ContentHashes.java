package org.gongshi.content.uploads;

import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.regex.Pattern;

/** SHA-256 in the one spelling used as file name, row key and URL: 64 lowercase hex digits. */
final class ContentHashes {
    private static final Pattern SHA256 = Pattern.compile("[0-9a-f]{64}");

    private ContentHashes() {}

    /** Whether {@code text} is a hash and therefore safe to use as a file name. */
    static boolean isSha256(String text) {
        return text != null && SHA256.matcher(text).matches();
    }

    static MessageDigest sha256() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java runtime has SHA-256", e);
        }
    }

    static String hex(byte[] digest) {
        return HexFormat.of().formatHex(digest);
    }
}
