package org.gongshi.content.editorial;

import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.gongshi.content.Status;
import org.gongshi.content.cases.CaseRepository;
import org.gongshi.content.cases.TypicalCase;
import org.gongshi.content.outbox.Outbox;
import org.gongshi.content.store.Database;
import org.gongshi.content.testing.SettableClock;
import org.gongshi.content.testing.Storage;

/** Typical cases in a migrated database on a hand-moved clock, the kind of content the workflow tests use. */
final class EditorialFixture {
    static final Instant START = Instant.parse("2026-03-01T08:00:00Z");
    static final String EDITOR = "张编辑";
    static final String REVIEWER = "李审核";

    final SettableClock clock = new SettableClock(START);
    final Database database;
    final Outbox outbox;
    final CaseRepository cases;
    final EditorialWorkflow<TypicalCase> workflow;
    final EditorialQueries<TypicalCase> queries;

    EditorialFixture(Path directory) {
        database = Storage.migrated(directory);
        outbox = new Outbox(database);
        cases = new CaseRepository(database, outbox, clock);
        workflow = cases.workflow();
        queries = cases.editorialQueries();
    }

    static TypicalCase draft(String slug, String facts) {
        return new TypicalCase(slug, "案例 " + slug, "昆明市中级人民法院", "（2023）云01执恢123号", "云南省昆明市",
                LocalDate.of(2023, 5, 31), "拒执犯罪", facts, "法院依法移送公安机关。", "彰显了司法权威。",
                List.of("拒执罪", "失信惩戒"), false, Status.DRAFT, null, null);
    }

    static TypicalCase withFacts(TypicalCase item, String facts) {
        return new TypicalCase(item.slug(), item.title(), item.court(), item.caseNumber(), item.region(), item.date(),
                item.category(), facts, item.enforcement(), item.significance(), item.tags(), item.featured(),
                item.status(), null, null);
    }

    /** A draft taken through review and approved for now: published. */
    EditorialItem<TypicalCase> published(String slug, String facts) {
        workflow.saveDraft(draft(slug, facts), EDITOR, null);
        workflow.submitForReview(slug, EDITOR);
        return workflow.approve(slug, REVIEWER, java.util.Optional.empty());
    }

    List<EditorialAction> actions(String slug) {
        return queries.revisions(slug).stream().map(RevisionSummary::action).toList();
    }
}
