package org.gongshi.site.plugins;

import io.javalin.http.Context;
import io.javalin.http.NotFoundResponse;
import java.io.InputStream;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Duration;
import java.util.EnumSet;
import org.gongshi.content.uploads.ContentDisposition;
import org.gongshi.content.uploads.DisplayNames;
import org.gongshi.content.uploads.MediaType;
import org.gongshi.content.uploads.StoredUpload;
import org.gongshi.content.uploads.UploadStore;
import org.gongshi.plugin.FileType;
import org.gongshi.plugin.PluginUploads;
import org.gongshi.plugin.StoredFile;
import org.gongshi.plugin.UploadPolicy;
import org.gongshi.plugin.UploadRejectedException;

/** A plugin's own upload area; the content's refusals reach the plugin as the API's one exception. */
record HostedUploads(UploadStore store) implements PluginUploads {
    @Override
    public void checkFileCount(int files, UploadPolicy policy) {
        try {
            policy(policy).checkFileCount(files);
        } catch (org.gongshi.content.uploads.UploadRejectedException refused) {
            throw new UploadRejectedException(refused.getMessage());
        }
    }

    @Override
    public StoredFile storeFile(InputStream content, String originalName, UploadPolicy policy) {
        org.gongshi.content.uploads.StoredFile file;
        try {
            file = store.storeFile(content, originalName, policy(policy));
        } catch (org.gongshi.content.uploads.UploadRejectedException refused) {
            throw new UploadRejectedException(refused.getMessage());
        }
        return new StoredFile(file.sha256(), FileType.valueOf(file.mediaType().name()), file.sizeBytes(),
                file.displayName());
    }

    @Override
    public void record(Connection transaction, StoredFile file, String uploadedBy) throws SQLException {
        store.record(transaction, new org.gongshi.content.uploads.StoredFile(store.area(), file.sha256(),
                MediaType.valueOf(file.type().name()), file.sizeBytes(), file.displayName()), uploadedBy);
    }

    @Override
    public int sweepOrphans(Duration olderThan) {
        return store.sweepOrphans(olderThan);
    }

    @Override
    public void send(Context context, String sha256, String fileName) {
        StoredUpload upload = store.find(sha256).orElseThrow(NotFoundResponse::new);
        InputStream content = store.open(sha256).orElseThrow(NotFoundResponse::new);
        context.header("Content-Disposition",
                ContentDisposition.attachment(DisplayNames.of(fileName, upload.mediaType())));
        context.header("X-Content-Type-Options", "nosniff");
        context.header("Cache-Control", "private, no-store");
        context.contentType(upload.mediaType().mimeType());
        context.result(content);
    }

    /** The content's policy for a plugin's. */
    private static org.gongshi.content.uploads.UploadPolicy policy(UploadPolicy policy) {
        EnumSet<MediaType> allowed = EnumSet.noneOf(MediaType.class);
        policy.allowed().forEach(type -> allowed.add(MediaType.valueOf(type.name())));
        return new org.gongshi.content.uploads.UploadPolicy(allowed, policy.maxBytes(), policy.maxFiles());
    }
}
