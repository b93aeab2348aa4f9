package org.gongshi.content.uploads;

import java.text.Normalizer;

/**
 * The name a file is shown and offered for saving under; never a path. From what a client sent it keeps the last
 * path segment, drops control and format characters (the right-to-left override that turns {@code gpj.exe} around),
 * replaces characters no file system takes, keeps Chinese, and ends it in an extension that matches the file's type.
 */
public final class DisplayNames {
    static final int MAX_CODE_POINTS = 100;
    private static final String FALLBACK = "文件";
    private static final String FORBIDDEN = "<>:\"/\\|?*%";

    private DisplayNames() {}

    public static String of(String sent, MediaType type) {
        String name = sent == null ? "" : Normalizer.normalize(sent, Normalizer.Form.NFC);
        name = lastSegment(name);
        name = clean(name).strip();
        name = stripDots(name);
        String extension = extension(name, type);
        String base = stripDots(truncate(baseName(name), MAX_CODE_POINTS - 1 - extension.length()));
        return (base.isEmpty() ? FALLBACK : base) + "." + extension;
    }

    private static String lastSegment(String name) {
        int slash = Math.max(name.lastIndexOf('/'), name.lastIndexOf('\\'));
        return name.substring(slash + 1);
    }

    private static String clean(String name) {
        StringBuilder cleaned = new StringBuilder(name.length());
        name.codePoints().forEach(codePoint -> {
            int category = Character.getType(codePoint);
            if (category == Character.CONTROL || category == Character.FORMAT || category == Character.SURROGATE
                    || category == Character.PRIVATE_USE || category == Character.UNASSIGNED
                    || category == Character.LINE_SEPARATOR || category == Character.PARAGRAPH_SEPARATOR) {
                return;
            }
            if (Character.isWhitespace(codePoint) || Character.isSpaceChar(codePoint)) {
                cleaned.append(' ');
            } else if (FORBIDDEN.indexOf(codePoint) >= 0) {
                cleaned.append('_');
            } else {
                cleaned.appendCodePoint(codePoint);
            }
        });
        return cleaned.toString().replaceAll(" {2,}", " ");
    }

    /** Leading dots hide a file or climb a directory; trailing ones (and spaces) Windows drops. */
    private static String stripDots(String name) {
        int start = 0;
        int end = name.length();
        while (start < end && (name.charAt(start) == '.' || name.charAt(start) == ' ')) {
            start++;
        }
        while (end > start && (name.charAt(end - 1) == '.' || name.charAt(end - 1) == ' ')) {
            end--;
        }
        return name.substring(start, end);
    }

    /** The name without what looks like an extension: 1–5 ASCII letters or digits, one a letter, after a dot. */
    private static String baseName(String name) {
        int dot = name.lastIndexOf('.');
        if (dot > 0 && name.substring(dot + 1).matches("(?=.*[A-Za-z])[A-Za-z0-9]{1,5}")) {
            return stripDots(name.substring(0, dot));
        }
        return name;
    }

    /** The sender's extension when it names the type (keeping its case), else the type's own. */
    private static String extension(String name, MediaType type) {
        int dot = name.lastIndexOf('.');
        String sent = dot > 0 ? name.substring(dot + 1) : "";
        return type.hasExtension(sent) ? sent : type.extension();
    }

    private static String truncate(String text, int maxCodePoints) {
        if (text.codePointCount(0, text.length()) <= maxCodePoints) {
            return text;
        }
        return text.substring(0, text.offsetByCodePoints(0, maxCodePoints));
    }
}
