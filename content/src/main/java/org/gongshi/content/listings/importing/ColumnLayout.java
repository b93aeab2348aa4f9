package org.gongshi.content.listings.importing;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

/** Which column of the file holds which {@link ListingColumn}, read from a header row or the first JSON object. */
final class ColumnLayout {
    private static final Set<ListingColumn> REQUIRED = EnumSet.of(ListingColumn.NAME, ListingColumn.CASE_NUMBER);

    private final ListingColumn[] columns;
    private final List<String> unknown;

    private ColumnLayout(ListingColumn[] columns, List<String> unknown) {
        this.columns = columns;
        this.unknown = unknown;
    }

    /** The layout of {@code headers}; fails the file when a required column is missing. */
    static ColumnLayout of(List<String> headers) {
        ListingColumn[] columns = new ListingColumn[headers.size()];
        List<String> unknown = new ArrayList<>();
        Set<ListingColumn> seen = EnumSet.noneOf(ListingColumn.class);
        for (int i = 0; i < headers.size(); i++) {
            String header = headers.get(i);
            ListingColumn column = ListingColumn.named(header).orElse(null);
            if (column == null || !seen.add(column)) {
                if (!header.isBlank()) {
                    unknown.add(header.strip());
                }
            } else {
                columns[i] = column;
            }
        }
        if (seen.isEmpty()) {
            throw new ListingImportException("没有可识别的表头：第一行应是列名，如“被执行人姓名/名称”“案号”");
        }
        for (ListingColumn column : REQUIRED) {
            if (!seen.contains(column)) {
                throw new ListingImportException("缺少必需的列“" + column.label() + "”");
            }
        }
        return new ColumnLayout(columns, List.copyOf(unknown));
    }

    int width() {
        return columns.length;
    }

    /** The column at {@code index}, or null for a column this importer does not read. */
    ListingColumn at(int index) {
        return columns[index];
    }

    /** Header cells that name no known column (or repeat one), reported once as a warning. */
    List<String> unknown() {
        return unknown;
    }
}
