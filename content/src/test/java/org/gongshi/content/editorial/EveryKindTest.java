package org.gongshi.content.editorial;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.gongshi.content.Link;
import org.gongshi.content.Status;
import org.gongshi.content.bulletins.Bulletin;
import org.gongshi.content.bulletins.BulletinRepository;
import org.gongshi.content.bulletins.StatisticsTable;
import org.gongshi.content.outbox.Outbox;
import org.gongshi.content.policies.PolicyRepository;
import org.gongshi.content.policies.PolicyText;
import org.gongshi.content.policies.Validity;
import org.gongshi.content.store.Database;
import org.gongshi.content.testing.SettableClock;
import org.gongshi.content.testing.Storage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Policies and bulletins go through the same workflow; their lists, tables and choices survive a restore. */
class EveryKindTest {
    @TempDir
    Path directory;

    @Test
    void aRestoredPolicyHasItsInterpretationsValidityAndDatesBack() {
        Database database = Storage.migrated(directory);
        PolicyRepository policies = new PolicyRepository(database, new Outbox(database),
                new SettableClock(EditorialFixture.START));
        EditorialWorkflow<PolicyText> workflow = policies.workflow();
        PolicyText original = new PolicyText("rules", "关于失信惩戒的若干规定", "最高人民法院", "法释〔2017〕7号",
                LocalDate.of(2017, 2, 28), LocalDate.of(2017, 5, 1), Validity.CURRENT, null,
                List.of(new Link("解读", "https://example.org/jiedu")), "第一条 ……\n第二条 ……\n", Status.DRAFT,
                null, null);
        workflow.saveDraft(original, "张编辑", null);
        workflow.saveDraft(new PolicyText("rules", "关于失信惩戒的若干规定（修订）", "最高人民法院", null, null, null,
                Validity.AMENDED, "rules-2024", List.of(), "第一条 已修订\n", Status.DRAFT, null, null), "张编辑", null);

        workflow.restore("rules", 1, "李审核");
        workflow.submitForReview("rules", "李审核");
        workflow.approve("rules", "李审核", Optional.empty());

        PolicyText restored = policies.findPublished("rules").orElseThrow();
        assertEquals(List.of(original.title(), original.documentNumber(), original.writtenOn(),
                original.effectiveOn(), original.validity(), original.interpretations(), original.body()),
                List.of(restored.title(), restored.documentNumber(), restored.writtenOn(), restored.effectiveOn(),
                        restored.validity(), restored.interpretations(), restored.body()));
        assertEquals(null, restored.supersededBy());
    }

    @Test
    void aBulletinRevisionKeepsItsStatisticsTable() {
        Database database = Storage.migrated(directory);
        BulletinRepository bulletins = new BulletinRepository(database, new Outbox(database),
                new SettableClock(EditorialFixture.START));
        StatisticsTable figures = new StatisticsTable(List.of("指标", "数量"),
                List.of(List.of("新收执行案件", "1,234"), List.of("执结", "1,100")));
        Bulletin bulletin = new Bulletin("q1", "2026年第一季度执行工作通报", "某中级人民法院", "2026年第一季度",
                LocalDate.of(2026, 4, 10), "本季度……\n", figures, Status.DRAFT, null, null);
        bulletins.workflow().saveDraft(bulletin, "张编辑", null);

        Bulletin kept = bulletins.editorialQueries().revision("q1", 1).orElseThrow().item();

        assertEquals(figures, kept.statistics());
        assertEquals(bulletins.find("q1").orElseThrow(), kept);
    }
}
