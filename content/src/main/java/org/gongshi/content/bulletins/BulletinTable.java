package org.gongshi.content.bulletins;

import com.fasterxml.jackson.core.type.TypeReference;
import java.sql.SQLException;
import java.time.Instant;
import java.util.List;
import org.gongshi.content.Status;
import org.gongshi.content.store.Column;
import org.gongshi.content.store.ContentTable;
import org.gongshi.content.store.RenderedField;
import org.gongshi.content.store.Row;

/** How a {@link Bulletin} maps onto the bulletin table. */
final class BulletinTable implements ContentTable<Bulletin> {
    private static final TypeReference<StatisticsTable> STATISTICS = new TypeReference<>() {};

    @Override
    public String table() {
        return "bulletin";
    }

    @Override
    public String outboxType() {
        return "bulletin";
    }

    @Override
    public String dateColumn() {
        return "bulletin_date";
    }

    @Override
    public List<Column<Bulletin>> columns() {
        return List.of(
                Column.text("issuing_unit", Bulletin::issuingUnit),
                Column.text("period", Bulletin::period),
                Column.date("bulletin_date", Bulletin::date),
                Column.text("body", Bulletin::body),
                Column.json("statistics", Bulletin::statistics));
    }

    @Override
    public List<RenderedField<Bulletin>> renderedFields() {
        return List.of(new RenderedField<>("body", Bulletin::body, 2));
    }

    @Override
    public String slug(Bulletin item) {
        return item.slug();
    }

    @Override
    public String title(Bulletin item) {
        return item.title();
    }

    @Override
    public Status status(Bulletin item) {
        return item.status();
    }

    @Override
    public Bulletin withTimestamps(Bulletin item, Instant createdAt, Instant updatedAt) {
        return new Bulletin(item.slug(), item.title(), item.issuingUnit(), item.period(), item.date(), item.body(),
                item.statistics(), item.status(), createdAt, updatedAt);
    }

    @Override
    public Bulletin read(Row row) throws SQLException {
        return new Bulletin(row.slug(), row.title(), row.text("issuing_unit"), row.text("period"),
                row.date("bulletin_date"), row.text("body"), row.json("statistics", STATISTICS), row.status(),
                row.createdAt(), row.updatedAt());
    }
}
