package org.gongshi.plugin;

import java.util.Optional;

/**
 * The only kinds of file the site accepts, each recognised by its leading bytes, never by its name.
 *
 * @since 0.1
 */
public enum FileType {
    PDF("application/pdf", "PDF"),
    JPEG("image/jpeg", "JPEG"),
    PNG("image/png", "PNG"),
    GIF("image/gif", "GIF"),
    WEBP("image/webp", "WebP");

    private final String mimeType;
    private final String label;

    FileType(String mimeType, String label) {
        this.mimeType = mimeType;
        this.label = label;
    }

    /**
     * The Content-Type it is served with, and a plugin may store it as.
     *
     * @since 0.1
     */
    public String mimeType() {
        return mimeType;
    }

    /**
     * How people name it: PDF, JPEG, …
     *
     * @since 0.1
     */
    public String label() {
        return label;
    }

    /**
     * The type stored as {@code mimeType}, if it is one of these.
     *
     * @since 0.1
     */
    public static Optional<FileType> ofMimeType(String mimeType) {
        for (FileType type : values()) {
            if (type.mimeType.equals(mimeType)) {
                return Optional.of(type);
            }
        }
        return Optional.empty();
    }
}
