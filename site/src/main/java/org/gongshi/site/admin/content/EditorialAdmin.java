package org.gongshi.site.admin.content;

import static java.util.Objects.requireNonNull;

import java.time.Clock;
import java.util.List;
import java.util.function.Supplier;
import org.gongshi.content.Status;
import org.gongshi.content.bulletins.BulletinRepository;
import org.gongshi.content.cases.CaseRepository;
import org.gongshi.content.markdown.MarkdownRenderer;
import org.gongshi.content.policies.PolicyRepository;
import org.gongshi.plugin.DashboardCounter;
import org.gongshi.plugin.ReviewItem;
import org.gongshi.site.bulletins.Bulletins;
import org.gongshi.site.cases.Cases;
import org.gongshi.site.policies.Policies;
import org.gongshi.site.staff.Access;
import org.gongshi.site.staff.AuditTrail;
import org.gongshi.site.staff.CorePermissions;
import org.gongshi.site.staff.StaffRoutes;
import org.gongshi.site.web.Messages;

/**
 * The back-office screens of cases, policies and bulletins: one set of screens over the three kinds, which differ
 * only in their forms, and the one queue of everything waiting for review. Editors write and submit, reviewers
 * approve, schedule, publish, return and archive; both read.
 */
public final class EditorialAdmin {
    static final String OVERVIEW = "/admin/content";
    private static final Access READ = Access.anyPermission(CorePermissions.CONTENT_WRITE,
            CorePermissions.CONTENT_REVIEW);
    private static final Access WRITE = Access.permission(CorePermissions.CONTENT_WRITE);
    private static final Access REVIEW = Access.permission(CorePermissions.CONTENT_REVIEW);

    private EditorialAdmin() {}

    /** The repositories of the three kinds and the Markdown pipeline their previews go through. */
    public record Parts(CaseRepository cases, PolicyRepository policies, BulletinRepository bulletins,
            MarkdownRenderer markdown) {
        public Parts {
            requireNonNull(cases, "cases");
            requireNonNull(policies, "policies");
            requireNonNull(bulletins, "bulletins");
            requireNonNull(markdown, "markdown");
        }
    }

    /**
     * {@code pluginQueue} tells, at request time, what plugins have waiting for review; {@code clock} the day a new
     * item without a date of its own is proposed a slug for.
     */
    public static void install(StaffRoutes routes, Parts parts, Supplier<List<ReviewItem>> pluginQueue,
            AuditTrail trail, Messages messages, Clock clock) {
        MarkdownRenderer markdown = parts.markdown();
        List<ContentKind<?>> kinds = List.of(
                new ContentKind<>("cases", Cases.TYPE, messages.get("admin.content.kind.cases"),
                        parts.cases().workflow(), parts.cases().editorialQueries(), new CaseForm(),
                        Cases.contentType(parts.cases(), markdown).detailView().compose(parts.cases()::render)),
                new ContentKind<>("policies", Policies.TYPE, messages.get("admin.content.kind.policies"),
                        parts.policies().workflow(), parts.policies().editorialQueries(), new PolicyForm(),
                        Policies.contentType(parts.policies(), markdown).detailView()
                                .compose(parts.policies()::render)),
                new ContentKind<>("bulletins", Bulletins.TYPE, messages.get("admin.content.kind.bulletins"),
                        parts.bulletins().workflow(), parts.bulletins().editorialQueries(), new BulletinForm(),
                        Bulletins.contentType(parts.bulletins(), markdown).detailView()
                                .compose(parts.bulletins()::render)));
        EditorialAudit audit = new EditorialAudit(trail);
        ReviewQueue queue = new ReviewQueue(kinds, pluginQueue);
        routes.get(OVERVIEW, READ, new ContentOverview(kinds)::show);
        routes.post(OVERVIEW + "/preview", WRITE, new LivePreview(markdown)::render);
        routes.get(ReviewQueue.PATH, READ, queue::show);
        routes.menu(messages.get("admin.content.menu"), OVERVIEW, READ);
        routes.menu(messages.get("admin.content.queue.menu"), ReviewQueue.PATH, READ);
        for (ContentKind<?> kind : kinds) {
            install(routes, kind, markdown, audit, messages, clock);
        }
        routes.counter(new DashboardCounter(messages.get("admin.content.counter.IN_REVIEW"), ReviewQueue.PATH,
                CorePermissions.CONTENT_REVIEW, queue::count));
        counter(routes, kinds, Status.SCHEDULED, CorePermissions.CONTENT_REVIEW, messages);
        counter(routes, kinds, Status.DRAFT, CorePermissions.CONTENT_WRITE, messages);
    }

    private static <T> void install(StaffRoutes routes, ContentKind<T> kind, MarkdownRenderer markdown,
            EditorialAudit audit, Messages messages, Clock clock) {
        ItemPage<T> page = new ItemPage<>(kind, markdown, messages, clock);
        KindScreens<T> screens = new KindScreens<>(kind, page, audit, messages);
        ItemEdits<T> edits = new ItemEdits<>(screens);
        ItemActions<T> actions = new ItemActions<>(screens);
        RevisionPages<T> revisions = new RevisionPages<>(screens);
        String list = kind.listPath();
        String item = list + "/{slug}";
        routes.get(list, READ, new ContentList<>(kind)::show);
        // Before {slug}: the first matching route answers, and no item may be called "new" (SlugField).
        routes.get(list + "/new", WRITE, page::showNew);
        routes.post(list + "/new", WRITE, edits::create);
        routes.get(item, READ, page::show);
        routes.post(item, WRITE, edits::update);
        routes.post(item + "/submit", WRITE, actions::submit);
        routes.post(item + "/approve", REVIEW, actions::approve);
        routes.post(item + "/publish", REVIEW, actions::publish);
        routes.post(item + "/return", REVIEW, actions::returnToDraft);
        routes.post(item + "/archive", REVIEW, actions::archive);
        routes.get(item + "/revisions", READ, revisions::list);
        routes.get(item + "/diff", READ, revisions::diff);
        routes.get(item + "/restore", WRITE, revisions::confirmRestore);
        routes.post(item + "/restore", WRITE, revisions::restore);
    }

    /** One count per kind over its status index, added up, linking to the overview. */
    private static void counter(StaffRoutes routes, List<ContentKind<?>> kinds, Status status, String permission,
            Messages messages) {
        routes.counter(new DashboardCounter(messages.get("admin.content.counter." + status.name()),
                OVERVIEW, permission,
                () -> kinds.stream().mapToLong(kind -> kind.queries().count(status)).sum()));
    }
}
