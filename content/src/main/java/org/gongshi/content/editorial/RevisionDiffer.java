package org.gongshi.content.editorial;

import com.github.difflib.DiffUtils;
import com.github.difflib.patch.AbstractDelta;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/** Compares two revisions' snapshots field by field, and texts of several lines line by line (java-diff-utils). */
final class RevisionDiffer {
    private RevisionDiffer() {}

    static RevisionDiff diff(RevisionRows.StoredRevision from, RevisionRows.StoredRevision to) {
        Map<String, String> before = Snapshot.of(from.snapshot()).fields();
        Map<String, String> after = Snapshot.of(to.snapshot()).fields();
        Set<String> names = new LinkedHashSet<>(after.keySet());
        names.addAll(before.keySet());
        List<FieldDiff> changes = new ArrayList<>();
        for (String name : names) {
            String old = before.get(name);
            String now = after.get(name);
            if (!Objects.equals(old, now)) {
                List<DiffLine> lines = multiline(old) || multiline(now) ? lines(old, now) : List.of();
                changes.add(new FieldDiff(name, old, now, lines));
            }
        }
        return new RevisionDiff(from.summary(), to.summary(), changes);
    }

    /** Every line of both texts in reading order: kept ones once, each change as its deleted then inserted lines. */
    static List<DiffLine> lines(String before, String after) {
        List<String> old = lines(before);
        List<String> now = lines(after);
        List<DiffLine> lines = new ArrayList<>();
        int oldIndex = 0;
        int newIndex = 0;
        for (AbstractDelta<String> delta : DiffUtils.diff(old, now).getDeltas()) {
            for (; oldIndex < delta.getSource().getPosition(); oldIndex++, newIndex++) {
                lines.add(new DiffLine(LineChange.UNCHANGED, oldIndex + 1, newIndex + 1, old.get(oldIndex)));
            }
            for (String line : delta.getSource().getLines()) {
                lines.add(new DiffLine(LineChange.DELETED, ++oldIndex, null, line));
            }
            for (String line : delta.getTarget().getLines()) {
                lines.add(new DiffLine(LineChange.INSERTED, null, ++newIndex, line));
            }
        }
        for (; oldIndex < old.size(); oldIndex++, newIndex++) {
            lines.add(new DiffLine(LineChange.UNCHANGED, oldIndex + 1, newIndex + 1, old.get(oldIndex)));
        }
        return lines;
    }

    private static boolean multiline(String text) {
        return text != null && text.contains("\n");
    }

    private static List<String> lines(String text) {
        return text == null ? List.of() : text.lines().toList();
    }
}
