package org.gongshi.plugin.objections;

import static java.util.Objects.requireNonNull;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.gongshi.plugin.PluginDatabase;

/**
 * The figures of /objections/stats, over the last twelve months, objections and credit repair requests together.
 * Only first decisions count: a reconsideration does not make a request decided twice.
 */
final class Statistics {
    static final int MONTHS = 12;

    private final PluginDatabase database;
    private final Deadlines deadlines;

    Statistics(PluginDatabase database, Deadlines deadlines) {
        this.database = requireNonNull(database, "database");
        this.deadlines = requireNonNull(deadlines, "deadlines");
    }

    List<MonthFigures> lastMonths(LocalDate today) {
        YearMonth last = YearMonth.from(today);
        YearMonth first = last.minusMonths(MONTHS - 1);
        Map<YearMonth, Tally> tallies = new TreeMap<>();
        for (YearMonth month = first; !month.isAfter(last); month = month.plusMonths(1)) {
            tallies.put(month, new Tally());
        }
        String from = first.atDay(1).toString();
        database.read(connection -> {
            try (PreparedStatement query = connection.prepareStatement("SELECT submitted_on, first_decided_on, "
                    + "first_decision, review_due_on FROM objections_objection WHERE submitted_on >= ? "
                    + "OR first_decided_on >= ?")) {
                query.setString(1, from);
                query.setString(2, from);
                try (ResultSet rows = query.executeQuery()) {
                    while (rows.next()) {
                        count(tallies, LocalDate.parse(rows.getString(1)), rows.getString(2), rows.getString(3),
                                rows.getString(4));
                    }
                }
            }
            return null;
        });
        List<MonthFigures> figures = new ArrayList<>();
        tallies.forEach((month, tally) -> figures.add(tally.figures(month)));
        return figures;
    }

    private void count(Map<YearMonth, Tally> tallies, LocalDate submittedOn, String decidedText, String decision,
            String reviewDueText) {
        Tally received = tallies.get(YearMonth.from(submittedOn));
        if (received != null) {
            received.received++;
        }
        if (decidedText == null) {
            return;
        }
        LocalDate decidedOn = LocalDate.parse(decidedText);
        Tally decided = tallies.get(YearMonth.from(decidedOn));
        if (decided == null) {
            return;
        }
        if (Action.valueOf(decision) == Action.UPHOLD) {
            decided.upheld++;
        } else {
            decided.rejected++;
        }
        decided.workingDays.add(deadlines.workingDaysBetween(submittedOn, decidedOn));
        if (reviewDueText != null && !decidedOn.isAfter(LocalDate.parse(reviewDueText))) {
            decided.withinDeadline++;
        }
    }

    /** A month's counts while they are being added up. */
    private static final class Tally {
        private int received;
        private int upheld;
        private int rejected;
        private int withinDeadline;
        private final List<Integer> workingDays = new ArrayList<>();

        MonthFigures figures(YearMonth month) {
            int decided = upheld + rejected;
            if (decided == 0) {
                return new MonthFigures(month, received, 0, 0, null, null);
            }
            List<Integer> sorted = workingDays.stream().sorted().toList();
            int middle = sorted.size() / 2;
            double median = sorted.size() % 2 == 1 ? sorted.get(middle)
                    : (sorted.get(middle - 1) + sorted.get(middle)) / 2.0;
            return new MonthFigures(month, received, upheld, rejected, median,
                    (int) Math.round(100.0 * withinDeadline / decided));
        }
    }
}
