package org.gongshi.content.uploads;

import static java.util.Objects.requireNonNull;

/**
 * A file written, synced and moved into its area, not yet recorded: {@link UploadStore#record} adds its row inside
 * the caller's transaction. Should that transaction never commit, the file is an orphan, harmless and swept later.
 *
 * @param area the upload area it was stored in
 * @param sha256 its content hash, 64 lowercase hex digits
 * @param displayName the name it was sent under, made safe ({@link DisplayNames})
 */
public record StoredFile(String area, String sha256, MediaType mediaType, long sizeBytes, String displayName) {
    public StoredFile {
        requireNonNull(area, "area");
        requireNonNull(sha256, "sha256");
        requireNonNull(mediaType, "mediaType");
        requireNonNull(displayName, "displayName");
    }
}
