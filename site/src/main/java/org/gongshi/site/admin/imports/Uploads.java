package org.gongshi.site.admin.imports;

import static java.util.Objects.requireNonNull;

import io.javalin.http.Context;
import io.javalin.http.HttpStatus;
import io.javalin.http.UploadedFile;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Set;
import org.gongshi.content.staging.ImportKind;
import org.gongshi.content.staging.NewStagedImport;
import org.gongshi.plugin.StaffMember;

/** What both upload forms share: finding the file in the form, refusing with an audit entry, staging with one. */
final class Uploads {
    static final String FILE_FIELD = "file";

    private final ImportServices services;

    Uploads(ImportServices services) {
        this.services = requireNonNull(services, "services");
    }

    /** The form's file, if it has one whose extension is among {@code extensions}. */
    UploadedFile fileOf(Context context, Set<String> extensions, String typeMessageKey) {
        UploadedFile file = context.isMultipartFormData() ? context.uploadedFile(FILE_FIELD) : null;
        if (file == null || file.filename() == null || file.filename().isBlank()) {
            throw new ImportRefusedException(HttpStatus.BAD_REQUEST, services.messages().get("admin.imports.noFile"));
        }
        if (!extensions.contains(StagedFiles.extension(file.filename()))) {
            ImportKind kind = extensions.equals(StagedFiles.LISTINGS) ? ImportKind.LISTINGS : ImportKind.DOCUMENT;
            throw refuse(context, HttpStatus.UNSUPPORTED_MEDIA_TYPE, kind, file.filename(),
                    services.messages().get(typeMessageKey));
        }
        return file;
    }

    /**
     * Audits a refused upload and answers the exception that shows why. The entry says which kind of file and why,
     * not the file's name, which may name a person.
     */
    ImportRefusedException refuse(Context context, HttpStatus status, ImportKind kind, String fileName,
            String reason) {
        String extension = StagedFiles.extension(fileName);
        String type = extension.isEmpty() ? services.messages().get("admin.imports.noExtension") : "." + extension;
        services.audit().log().record(services.audit().event(context, "import.refused")
                .saying(kind.label() + "（" + type + "）：" + reason));
        return new ImportRefusedException(status, reason);
    }

    /** Records the staged file and its audit entry in one transaction, and moves the file into place; its id. */
    long stage(Context context, StagingArea.Received received, String extension, NewStagedImport file) {
        try {
            return services.database().inTransaction(connection -> {
                long id = services.staged().stage(connection, file);
                services.audit().log().record(connection, services.audit().event(context, "import.staged")
                        .on("import", Long.toString(id)).saying(file.kind().label() + " " + file.fileHash()));
                try {
                    services.staging().place(received, id, extension);
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
                return id;
            });
        } catch (RuntimeException failed) {
            services.staging().discard(received.file());
            throw failed;
        }
    }

    String actor(Context context) {
        return StaffMember.current(context).name();
    }
}
