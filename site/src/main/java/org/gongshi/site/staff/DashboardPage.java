package org.gongshi.site.staff;

import static java.util.Objects.requireNonNull;

import io.javalin.http.Context;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;
import org.gongshi.plugin.DashboardCounter;
import org.gongshi.plugin.StaffMember;

/** GET /admin: the numbers of work waiting, each shown to whom it concerns and linking to where it is done. */
final class DashboardPage {
    private final Supplier<List<DashboardCounter>> counters;

    DashboardPage(Supplier<List<DashboardCounter>> counters) {
        this.counters = requireNonNull(counters, "counters");
    }

    void show(Context context) {
        StaffMember member = StaffMember.current(context);
        List<Figure> figures = counters.get().stream()
                .filter(counter -> member.can(counter.permission()))
                .map(counter -> new Figure(counter.label(), counter.link(), counter.count().getAsLong()))
                .toList();
        context.render("admin/dashboard.peb", Map.of("figures", figures,
                "passwordChanged", "changed".equals(context.queryParam("password"))));
    }

    /** One counter's value on this view. */
    public record Figure(String label, String link, long count) {}
}
