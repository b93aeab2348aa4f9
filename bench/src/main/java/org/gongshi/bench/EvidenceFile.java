package org.gongshi.bench;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/**
 * A file an applicant attaches, made unique by {@code mark} so that its SHA-256 names it alone: the site keeps one
 * file per content, and two applicants sending the same bytes would hide a lost file behind the other's.
 */
record EvidenceFile(String name, byte[] content) {
    /** A 1×1 PNG (signature, IHDR, IDAT, IEND); viewers and the site accept bytes after IEND, where the mark goes. */
    private static final byte[] PNG = HexFormat.of().parseHex("89504e470d0a1a0a0000000d4948445200000001000000010806"
            + "0000001f15c4890000000b49444154789c6360000200000500017a5eab3f0000000049454e44ae426082");

    /** A small PDF that names {@code mark}, padded with a comment to at least {@code bytes}. */
    static EvidenceFile pdf(String name, String mark, int bytes) {
        byte[] head = ("%PDF-1.4\n% " + mark + "\n1 0 obj<<>>endobj\n").getBytes(StandardCharsets.US_ASCII);
        byte[] tail = "trailer<<>>\n%%EOF\n".getBytes(StandardCharsets.US_ASCII);
        byte[] content = new byte[Math.max(bytes, head.length + tail.length)];
        System.arraycopy(head, 0, content, 0, head.length);
        for (int index = head.length; index < content.length - tail.length; index++) {
            // comment lines of filler, which a PDF reader skips, the last one ended before the trailer
            int column = (index - head.length) % 64;
            content[index] = column == 63 || index == content.length - tail.length - 1 ? (byte) '\n'
                    : column == 0 ? (byte) '%' : (byte) 'x';
        }
        System.arraycopy(tail, 0, content, content.length - tail.length, tail.length);
        return new EvidenceFile(name, content);
    }

    static EvidenceFile png(String name, String mark) {
        byte[] suffix = mark.getBytes(StandardCharsets.US_ASCII);
        byte[] content = new byte[PNG.length + suffix.length];
        System.arraycopy(PNG, 0, content, 0, PNG.length);
        System.arraycopy(suffix, 0, content, PNG.length, suffix.length);
        return new EvidenceFile(name, content);
    }

    String sha256() {
        return sha256(content);
    }

    static String sha256(byte[] bytes) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every Java runtime", e);
        }
    }
}
