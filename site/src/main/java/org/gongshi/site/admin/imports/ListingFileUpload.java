package org.gongshi.site.admin.imports;

import static java.util.Objects.requireNonNull;

import io.javalin.http.Context;
import io.javalin.http.HttpStatus;
import io.javalin.http.UploadedFile;
import java.io.IOException;
import java.io.InputStream;
import org.gongshi.content.listings.importing.ListingFileCheck;
import org.gongshi.content.listings.importing.ListingImportException;
import org.gongshi.content.listings.importing.ListingImportListener;
import org.gongshi.content.staging.ImportKind;
import org.gongshi.content.staging.NewStagedImport;
import org.gongshi.content.staging.RowCounts;

/**
 * POST /admin/imports/listings: a CSV or JSON Lines listing file, streamed to the staging folder (never held whole),
 * checked row by row in a dry run that writes no listing, and staged with its report. A file the importer cannot read
 * at all (its encoding, its header) is 422 and audited; nothing is staged.
 */
final class ListingFileUpload {
    private final ImportServices services;
    private final Uploads uploads;

    ListingFileUpload(ImportServices services, Uploads uploads) {
        this.services = requireNonNull(services, "services");
        this.uploads = requireNonNull(uploads, "uploads");
    }

    /** Stages the upload, or throws {@link ImportRefusedException}, which the imports page shows. */
    void stage(Context context) throws IOException {
        UploadedFile file = uploads.fileOf(context, StagedFiles.LISTINGS, "admin.imports.listings.type");
        String name = StagedFiles.displayName(file.filename());
        String extension = StagedFiles.extension(name);
        StagingArea.Received received;
        try (InputStream in = file.content()) {
            received = services.staging().receive(in, ImportRoutes.LISTING_FILE_LIMIT, extension);
        }
        ListingFileCheck check;
        try {
            check = services.listings().check(received.file(), ListingImportListener.NONE);
        } catch (ListingImportException unreadable) {
            services.staging().discard(received.file());
            throw uploads.refuse(context, HttpStatus.UNPROCESSABLE_CONTENT, ImportKind.LISTINGS, name,
                    unreadable.getMessage());
        }
        if (check.rows() == 0) {
            services.staging().discard(received.file());
            throw uploads.refuse(context, HttpStatus.UNPROCESSABLE_CONTENT, ImportKind.LISTINGS, name,
                    services.messages().get("admin.imports.listings.empty"));
        }
        RowCounts counts = new RowCounts(check.rows(), check.valid(), check.rejected().size(),
                check.warnings().size());
        long id = uploads.stage(context, received, extension, NewStagedImport.listings(name, received.hash(),
                received.size(), uploads.actor(context), counts, check.rejected(), check.warnings()));
        context.redirect(ImportPaths.of(ImportKind.LISTINGS, id), HttpStatus.SEE_OTHER);
    }
}
