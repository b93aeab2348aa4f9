package org.gongshi.site.admin.imports;

import org.gongshi.content.staging.ImportKind;
import org.gongshi.content.staging.StagedImport;

/** The addresses of the import screens. */
final class ImportPaths {
    static final String IMPORTS = "/admin/imports";
    static final String DOCUMENTS = IMPORTS + "/documents";
    static final String LISTINGS = IMPORTS + "/listings";

    private ImportPaths() {}

    static String of(StagedImport staged) {
        return switch (staged.kind()) {
            case DOCUMENT -> DOCUMENTS + "/" + staged.id();
            case LISTINGS -> LISTINGS + "/" + staged.id();
        };
    }

    static String of(ImportKind kind, long id) {
        return switch (kind) {
            case DOCUMENT -> DOCUMENTS + "/" + id;
            case LISTINGS -> LISTINGS + "/" + id;
        };
    }
}
