package org.gongshi.site.admin.imports;

import static java.util.Objects.requireNonNull;

import io.javalin.http.Context;
import io.javalin.http.HttpStatus;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import org.gongshi.content.listings.importing.ListingImportListener;
import org.gongshi.content.listings.importing.ListingImportReport;
import org.gongshi.content.staging.ImportKind;
import org.gongshi.content.staging.StagedImport;
import org.gongshi.content.staging.StagedImports;
import org.gongshi.plugin.StaffMember;
import org.gongshi.site.staff.CorePermissions;

/**
 * GET /admin/imports/listings/{id}: a staged listing file's dry run (its counts, its first rejected rows and
 * warnings with line numbers) and, while it waits, publishing it (the real import, for whoever may act on listings)
 * or discarding it. Nothing of the file reaches the public list before it is published.
 */
final class ListingFileReview {
    private final ImportServices services;
    private final Decider decider;

    ListingFileReview(ImportServices services, Decider decider) {
        this.services = requireNonNull(services, "services");
        this.decider = requireNonNull(decider, "decider");
    }

    void show(Context context) {
        render(context, decider.find(context, ImportKind.LISTINGS), HttpStatus.OK, null);
    }

    void publish(Context context) throws IOException {
        StagedImport staged = decider.find(context, ImportKind.LISTINGS);
        try {
            decider.publish(context, staged, "import.published", file -> {
                try (InputStream in = Files.newInputStream(file)) {
                    ListingImportReport report = services.listings().importStream(staged.fileName(), in,
                            ListingImportListener.NONE);
                    return report.summary();
                }
            });
        } catch (ImportRefusedException refused) {
            render(context, reread(staged), refused.status(), refused.getMessage());
            return;
        }
        context.redirect(ImportPaths.of(staged) + "?done=published", HttpStatus.SEE_OTHER);
    }

    void discard(Context context) throws IOException {
        StagedImport staged = decider.find(context, ImportKind.LISTINGS);
        try {
            decider.discard(context, staged);
        } catch (ImportRefusedException refused) {
            render(context, reread(staged), refused.status(), refused.getMessage());
            return;
        }
        context.redirect(ImportPaths.of(staged) + "?done=discarded", HttpStatus.SEE_OTHER);
    }

    private StagedImport reread(StagedImport staged) {
        return services.staged().find(staged.id()).orElse(staged);
    }

    private void render(Context context, StagedImport staged, HttpStatus status, String error) {
        StaffMember member = StaffMember.current(context);
        Map<String, Object> model = new HashMap<>();
        model.put("staged", StagedView.of(staged));
        staged.counts().ifPresent(counts -> model.put("counts", counts));
        model.put("problems", services.staged().problems(staged.id()));
        model.put("kept", StagedImports.KEPT_PROBLEMS);
        model.put("canPublish", staged.awaiting() && member.can(CorePermissions.LISTINGS_ACT));
        model.put("canDiscard", staged.awaiting());
        Optional.ofNullable(error).ifPresent(message -> model.put("error", message));
        Optional.ofNullable(context.queryParam("done")).filter(StagedView.DONE::contains)
                .ifPresent(done -> model.put("done", services.messages().get("admin.imports.done." + done)));
        context.status(status).render("admin/imports/listings.peb", model);
    }
}
