package org.gongshi.content.uploads;

import static java.util.Objects.requireNonNull;

import java.time.Instant;

/**
 * A recorded upload. Files are kept once per content, so the area's row for a hash describes the first upload of
 * those bytes; {@link UploadStore#store} and {@link UploadStore#record} answer with the upload just made, whose name
 * and uploader may differ. A feature that needs its own name per use (an objection's list of evidence) keeps it in
 * its own table next to the hash.
 *
 * @param sha256 the content hash, 64 lowercase hex digits: the file's address in its area
 * @param displayName a safe name to show and to save under ({@link DisplayNames})
 */
public record StoredUpload(String area, String sha256, MediaType mediaType, long sizeBytes, String displayName,
        Instant uploadedAt, String uploadedBy) {
    public StoredUpload {
        requireNonNull(area, "area");
        requireNonNull(sha256, "sha256");
        requireNonNull(mediaType, "mediaType");
        requireNonNull(displayName, "displayName");
        requireNonNull(uploadedAt, "uploadedAt");
        requireNonNull(uploadedBy, "uploadedBy");
    }
}
