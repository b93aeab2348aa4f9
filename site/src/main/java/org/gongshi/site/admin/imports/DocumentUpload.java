package org.gongshi.site.admin.imports;

import static java.util.Objects.requireNonNull;

import io.javalin.http.Context;
import io.javalin.http.HttpStatus;
import io.javalin.http.UploadedFile;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import org.gongshi.content.importing.ImportFailure;
import org.gongshi.content.importing.ImportedDocument;
import org.gongshi.content.importing.TextDecoding;
import org.gongshi.content.staging.ImportKind;
import org.gongshi.content.staging.NewStagedImport;
import org.gongshi.site.web.RequestTooLargeException;

/**
 * POST /admin/imports/documents: one .md or .txt document, read with the document importer but not saved; staged for
 * review. A file that is not text (a picture or a Word file renamed) is 415, one the importer cannot read is 422, and
 * either is audited; nothing is staged.
 */
final class DocumentUpload {
    private final ImportServices services;
    private final Uploads uploads;

    DocumentUpload(ImportServices services, Uploads uploads) {
        this.services = requireNonNull(services, "services");
        this.uploads = requireNonNull(uploads, "uploads");
    }

    /** Stages the upload, or throws {@link ImportRefusedException}, which the imports page shows. */
    void stage(Context context) throws IOException {
        UploadedFile file = uploads.fileOf(context, StagedFiles.DOCUMENTS, "admin.imports.document.type");
        String name = StagedFiles.displayName(file.filename());
        byte[] content;
        try (InputStream in = file.content()) {
            content = in.readNBytes((int) ImportRoutes.DOCUMENT_LIMIT + 1);
        }
        if (content.length > ImportRoutes.DOCUMENT_LIMIT) {
            throw new RequestTooLargeException(ImportRoutes.DOCUMENT_LIMIT);
        }
        String notText = TextDecoding.refusal(content).orElse(null);
        if (notText != null) {
            throw uploads.refuse(context, HttpStatus.UNSUPPORTED_MEDIA_TYPE, ImportKind.DOCUMENT, name, notText);
        }
        ImportedDocument document;
        try {
            document = services.documents().read(name, content);
        } catch (ImportFailure unreadable) {
            throw uploads.refuse(context, HttpStatus.UNPROCESSABLE_CONTENT, ImportKind.DOCUMENT, name,
                    unreadable.getMessage());
        }
        StagingArea.Received received = services.staging().receive(new ByteArrayInputStream(content),
                ImportRoutes.DOCUMENT_LIMIT, StagedFiles.extension(name));
        long id = uploads.stage(context, received, StagedFiles.extension(name), NewStagedImport.document(name,
                received.hash(), received.size(), uploads.actor(context), document.title()));
        context.redirect(ImportPaths.of(ImportKind.DOCUMENT, id), HttpStatus.SEE_OTHER);
    }
}
