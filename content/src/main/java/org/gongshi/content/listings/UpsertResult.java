package org.gongshi.content.listings;

import java.util.List;
import java.util.Objects;

/** One entry per row of the batch, in the batch's order: the listing's public id and what happened to it. */
public record UpsertResult(List<Row> rows) {
    public record Row(String id, UpsertOutcome outcome) {
        public Row {
            Objects.requireNonNull(id, "id");
            Objects.requireNonNull(outcome, "outcome");
        }
    }

    public UpsertResult {
        rows = List.copyOf(rows);
    }

    public long count(UpsertOutcome outcome) {
        Objects.requireNonNull(outcome, "outcome");
        return rows.stream().filter(row -> row.outcome() == outcome).count();
    }
}
