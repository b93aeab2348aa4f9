package org.gongshi.content.importing;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.regex.Pattern;
import org.gongshi.content.bulletins.StatisticsTable;

/** Reads a Markdown pipe table (header row, {@code |---|} row, data rows) into a {@link StatisticsTable}. */
final class StatisticsTables {
    private static final Pattern UNESCAPED_PIPE = Pattern.compile("(?<!\\\\)\\|");
    private static final Pattern DELIMITER_CELL = Pattern.compile(":?-+:?");

    private StatisticsTables() {}

    static StatisticsTable parse(String markdown) {
        List<String> lines = markdown.strip().lines().map(String::strip).toList();
        if (lines.size() < 2 || lines.stream().anyMatch(line -> !line.startsWith("|"))) {
            throw new ImportFailure("“统计数据”一节只能包含一张 Markdown 表格（表头行、|---| 分隔行、数据行）");
        }
        List<String> headers = cells(lines.get(0));
        if (!cells(lines.get(1)).stream().allMatch(cell -> DELIMITER_CELL.matcher(cell).matches())) {
            throw new ImportFailure("统计表第二行应是 |---|---| 形式的分隔行");
        }
        List<List<String>> rows = new ArrayList<>();
        for (int index = 2; index < lines.size(); index++) {
            List<String> row = cells(lines.get(index));
            if (row.size() != headers.size()) {
                throw new ImportFailure("统计表第 " + (index + 1) + " 行有 " + row.size() + " 格，表头有 "
                        + headers.size() + " 格");
            }
            rows.add(row);
        }
        return new StatisticsTable(headers, rows);
    }

    private static List<String> cells(String line) {
        String inner = line.substring(1, line.endsWith("|") && line.length() > 1 ? line.length() - 1 : line.length());
        return Arrays.stream(UNESCAPED_PIPE.split(inner, -1))
                .map(cell -> cell.strip().replace("\\|", "|"))
                .toList();
    }
}
