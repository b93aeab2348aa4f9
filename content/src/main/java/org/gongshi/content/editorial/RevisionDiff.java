package org.gongshi.content.editorial;

import java.util.List;

/** What changed from revision {@code from} to revision {@code to}: the fields that differ, in column order. */
public record RevisionDiff(RevisionSummary from, RevisionSummary to, List<FieldDiff> changes) {
    public RevisionDiff {
        changes = List.copyOf(changes);
    }

    /** Both revisions hold the same content and status, e.g. a status change and its undoing. */
    public boolean identical() {
        return changes.isEmpty();
    }
}
