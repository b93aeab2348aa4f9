package org.gongshi.site.admin.imports;

import static java.util.Objects.requireNonNull;

import org.gongshi.content.importing.DocumentImporter;
import org.gongshi.content.listings.importing.ListingImporter;
import org.gongshi.content.markdown.MarkdownRenderer;
import org.gongshi.content.staging.StagedImports;
import org.gongshi.content.store.Database;
import org.gongshi.site.staff.AuditTrail;
import org.gongshi.site.web.Messages;
import org.gongshi.site.web.UploadLimits;

/** What the import screens work with: the staged files, both importers, the one Markdown pipeline, the audit log. */
public record ImportServices(Database database, StagedImports staged, StagingArea staging, DocumentImporter documents,
        ListingImporter listings, MarkdownRenderer markdown, AuditTrail audit, UploadLimits limits,
        Messages messages) {
    public ImportServices {
        requireNonNull(database, "database");
        requireNonNull(staged, "staged");
        requireNonNull(staging, "staging");
        requireNonNull(documents, "documents");
        requireNonNull(listings, "listings");
        requireNonNull(markdown, "markdown");
        requireNonNull(audit, "audit");
        requireNonNull(limits, "limits");
        requireNonNull(messages, "messages");
    }
}
