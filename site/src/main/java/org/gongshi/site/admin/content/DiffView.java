package org.gongshi.site.admin.content;

import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import org.gongshi.content.editorial.DiffLine;
import org.gongshi.content.editorial.FieldDiff;
import org.gongshi.content.editorial.LineChange;
import org.gongshi.content.editorial.RevisionDiff;
import org.gongshi.content.editorial.RevisionSummary;
import org.gongshi.site.web.ChineseDates;
import org.gongshi.site.web.Messages;

/**
 * A comparison of two revisions as the diff page prints it: each changed field under its zh-CN label, long texts line
 * by line with a few unchanged lines around each change and the longer unchanged stretches folded away.
 */
public record DiffView(Side from, Side to, List<Change> changes) {
    /** Unchanged lines kept on each side of a change. */
    private static final int CONTEXT = 2;

    /** One of the two revisions compared. */
    public record Side(int number, String savedAt, String author, String action) {
        static Side of(RevisionSummary summary) {
            return new Side(summary.number(), ChineseDates.dateTime(summary.savedAt()), summary.author(),
                    summary.action().label());
        }
    }

    /** A changed field: before and after, and for a long text its lines. */
    public record Change(String field, String label, String before, String after, List<Line> lines) {
        public boolean byLine() {
            return !lines.isEmpty();
        }
    }

    /**
     * A line of a long text: {@code change} is UNCHANGED, INSERTED, DELETED, or FOLDED for {@code folded} unchanged
     * lines not shown.
     */
    public record Line(String change, Integer oldNumber, Integer newNumber, String text, int folded) {}

    static DiffView of(RevisionDiff diff, ItemForm<?> form, Messages messages) {
        List<Change> changes = diff.changes().stream().map(change -> new Change(change.field(),
                messages.get("admin.content.field." + change.field()), display(form, change.field(), change.before()),
                display(form, change.field(), change.after()), lines(change))).toList();
        return new DiffView(Side.of(diff.from()), Side.of(diff.to()), changes);
    }

    /** The publication time in Beijing time, as everywhere else on the back office; other fields as the form reads. */
    private static String display(ItemForm<?> form, String field, String stored) {
        if (PublishTime.FIELD.equals(field) && stored != null) {
            try {
                return ChineseDates.dateTime(Instant.parse(stored));
            } catch (DateTimeParseException e) {
                return stored;
            }
        }
        return form.display(field, stored);
    }

    private static List<Line> lines(FieldDiff change) {
        List<DiffLine> all = change.lines();
        List<Line> shown = new ArrayList<>();
        int folded = 0;
        for (int index = 0; index < all.size(); index++) {
            DiffLine line = all.get(index);
            if (line.change() == LineChange.UNCHANGED && !nearChange(all, index)) {
                folded++;
                continue;
            }
            if (folded > 0) {
                shown.add(new Line("FOLDED", null, null, "", folded));
                folded = 0;
            }
            shown.add(new Line(line.change().name(), line.oldNumber(), line.newNumber(), line.text(), 0));
        }
        if (folded > 0) {
            shown.add(new Line("FOLDED", null, null, "", folded));
        }
        return shown;
    }

    private static boolean nearChange(List<DiffLine> lines, int index) {
        for (int other = Math.max(0, index - CONTEXT); other <= Math.min(lines.size() - 1, index + CONTEXT); other++) {
            if (lines.get(other).change() != LineChange.UNCHANGED) {
                return true;
            }
        }
        return false;
    }
}
