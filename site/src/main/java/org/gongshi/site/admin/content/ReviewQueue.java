package org.gongshi.site.admin.content;

import static java.util.Objects.requireNonNull;

import io.javalin.http.Context;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;
import java.util.stream.Stream;
import org.gongshi.content.Status;
import org.gongshi.content.editorial.EditorialItem;
import org.gongshi.plugin.ReviewItem;
import org.gongshi.plugin.StaffMember;
import org.gongshi.site.staff.CorePermissions;

/**
 * GET /admin/review: everything sent for review, whatever its kind, waiting longest first: the cases, policies and
 * bulletins in review and what plugins have waiting (each shown to staff holding its permission), each linking to the
 * page where it is reviewed.
 */
final class ReviewQueue {
    static final String PATH = "/admin/review";

    private final List<ContentKind<?>> kinds;
    private final Supplier<List<ReviewItem>> plugins;

    ReviewQueue(List<ContentKind<?>> kinds, Supplier<List<ReviewItem>> plugins) {
        this.kinds = List.copyOf(requireNonNull(kinds, "kinds"));
        this.plugins = requireNonNull(plugins, "plugins");
    }

    void show(Context context) {
        StaffMember member = StaffMember.current(context);
        List<Row> rows = new ArrayList<>();
        kinds.forEach(kind -> waiting(kind).forEach(item -> rows.add(Row.of(kind, item))));
        plugins.get().stream().filter(item -> member.can(item.permission())).map(Row::of).forEach(rows::add);
        rows.sort(Comparator.comparing(Row::submittedAt));
        context.render("admin/content/review.peb", Map.of("rows", rows));
    }

    /** How many items wait for whoever holds {@code content.review}: the dashboard's count of this queue. */
    long count() {
        return kinds.stream().mapToLong(kind -> kind.queries().count(Status.IN_REVIEW)).sum()
                + plugins.get().stream().filter(item -> item.permission().equals(CorePermissions.CONTENT_REVIEW))
                        .count();
    }

    /** All of them: only a submit puts an item in review, so the queue is short, and one left off would wait unseen. */
    private static <T> Stream<EditorialItem<T>> waiting(ContentKind<T> kind) {
        return kind.queries().list(Status.IN_REVIEW, 1, Integer.MAX_VALUE).items().stream();
    }

    /** One item waiting; {@code submittedBy} null when no staff member sent it. */
    public record Row(String kind, String title, String submittedBy, Instant submittedAt, String url) {
        /** Editing makes an item a draft again, so the newest revision of one in review is its submission. */
        static Row of(ContentKind<?> kind, EditorialItem<?> item) {
            return new Row(kind.label(), item.title(), item.revisedBy(), item.updatedAt(), kind.itemPath(item.slug()));
        }

        static Row of(ReviewItem item) {
            return new Row(item.kind(), item.title(), item.submittedBy(), item.submittedAt(), item.link());
        }
    }
}
