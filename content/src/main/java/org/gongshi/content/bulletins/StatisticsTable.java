package org.gongshi.content.bulletins;

import java.util.List;

/** The optional figures of a progress bulletin: a header row and data rows of the same width. */
public record StatisticsTable(List<String> headers, List<List<String>> rows) {
    public StatisticsTable {
        headers = List.copyOf(headers);
        rows = rows.stream().map(List::copyOf).toList();
        for (List<String> row : rows) {
            if (row.size() != headers.size()) {
                throw new IllegalArgumentException(
                        "statistics row has " + row.size() + " cells, the header has " + headers.size());
            }
        }
    }
}
