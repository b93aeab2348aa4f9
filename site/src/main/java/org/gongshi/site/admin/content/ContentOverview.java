package org.gongshi.site.admin.content;

import static java.util.Objects.requireNonNull;

import io.javalin.http.Context;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import org.gongshi.content.Status;
import org.gongshi.plugin.StaffMember;
import org.gongshi.site.staff.CorePermissions;

/** GET /admin/content: how many items of each kind stand in each status, each number linking to its list. */
final class ContentOverview {
    private final List<ContentKind<?>> kinds;

    ContentOverview(List<ContentKind<?>> kinds) {
        this.kinds = List.copyOf(requireNonNull(kinds, "kinds"));
    }

    void show(Context context) {
        List<Row> rows = kinds.stream().map(ContentOverview::row).toList();
        context.render("admin/content/overview.peb", Map.of("rows", rows,
                "statuses", Arrays.stream(Status.values()).map(Status::label).toList(),
                "canWrite", StaffMember.current(context).can(CorePermissions.CONTENT_WRITE)));
    }

    private static Row row(ContentKind<?> kind) {
        List<Cell> cells = Arrays.stream(Status.values()).map(status -> new Cell(status.label(),
                kind.listPath() + "?status=" + status.name(), kind.queries().count(status))).toList();
        return new Row(kind.label(), kind.listPath(), kind.listPath() + "/new", cells);
    }

    /** One kind's counts. */
    public record Row(String label, String listPath, String newPath, List<Cell> cells) {}

    /** The count of one status, linking to its list. */
    public record Cell(String status, String url, long count) {}
}
