package org.gongshi.site.admin.content;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.gongshi.content.Status;
import org.gongshi.content.editorial.DiffLine;
import org.gongshi.content.editorial.EditorialAction;
import org.gongshi.content.editorial.FieldDiff;
import org.gongshi.content.editorial.LineChange;
import org.gongshi.content.editorial.RevisionDiff;
import org.gongshi.content.editorial.RevisionSummary;
import org.gongshi.site.web.Messages;
import org.junit.jupiter.api.Test;

/** A long text's change is shown with two lines around it, the unchanged stretches folded, labels in zh-CN. */
class DiffViewTest {
    @Test
    void unchangedStretchesAreFoldedAroundAChange() {
        List<DiffLine> lines = new ArrayList<>();
        for (int number = 1; number <= 10; number++) {
            lines.add(new DiffLine(LineChange.UNCHANGED, number, number, "第" + number + "行"));
        }
        lines.add(5, new DiffLine(LineChange.DELETED, 6, null, "旧的第6行"));
        lines.set(6, new DiffLine(LineChange.INSERTED, null, 6, "新的第6行"));
        RevisionDiff diff = new RevisionDiff(summary(1), summary(2), List.of(
                new FieldDiff("body", "…", "…", lines),
                new FieldDiff("publish_at", null, "2026-11-22T02:15:00Z", List.of()),
                new FieldDiff("validity", "CURRENT", "REPEALED", List.of())));

        DiffView view = DiffView.of(diff, new PolicyForm(), new Messages());

        List<String> shown = view.changes().get(0).lines().stream()
                .map(line -> line.change() + (line.folded() > 0 ? " " + line.folded() : " " + line.text())).toList();
        assertEquals(List.of("FOLDED 3", "UNCHANGED 第4行", "UNCHANGED 第5行", "DELETED 旧的第6行", "INSERTED 新的第6行",
                "UNCHANGED 第7行", "UNCHANGED 第8行", "FOLDED 2"), shown);
        assertEquals("正文", view.changes().get(0).label());
        assertEquals("2026年11月22日 10:15", view.changes().get(1).after(), "publication times in Beijing time");
        assertEquals("现行有效", view.changes().get(2).before());
        assertEquals("已废止", view.changes().get(2).after());
    }

    private static RevisionSummary summary(int number) {
        return new RevisionSummary("wenjian", number, Instant.parse("2026-11-22T02:15:00Z"), "编辑甲",
                EditorialAction.EDIT, Status.DRAFT, null);
    }
}
