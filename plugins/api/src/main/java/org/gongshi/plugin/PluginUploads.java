package org.gongshi.plugin;

import io.javalin.http.Context;
import java.io.InputStream;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Duration;

/**
 * The plugin's own upload area, {@code plugin-<id>}: apart from every other area and never served by the site. A file
 * is made durable first ({@link #storeFile}), then recorded in the plugin's transaction ({@link #record}), and only
 * handed out with {@link #send} to those the plugin decided may have it.
 *
 * @since 0.1
 */
public interface PluginUploads {
    /**
     * Refuses a form with more files than {@code policy} allows, before any of them is stored.
     *
     * @throws UploadRejectedException with a message for the sender
     * @since 0.1
     */
    void checkFileCount(int files, UploadPolicy policy);

    /**
     * Reads {@code content} (which the caller closes) into the area, synced and moved into place before this returns;
     * {@code originalName} is only ever shown.
     *
     * @throws UploadRejectedException when {@code policy} does not allow the file, having read at most one byte past
     *     its size limit
     * @since 0.1
     */
    StoredFile storeFile(InputStream content, String originalName, UploadPolicy policy);

    /**
     * Records a stored file inside the plugin's write {@code transaction}, e.g. with the request it belongs to;
     * {@code uploadedBy} names who sent it (a staff account or a fixed label, never a member of the public's name).
     *
     * @since 0.1
     */
    void record(Connection transaction, StoredFile file, String uploadedBy) throws SQLException;

    /**
     * Deletes files older than {@code olderThan} that no committed row records; answers how many went. Leave the
     * plugin's transactions ample time: a day, not minutes.
     *
     * @since 0.1
     */
    int sweepOrphans(Duration olderThan);

    /**
     * Answers {@code context} with upload {@code sha256} as a download: never shown in the browser, never cached,
     * saved under {@code fileName} made safe and given the extension of its type (异议12-证据1 becomes 异议12-证据1.pdf);
     * 404 when the area has no such upload. Decide who may have it before calling.
     *
     * @since 0.1
     */
    void send(Context context, String sha256, String fileName);
}
