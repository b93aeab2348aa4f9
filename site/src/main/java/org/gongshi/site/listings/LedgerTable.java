package org.gongshi.site.listings;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Function;
import org.gongshi.content.listings.LedgerRow;
import org.gongshi.site.web.Messages;

/**
 * One ledger table: the cells of {@link LedgerRow} summed by one dimension (province, kind or rectification), in the
 * given order (unknown last), with a total line. Amounts are printed in yuan with two decimals.
 */
record LedgerTable(String caption, String dimension, List<Line> lines, Line total) {
    static <K> LedgerTable of(String caption, String dimension, Collection<LedgerRow> rows,
            Function<LedgerRow, K> key, Comparator<K> order, Function<K, String> label, Messages messages) {
        Map<K, Sum> sums = new TreeMap<>(Comparator.nullsLast(order));
        Sum total = new Sum();
        for (LedgerRow row : rows) {
            sums.computeIfAbsent(key.apply(row), ignored -> new Sum()).add(row);
            total.add(row);
        }
        List<Line> lines = new ArrayList<>();
        sums.forEach((k, sum) -> lines.add(sum.line(label.apply(k))));
        return new LedgerTable(caption, dimension, lines, total.line(messages.get("government.total")));
    }

    /** {@code unperformed} is formatted, e.g. 1,234.50. */
    record Line(String label, long listings, String unperformed) {}

    private static final class Sum {
        private long listings;
        private BigDecimal unperformed = BigDecimal.ZERO;

        void add(LedgerRow row) {
            listings += row.listings();
            unperformed = unperformed.add(row.unperformed() == null ? BigDecimal.ZERO : row.unperformed());
        }

        Line line(String label) {
            return new Line(label, listings, Amounts.format(unperformed));
        }
    }
}
