package org.gongshi.site.admin.content;

import static java.util.Objects.requireNonNull;

import io.javalin.http.Context;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.gongshi.content.Page;
import org.gongshi.content.Status;
import org.gongshi.content.editorial.EditorialItem;
import org.gongshi.plugin.StaffMember;
import org.gongshi.site.staff.CorePermissions;
import org.gongshi.site.web.ChineseDates;
import org.gongshi.site.web.InvalidRequestException;
import org.gongshi.site.web.PageNumber;

/** GET /admin/{kind}?status=IN_REVIEW&page=2: the items of one kind by status, with the count of each status. */
final class ContentList<T> {
    private static final int PAGE_SIZE = 20;

    private final ContentKind<T> kind;

    ContentList(ContentKind<T> kind) {
        this.kind = requireNonNull(kind, "kind");
    }

    void show(Context context) {
        Status status = status(context.queryParam("status"));
        int number = PageNumber.parse("page", context.queryParam("page"));
        Page<EditorialItem<T>> page = status == null ? kind.queries().listAll(number, PAGE_SIZE)
                : kind.queries().list(status, number, PAGE_SIZE);
        String base = kind.listPath() + (status == null ? "?" : "?status=" + status.name() + "&");
        Map<String, Object> model = new HashMap<>();
        model.put("kind", kind.view());
        model.put("tabs", tabs(status));
        model.put("rows", page.items().stream().map(item -> Row.of(kind, item)).toList());
        model.put("statusLabel", status == null ? null : status.label());
        model.put("total", page.total());
        model.put("canWrite", StaffMember.current(context).can(CorePermissions.CONTENT_WRITE));
        model.put("pageNumber", page.number());
        model.put("pageCount", page.pageCount());
        model.put("previousUrl", number > 1 ? base + "page=" + (number - 1) : null);
        model.put("nextUrl", number < page.pageCount() ? base + "page=" + (number + 1) : null);
        context.render("admin/content/list.peb", model);
    }

    private List<Tab> tabs(Status current) {
        List<Tab> tabs = new ArrayList<>();
        long all = 0;
        for (Status status : Status.values()) {
            long count = kind.queries().count(status);
            all += count;
            tabs.add(new Tab(status.label(), kind.listPath() + "?status=" + status.name(), count, status == current));
        }
        tabs.add(0, new Tab(null, kind.listPath(), all, current == null));
        return tabs;
    }

    private static Status status(String parameter) {
        if (parameter == null || parameter.isBlank()) {
            return null;
        }
        return Arrays.stream(Status.values()).filter(status -> status.name().equals(parameter)).findFirst()
                .orElseThrow(() -> new InvalidRequestException("admin.content.error.status"));
    }

    /** A status with its count; {@code label} null for all of them. */
    public record Tab(String label, String url, long count, boolean current) {}

    /** One item in the list. */
    public record Row(String title, String url, String status, String updatedAt, String revisedBy,
            String publishAt) {
        static Row of(ContentKind<?> kind, EditorialItem<?> item) {
            return new Row(item.title(), kind.itemPath(item.slug()), item.status().label(),
                    ChineseDates.dateTime(item.updatedAt()), item.revisedBy(),
                    ChineseDates.dateTime(item.publishAt()));
        }
    }
}
