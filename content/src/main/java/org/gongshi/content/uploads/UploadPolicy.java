package org.gongshi.content.uploads;

import static java.util.Objects.requireNonNull;

import java.util.Collections;
import java.util.EnumSet;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * What one kind of upload may be: which types (by their bytes), how large each file, how many files in one form.
 *
 * @param allowed the accepted types, named in their declaration order in messages
 * @param maxBytes the largest file accepted, in bytes
 * @param maxFiles the most files one form may send
 */
public record UploadPolicy(Set<MediaType> allowed, long maxBytes, int maxFiles) {
    private static final long MEGABYTE = 1024 * 1024;

    /** Images and attachments staff add to articles. */
    public static final UploadPolicy ARTICLE_FILES = new UploadPolicy(
            EnumSet.of(MediaType.PNG, MediaType.JPEG, MediaType.GIF, MediaType.WEBP, MediaType.PDF),
            10 * MEGABYTE, 20);

    public UploadPolicy {
        requireNonNull(allowed, "allowed");
        if (allowed.isEmpty()) {
            throw new IllegalArgumentException("an upload policy must allow at least one type");
        }
        if (maxBytes < 1 || maxFiles < 1) {
            throw new IllegalArgumentException("maxBytes and maxFiles must be positive: " + maxBytes + ", " + maxFiles);
        }
        allowed = Collections.unmodifiableSet(EnumSet.copyOf(allowed));
    }

    public boolean allows(MediaType type) {
        return allowed.contains(type);
    }

    /** Refuses a form with more files than allowed, before any of them is stored. */
    public void checkFileCount(int files) {
        if (files > maxFiles) {
            throw new TooManyFilesException(maxFiles);
        }
    }

    /** The refusal for any other type, e.g. 只接受 PDF、JPEG、PNG 文件. */
    public String describeAllowed() {
        return "只接受 " + allowed.stream().map(MediaType::label).collect(Collectors.joining("、")) + " 文件";
    }
}
