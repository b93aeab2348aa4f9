package org.gongshi.content.uploads;

import java.util.List;
import java.util.Locale;
import java.util.Optional;

/** The only kinds of file the site accepts, each recognised by its leading bytes ({@link MediaTypeSniffer}). */
public enum MediaType {
    PDF("application/pdf", "PDF", List.of("pdf")),
    JPEG("image/jpeg", "JPEG", List.of("jpg", "jpeg")),
    PNG("image/png", "PNG", List.of("png")),
    GIF("image/gif", "GIF", List.of("gif")),
    WEBP("image/webp", "WebP", List.of("webp"));

    private final String mimeType;
    private final String label;
    private final List<String> extensions;

    MediaType(String mimeType, String label, List<String> extensions) {
        this.mimeType = mimeType;
        this.label = label;
        this.extensions = extensions;
    }

    /** The Content-Type it is served with, and stored as. */
    public String mimeType() {
        return mimeType;
    }

    /** How people name it: PDF, JPEG, … */
    public String label() {
        return label;
    }

    /** The extension a file of this type is given when its name has none that fits. */
    public String extension() {
        return extensions.get(0);
    }

    /** Whether {@code extension} (any case, without the dot) names this type. */
    public boolean hasExtension(String extension) {
        return extensions.contains(extension.toLowerCase(Locale.ROOT));
    }

    public boolean isImage() {
        return mimeType.startsWith("image/");
    }

    /** The type stored as {@code mimeType}, if it is one of ours. */
    public static Optional<MediaType> ofMimeType(String mimeType) {
        for (MediaType type : values()) {
            if (type.mimeType.equals(mimeType)) {
                return Optional.of(type);
            }
        }
        return Optional.empty();
    }
}
