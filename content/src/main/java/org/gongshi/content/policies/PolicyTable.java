package org.gongshi.content.policies;

import com.fasterxml.jackson.core.type.TypeReference;
import java.sql.SQLException;
import java.time.Instant;
import java.util.List;
import org.gongshi.content.Link;
import org.gongshi.content.Status;
import org.gongshi.content.store.Column;
import org.gongshi.content.store.ContentTable;
import org.gongshi.content.store.RenderedField;
import org.gongshi.content.store.Row;

/** How a {@link PolicyText} maps onto the policy_text table. */
final class PolicyTable implements ContentTable<PolicyText> {
    private static final TypeReference<List<Link>> LINKS = new TypeReference<>() {};

    @Override
    public String table() {
        return "policy_text";
    }

    @Override
    public String outboxType() {
        return "policy";
    }

    @Override
    public String dateColumn() {
        return "written_on";
    }

    @Override
    public List<Column<PolicyText>> columns() {
        return List.of(
                Column.text("issuer", PolicyText::issuer),
                Column.text("document_number", PolicyText::documentNumber),
                Column.date("written_on", PolicyText::writtenOn),
                Column.date("effective_on", PolicyText::effectiveOn),
                Column.text("validity", policy -> policy.validity() == null ? null : policy.validity().name()),
                Column.text("superseded_by", PolicyText::supersededBy),
                Column.json("interpretations", PolicyText::interpretations),
                Column.text("body", PolicyText::body));
    }

    @Override
    public List<RenderedField<PolicyText>> renderedFields() {
        return List.of(new RenderedField<>("body", PolicyText::body, 2));
    }

    @Override
    public String slug(PolicyText item) {
        return item.slug();
    }

    @Override
    public String title(PolicyText item) {
        return item.title();
    }

    @Override
    public Status status(PolicyText item) {
        return item.status();
    }

    @Override
    public PolicyText withTimestamps(PolicyText item, Instant createdAt, Instant updatedAt) {
        return new PolicyText(item.slug(), item.title(), item.issuer(), item.documentNumber(), item.writtenOn(),
                item.effectiveOn(), item.validity(), item.supersededBy(), item.interpretations(), item.body(),
                item.status(), createdAt, updatedAt);
    }

    @Override
    public PolicyText read(Row row) throws SQLException {
        return new PolicyText(row.slug(), row.title(), row.text("issuer"), row.text("document_number"),
                row.date("written_on"), row.date("effective_on"), row.choice("validity", Validity.class),
                row.text("superseded_by"), row.json("interpretations", LINKS), row.text("body"), row.status(),
                row.createdAt(), row.updatedAt());
    }
}
