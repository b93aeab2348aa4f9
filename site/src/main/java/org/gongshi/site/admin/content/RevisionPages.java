package org.gongshi.site.admin.content;

import static java.util.Objects.requireNonNull;

import io.javalin.http.Context;
import io.javalin.http.HttpStatus;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.gongshi.content.SaveResult;
import org.gongshi.content.editorial.ContentNotFoundException;
import org.gongshi.content.editorial.EditorialItem;
import org.gongshi.content.editorial.RevisionDiff;
import org.gongshi.content.editorial.RevisionSummary;
import org.gongshi.content.editorial.Saved;
import org.gongshi.plugin.StaffMember;
import org.gongshi.site.staff.CorePermissions;
import org.gongshi.site.web.ChineseDates;
import org.gongshi.site.web.Messages;
import org.gongshi.site.web.PageNotFoundException;

/**
 * An item's history: GET /admin/{kind}/{slug}/revisions lists every revision, /diff?from=&to= compares two, and
 * /restore?revision= shows what restoring one would change, which POST /restore then does as a new draft revision.
 */
final class RevisionPages<T> {
    private final ContentKind<T> kind;
    private final ItemPage<T> page;
    private final EditorialAudit audit;
    private final Messages messages;

    RevisionPages(ContentKind<T> kind, ItemPage<T> page, EditorialAudit audit, Messages messages) {
        this.kind = requireNonNull(kind, "kind");
        this.page = requireNonNull(page, "page");
        this.audit = requireNonNull(audit, "audit");
        this.messages = requireNonNull(messages, "messages");
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
            page.render(context, 409, Optional.of(item), page.stored(item), Map.of("error",
                    messages.get("admin.content.error.stale", item.revision(), item.revisedBy())));
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
            audit.record(context, "restore", kind, item.slug(), messages.get("admin.content.restoredFrom", number));
            done = Done.RESTORED;
        }
        context.redirect(kind.itemPath(item.slug()) + "?" + done.parameter(), HttpStatus.SEE_OTHER);
    }

    private DiffView diff(EditorialItem<T> item, int from, int to) {
        RevisionDiff diff;
        try {
            diff = kind.queries().diff(item.slug(), from, to);
        } catch (ContentNotFoundException e) {
            throw new PageNotFoundException(e.getMessage());
        }
        return DiffView.of(diff, kind.form(), messages);
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
