package org.gongshi.site.admin.imports;

import static org.gongshi.site.staff.CorePermissions.CONTENT_IMPORT;
import static org.gongshi.site.staff.CorePermissions.CONTENT_REVIEW;
import static org.gongshi.site.staff.CorePermissions.LISTINGS_ACT;

import org.gongshi.content.staging.ImportKind;
import org.gongshi.plugin.DashboardCounter;
import org.gongshi.site.staff.Access;
import org.gongshi.site.staff.StaffRoutes;
import org.gongshi.site.web.UploadLimits;

/**
 * Imports in the back office: editors upload a document or a listing file, which is read (a listing file in a dry
 * run) and staged without publishing anything; a reviewer publishes a document, someone who may act on listings
 * publishes a listing file; either side may discard. Every step is audited.
 */
public final class ImportRoutes {
    /** A document is a few pages of text. */
    static final long DOCUMENT_LIMIT = 2L * 1024 * 1024;
    /** About 150,000 rows of CSV; larger lists go through the command line. */
    static final long LISTING_FILE_LIMIT = 50L * 1024 * 1024;

    private ImportRoutes() {}

    public static void install(StaffRoutes staff, ImportServices services) {
        // Said before the staff gate reads the form for its CSRF token: a body over the cap is never read.
        services.limits().allow(ImportPaths.DOCUMENTS, DOCUMENT_LIMIT + UploadLimits.FORM_OVERHEAD);
        services.limits().allow(ImportPaths.LISTINGS, LISTING_FILE_LIMIT + UploadLimits.FORM_OVERHEAD);
        ImportsPage page = new ImportsPage(services.staged());
        Uploads uploads = new Uploads(services);
        Decider decider = new Decider(services);
        DocumentReview documents = new DocumentReview(services, decider);
        ListingFileReview listings = new ListingFileReview(services, decider);
        Access anyImporter = Access.anyPermission(CONTENT_IMPORT, CONTENT_REVIEW, LISTINGS_ACT);
        staff.get(ImportPaths.IMPORTS, anyImporter, page::show);
        staff.post(ImportPaths.DOCUMENTS, Access.permission(CONTENT_IMPORT),
                page.showingRefusals(new DocumentUpload(services, uploads)::stage));
        staff.get(ImportPaths.DOCUMENTS + "/{id}", Access.anyPermission(CONTENT_IMPORT, CONTENT_REVIEW),
                documents::show);
        staff.post(ImportPaths.DOCUMENTS + "/{id}/draft", Access.permission(CONTENT_IMPORT), documents::saveDraft);
        staff.post(ImportPaths.DOCUMENTS + "/{id}/publish", Access.permission(CONTENT_REVIEW), documents::publish);
        staff.post(ImportPaths.DOCUMENTS + "/{id}/discard", Access.anyPermission(CONTENT_IMPORT, CONTENT_REVIEW),
                documents::discard);
        staff.post(ImportPaths.LISTINGS, Access.permission(CONTENT_IMPORT),
                page.showingRefusals(new ListingFileUpload(services, uploads)::stage));
        staff.get(ImportPaths.LISTINGS + "/{id}", Access.anyPermission(CONTENT_IMPORT, LISTINGS_ACT), listings::show);
        staff.post(ImportPaths.LISTINGS + "/{id}/publish", Access.permission(LISTINGS_ACT), listings::publish);
        staff.post(ImportPaths.LISTINGS + "/{id}/discard", Access.anyPermission(CONTENT_IMPORT, LISTINGS_ACT),
                listings::discard);
        staff.menu(services.messages().get("admin.menu.imports"), ImportPaths.IMPORTS, anyImporter);
        staff.counter(new DashboardCounter(services.messages().get("admin.imports.counter.documents"),
                ImportPaths.IMPORTS, CONTENT_REVIEW, () -> services.staged().countAwaiting(ImportKind.DOCUMENT)));
        staff.counter(new DashboardCounter(services.messages().get("admin.imports.counter.listings"),
                ImportPaths.IMPORTS, LISTINGS_ACT, () -> services.staged().countAwaiting(ImportKind.LISTINGS)));
    }
}
