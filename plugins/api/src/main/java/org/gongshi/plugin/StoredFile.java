package org.gongshi.plugin;

import static java.util.Objects.requireNonNull;

/**
 * A file written, synced and moved into a plugin's upload area, not yet recorded: {@link PluginUploads#record} adds its
 * row inside the plugin's transaction. Should that transaction never commit, the file is an orphan, swept later.
 *
 * @param sha256 its content hash, 64 lowercase hex digits
 * @param type its type, found from its bytes
 * @param displayName the name it was sent under, made safe to show
 *
 * @since 0.1
 */
public record StoredFile(String sha256, FileType type, long sizeBytes, String displayName) {
    public StoredFile {
        requireNonNull(sha256, "sha256");
        requireNonNull(type, "type");
        requireNonNull(displayName, "displayName");
    }
}
