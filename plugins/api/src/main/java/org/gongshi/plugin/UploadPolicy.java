package org.gongshi.plugin;

import static java.util.Objects.requireNonNull;

import java.util.EnumSet;
import java.util.Set;

/**
 * What one kind of upload may be: which types, how large each file, how many files in one form. The host refuses a
 * form larger than the policy allows in all before reading it ({@link Routes#postWithFiles}).
 *
 * @param allowed the accepted types, named in their declaration order in messages
 * @param maxBytes the largest file accepted, in bytes
 * @param maxFiles the most files one form may send
 *
 * @since 0.1
 */
public record UploadPolicy(Set<FileType> allowed, long maxBytes, int maxFiles) {
    public UploadPolicy {
        requireNonNull(allowed, "allowed");
        if (allowed.isEmpty()) {
            throw new IllegalArgumentException("an upload policy must allow at least one type");
        }
        if (maxBytes < 1 || maxFiles < 1) {
            throw new IllegalArgumentException("maxBytes and maxFiles must be positive: " + maxBytes + ", " + maxFiles);
        }
        allowed = Set.copyOf(EnumSet.copyOf(allowed));
    }
}
