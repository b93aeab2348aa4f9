package org.gongshi.content.uploads;

/** Byte counts as people read them in a message: 10 MB, 512 KB, 300 字节 (binary units, as file managers show). */
public final class Sizes {
    private static final long KILOBYTE = 1024;
    private static final long MEGABYTE = 1024 * KILOBYTE;

    private Sizes() {}

    public static String describe(long bytes) {
        if (bytes >= MEGABYTE && bytes % MEGABYTE == 0) {
            return bytes / MEGABYTE + " MB";
        }
        if (bytes >= KILOBYTE && bytes % KILOBYTE == 0) {
            return bytes / KILOBYTE + " KB";
        }
        return bytes + " 字节";
    }
}
