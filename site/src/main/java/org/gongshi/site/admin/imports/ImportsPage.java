package org.gongshi.site.admin.imports;

import static java.util.Objects.requireNonNull;

import io.javalin.http.Context;
import io.javalin.http.Handler;
import io.javalin.http.HttpStatus;
import java.util.HashMap;
import java.util.Map;
import org.gongshi.content.staging.StagedImport;
import org.gongshi.content.staging.StagedImports;
import org.gongshi.plugin.StaffMember;
import org.gongshi.site.staff.CorePermissions;
import org.gongshi.site.web.ChineseDates;

/** GET /admin/imports: the upload forms (for whoever may import) and the recent imports, each linking to its review. */
final class ImportsPage {
    static final int RECENT = 30;

    private final StagedImports staged;

    ImportsPage(StagedImports staged) {
        this.staged = requireNonNull(staged, "staged");
    }

    void show(Context context) {
        render(context, HttpStatus.OK, null);
    }

    /** The page again with an upload's refusal above the forms. */
    /** {@code upload}, with a refusal shown on this page with its status and reason. */
    Handler showingRefusals(Handler upload) {
        return context -> {
            try {
                upload.handle(context);
            } catch (ImportRefusedException refused) {
                render(context, refused.status(), refused.getMessage());
            }
        };
    }

    void render(Context context, HttpStatus status, String error) {
        StaffMember member = StaffMember.current(context);
        Map<String, Object> model = new HashMap<>();
        model.put("canUpload", member.can(CorePermissions.CONTENT_IMPORT));
        model.put("documentLimit", ImportRoutes.DOCUMENT_LIMIT / (1024 * 1024));
        model.put("listingLimit", ImportRoutes.LISTING_FILE_LIMIT / (1024 * 1024));
        model.put("documentLimitBytes", ImportRoutes.DOCUMENT_LIMIT);
        model.put("listingLimitBytes", ImportRoutes.LISTING_FILE_LIMIT);
        model.put("recent", staged.recent(RECENT).stream().map(Row::of).toList());
        if (error != null) {
            model.put("error", error);
        }
        context.status(status).render("admin/imports/imports.peb", model);
    }

    /** One recent import as the list shows it. */
    public record Row(String link, String kind, String fileName, String summary, String stagedBy, String stagedAt,
            String state, boolean awaiting) {
        static Row of(StagedImport staged) {
            String summary = staged.outcome()
                    .or(() -> staged.title())
                    .orElseGet(() -> staged.counts().map(counts -> "共 " + counts.rows() + " 行：可导入 "
                            + counts.valid() + "，拒绝 " + counts.rejected()).orElse(""));
            return new Row(ImportPaths.of(staged), staged.kind().label(), staged.fileName(), summary,
                    staged.stagedBy(), ChineseDates.dateTime(staged.stagedAt()), staged.state().label(),
                    staged.awaiting());
        }
    }
}
