package org.gongshi.site.admin.audit;

import static java.util.Objects.requireNonNull;

import io.javalin.http.Context;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import org.gongshi.content.Page;
import org.gongshi.content.audit.AuditEntry;
import org.gongshi.content.audit.AuditEvent;
import org.gongshi.content.audit.AuditFilter;
import org.gongshi.content.audit.AuditLog;
import org.gongshi.site.web.ChineseDates;
import org.gongshi.site.web.PageNotFoundException;
import org.gongshi.site.web.PageNumber;

/**
 * GET /admin/audit: the audit log, newest first, a page at a time, filtered by actor, action and object (exact
 * values, kept in the form and the page links). Read only: the log refuses changes, and this page offers none.
 */
final class AuditPage {
    static final int PAGE_SIZE = 50;
    private static final List<String> FILTERS = List.of("actor", "action", "objectType", "objectId");
    private static final int MAX_FILTER_LENGTH = 200;

    private final AuditLog log;

    AuditPage(AuditLog log) {
        this.log = requireNonNull(log, "log");
    }

    void show(Context context) {
        Map<String, String> form = new LinkedHashMap<>();
        for (String name : FILTERS) {
            String value = Optional.ofNullable(context.queryParam(name)).orElse("").strip();
            form.put(name, value.length() > MAX_FILTER_LENGTH ? value.substring(0, MAX_FILTER_LENGTH) : value);
        }
        int number = PageNumber.parse("page", context.queryParam("page"));
        AuditFilter filter = new AuditFilter(present(form.get("actor")), present(form.get("action")),
                present(form.get("objectType")), present(form.get("objectId")));
        Page<AuditEntry> page = log.list(filter, number, PAGE_SIZE);
        if (number > 1 && page.items().isEmpty()) {
            throw new PageNotFoundException("audit page " + number);
        }
        Map<String, Object> model = new HashMap<>();
        model.put("form", form);
        model.put("entries", page.items().stream().map(Row::of).toList());
        model.put("total", page.total());
        model.put("pageNumber", page.number());
        model.put("pageCount", page.pageCount());
        if (number > 1) {
            model.put("previousUrl", link(form, number - 1));
        }
        if (number < page.pageCount()) {
            model.put("nextUrl", link(form, number + 1));
        }
        context.render("admin/audit/audit.peb", model);
    }

    private static Optional<String> present(String value) {
        return value.isEmpty() ? Optional.empty() : Optional.of(value);
    }

    private static String link(Map<String, String> form, int page) {
        String filters = form.entrySet().stream().filter(entry -> !entry.getValue().isEmpty())
                .map(entry -> entry.getKey() + "=" + URLEncoder.encode(entry.getValue(), StandardCharsets.UTF_8))
                .collect(Collectors.joining("&"));
        return "/admin/audit?" + (filters.isEmpty() ? "" : filters + "&") + "page=" + page;
    }

    /** One entry as the table shows it, its time in Beijing time. */
    public record Row(String at, String isoAt, String actor, String action, String objectType, String objectId,
            String client, String detail) {
        static Row of(AuditEntry entry) {
            AuditEvent event = entry.event();
            return new Row(ChineseDates.dateTime(entry.occurredAt()), entry.occurredAt().toString(), event.actor(),
                    event.action(), event.objectType().orElse(""), event.objectId().orElse(""),
                    event.client().orElse(""), event.detail().orElse(""));
        }
    }
}
