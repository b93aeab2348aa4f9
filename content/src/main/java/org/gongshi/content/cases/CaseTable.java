package org.gongshi.content.cases;

import com.fasterxml.jackson.core.type.TypeReference;
import java.sql.SQLException;
import java.time.Instant;
import java.util.List;
import org.gongshi.content.Status;
import org.gongshi.content.store.Column;
import org.gongshi.content.store.ContentTable;
import org.gongshi.content.store.RenderedField;
import org.gongshi.content.store.Row;

/** How a {@link TypicalCase} maps onto the typical_case table. */
final class CaseTable implements ContentTable<TypicalCase> {
    private static final TypeReference<List<String>> TAGS = new TypeReference<>() {};

    @Override
    public String table() {
        return "typical_case";
    }

    @Override
    public String outboxType() {
        return "case";
    }

    @Override
    public String dateColumn() {
        return "case_date";
    }

    @Override
    public List<Column<TypicalCase>> columns() {
        return List.of(
                Column.text("court", TypicalCase::court),
                Column.text("case_number", TypicalCase::caseNumber),
                Column.text("region", TypicalCase::region),
                Column.date("case_date", TypicalCase::date),
                Column.text("category", TypicalCase::category),
                Column.text("facts", TypicalCase::facts),
                Column.text("enforcement", TypicalCase::enforcement),
                Column.text("significance", TypicalCase::significance),
                Column.json("tags", TypicalCase::tags),
                Column.flag("featured", TypicalCase::featured));
    }

    /** Each of the three texts is a section under its own h2 (基本案情 …), so its headings start at h3. */
    @Override
    public List<RenderedField<TypicalCase>> renderedFields() {
        return List.of(new RenderedField<>("facts", TypicalCase::facts, 3),
                new RenderedField<>("enforcement", TypicalCase::enforcement, 3),
                new RenderedField<>("significance", TypicalCase::significance, 3));
    }

    @Override
    public String slug(TypicalCase item) {
        return item.slug();
    }

    @Override
    public String title(TypicalCase item) {
        return item.title();
    }

    @Override
    public Status status(TypicalCase item) {
        return item.status();
    }

    @Override
    public TypicalCase withTimestamps(TypicalCase item, Instant createdAt, Instant updatedAt) {
        return new TypicalCase(item.slug(), item.title(), item.court(), item.caseNumber(), item.region(),
                item.date(), item.category(), item.facts(), item.enforcement(), item.significance(), item.tags(),
                item.featured(), item.status(), createdAt, updatedAt);
    }

    @Override
    public TypicalCase read(Row row) throws SQLException {
        return new TypicalCase(row.slug(), row.title(), row.text("court"), row.text("case_number"),
                row.text("region"), row.date("case_date"), row.text("category"), row.text("facts"),
                row.text("enforcement"), row.text("significance"), row.json("tags", TAGS), row.flag("featured"),
                row.status(), row.createdAt(), row.updatedAt());
    }
}
