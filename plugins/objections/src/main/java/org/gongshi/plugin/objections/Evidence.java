package org.gongshi.plugin.objections;

import java.time.Instant;
import java.util.EnumSet;
import org.gongshi.plugin.FileType;
import org.gongshi.plugin.UploadPolicy;

/** One file of an objection, in the order received; {@code fileName} is the safe form of the name it was sent under. */
record Evidence(int position, String sha256, FileType mediaType, long sizeBytes, String fileName, Instant addedAt) {
    /** What an applicant may send: PDF or pictures, at most 5 files of 10 MiB each. */
    static final UploadPolicy POLICY =
            new UploadPolicy(EnumSet.of(FileType.PDF, FileType.JPEG, FileType.PNG), 10 * 1024 * 1024, 5);
}
