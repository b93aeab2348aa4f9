package org.gongshi.site.admin.content;

import static java.util.Objects.requireNonNull;

import io.javalin.http.Context;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.gongshi.content.SaveResult;
import org.gongshi.content.editorial.ContentNotFoundException;
import org.gongshi.content.editorial.EditorialItem;
import org.gongshi.content.editorial.RevisionDiff;
import org.gongshi.content.editorial.RevisionSummary;
import org.gongshi.content.editorial.Saved;
import org.gongshi.plugin.StaffMember;
import org.gongshi.site.staff.CorePermissions;
import org.gongshi.site.web.ChineseDates;
import org.gongshi.site.web.PageNotFoundException;

/**
 * An item's history: GET /admin/{kind}/{slug}/revisions lists every revision, /diff?from=&to= compares two, and
 * /restore?revision= shows what restoring one would change, which POST /restore then does as a new draft revision.
 */
final class RevisionPages<T> {
    private final KindScreens<T> screens;
    private final ContentKind<T> kind;
    private final ItemPage<T> page;

    RevisionPages(KindScreens<T> screens) {
        this.screens = requireNonNull(screens, "screens");
        this.kind = screens.kind();
        this.page = screens.page();
    }

    void list(Context context) {
        EditorialItem<T> item = page.find(context);
        List<Row> rows = kind.queries().revisions(item.slug()).stream().map(Row::of).toList();
        Map<String, Object> model = model(item);
        model.put("rows", rows);
        model.put("canRestore", StaffMember.current(context).can(CorePermissions.CONTENT_WRITE));
        context.render("admin/content/revisions.peb", model);
    }

    void diff(Context context) {
        EditorialItem<T> item = page.find(context);
        Map<String, Object> model = model(item);
        model.put("diff", diff(item, SeenRevision.read(context, "from"), SeenRevision.read(context, "to")));
        context.render("admin/content/diff.peb", model);
    }

    void confirmRestore(Context context) {
        EditorialItem<T> item = page.find(context);
        int number = SeenRevision.read(context, "revision");
        Map<String, Object> model = model(item);
        model.put("restored", number);
        model.put("diff", item.revision() == number ? null : diff(item, item.revision(), number));
        context.render("admin/content/restore.peb", model);
    }

    void restore(Context context) {
        EditorialItem<T> item = page.find(context);
        int number = SeenRevision.read(context, "restored");
        if (!SeenRevision.current(context, item)) {
            screens.refuseStale(context, item, page.stored(item));
            return;
        }
        Saved<T> saved;
        try {
            saved = kind.workflow().restore(item.slug(), number, StaffMember.current(context).name());
        } catch (ContentNotFoundException e) {
            throw new PageNotFoundException(e.getMessage());
        }
        Done done = Done.UNCHANGED;
        if (saved.result() != SaveResult.UNCHANGED) {
            screens.audit().record(context, "restore", kind, item.slug(),
                    screens.messages().get("admin.content.restoredFrom", number));
            done = Done.RESTORED;
        }
        screens.backTo(context, item.slug(), done);
    }

    private DiffView diff(EditorialItem<T> item, int from, int to) {
        RevisionDiff diff;
        try {
            diff = kind.queries().diff(item.slug(), from, to);
        } catch (ContentNotFoundException e) {
            throw new PageNotFoundException(e.getMessage());
        }
        return DiffView.of(diff, kind.form(), screens.messages());
    }

    private Map<String, Object> model(EditorialItem<T> item) {
        Map<String, Object> model = new HashMap<>();
        model.put("kind", kind.view());
        model.put("item", ItemView.Standing.of(kind, item));
        return model;
    }

    /** One revision in the history table. */
    public record Row(int number, String savedAt, String author, String action, String status, String note) {
        static Row of(RevisionSummary summary) {
            return new Row(summary.number(), ChineseDates.dateTime(summary.savedAt()), summary.author(),
                    summary.action().label(), summary.status().label(), summary.note());
        }
    }
}
