package org.gongshi.plugin.objections;

import static java.util.Objects.requireNonNull;

import io.javalin.http.Context;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

/** GET /objections/stats: the last twelve months in a table (for everyone, screen readers included) and a chart. */
final class StatsPage {
    private final Statistics statistics;
    private final Clock clock;

    StatsPage(Statistics statistics, Clock clock) {
        this.statistics = requireNonNull(statistics, "statistics");
        this.clock = requireNonNull(clock, "clock");
    }

    void show(Context context) {
        List<MonthFigures> months = statistics.lastMonths(LocalDate.ofInstant(clock.instant(), Procedure.BEIJING));
        context.header("Cache-Control", "public, max-age=300");
        context.render("objections/stats.peb", Map.of("months", months, "chart", Chart.of(months)));
    }
}
