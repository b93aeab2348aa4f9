package org.gongshi.site.admin.content;

import static org.gongshi.site.admin.content.FormField.Type.DATE;
import static org.gongshi.site.admin.content.FormField.Type.LINES;
import static org.gongshi.site.admin.content.FormField.Type.MARKDOWN;
import static org.gongshi.site.admin.content.FormField.Type.TEXT;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import org.gongshi.content.Status;
import org.gongshi.content.bulletins.Bulletin;
import org.gongshi.content.bulletins.StatisticsTable;

/** The form of a progress bulletin: who, which period, the Markdown body and the optional table of figures. */
final class BulletinForm implements ItemForm<Bulletin> {
    /** Cells of a table row are separated by a bar, as in a Markdown table, or by tabs pasted from a spreadsheet. */
    private static final String CELLS = "\\s*[|\\t]\\s*";

    private static final List<FormField> FIELDS = List.of(
            FormField.of("title", TEXT).mandatory(),
            FormField.of("issuing_unit", TEXT).mandatory(),
            FormField.of("period", TEXT).hinted(),
            FormField.of("bulletin_date", DATE).mandatory(),
            FormField.of("body", MARKDOWN).mandatory(),
            FormField.of("statistics", LINES).hinted());

    @Override
    public List<FormField> fields() {
        return FIELDS;
    }

    @Override
    public Map<String, String> values(Bulletin item) {
        List<String> table = new ArrayList<>();
        if (item.statistics() != null) {
            table.add(String.join(" | ", item.statistics().headers()));
            item.statistics().rows().forEach(row -> table.add(String.join(" | ", row)));
        }
        return new FormValues().text("title", item.title()).text("issuing_unit", item.issuingUnit())
                .text("period", item.period()).date("bulletin_date", item.date()).text("body", item.body())
                .lines("statistics", table).build();
    }

    @Override
    public Bulletin read(String slug, FieldReader fields) {
        return new Bulletin(slug, fields.text("title"), fields.text("issuing_unit"), fields.text("period"),
                fields.date("bulletin_date"), fields.block("body"), statistics(fields), Status.DRAFT, null, null);
    }

    /** The first line names the columns, each further line is a row of as many cells; no lines, no table. */
    private static StatisticsTable statistics(FieldReader fields) {
        List<List<String>> lines = fields.lines("statistics").stream()
                .filter(line -> !line.matches("[|:\\-\\s]+")) // a Markdown table's rule under its header
                .map(line -> Arrays.asList(line.replaceAll("^\\|\\s*|\\s*\\|$", "").split(CELLS, -1)))
                .toList();
        if (lines.isEmpty()) {
            return null;
        }
        List<String> headers = lines.get(0);
        for (int row = 1; row < lines.size(); row++) {
            if (lines.get(row).size() != headers.size()) {
                return fields.refuse("statistics", "admin.content.error.tableRow", row + 1, lines.get(row).size(),
                        headers.size());
            }
        }
        return new StatisticsTable(headers, lines.subList(1, lines.size()));
    }
}
