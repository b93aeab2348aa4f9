package org.gongshi.content.policies;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.gongshi.content.Link;
import org.gongshi.content.SaveResult;
import org.gongshi.content.Status;
import org.gongshi.content.outbox.Outbox;
import org.gongshi.content.outbox.OutboxEntry;
import org.gongshi.content.store.Database;
import org.gongshi.content.testing.SettableClock;
import org.gongshi.content.testing.Storage;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class PolicyRepositoryTest {
    private static final Instant START = Instant.parse("2026-03-01T08:00:00Z");

    @TempDir
    Path directory;

    private final SettableClock clock = new SettableClock(START);
    private Database database;
    private Outbox outbox;
    private PolicyRepository policies;

    @BeforeEach
    void openRepository() {
        database = Storage.migrated(directory);
        outbox = new Outbox(database);
        policies = new PolicyRepository(database, outbox, clock);
    }

    @Test
    void everyFieldSurvivesARoundTrip() {
        PolicyText saved = new PolicyText("yunfazhiwei-2022-2", "关于加强综合治理从源头切实解决执行难问题的实施意见",
                "中共云南省委全面依法治省委员会", "云法治委〔2022〕2号", LocalDate.of(2022, 3, 4),
                LocalDate.of(2022, 4, 1), Validity.AMENDED, "yunfazhiwei-2024-1",
                List.of(new Link("图解：实施意见", "/jiedu/tujie"), new Link("答记者问", "https://example.cn/a?b=1&c=2")),
                "## 一、总体要求\n\n坚持**依法治理**。", Status.PUBLISHED, null, null);

        assertEquals(SaveResult.CREATED, policies.save(saved));

        assertEquals(new PolicyTable().withTimestamps(saved, START, START),
                policies.find("yunfazhiwei-2022-2").orElseThrow());
        assertEquals(List.of(new OutboxEntry(1, "policy", "yunfazhiwei-2022-2")), outbox.after(0, 10));
    }

    @Test
    void optionalFieldsMayBeNull() {
        PolicyText sparse = new PolicyText("sparse", "只有标题", null, null, null, null, null, null, List.of(), null,
                Status.DRAFT, null, null);

        policies.save(sparse);

        assertEquals(new PolicyTable().withTimestamps(sparse, START, START), policies.find("sparse").orElseThrow());
    }

    @Test
    void identicalContentIsUnchangedAndAChangeIsAnUpdate() {
        policies.save(policy("rules", LocalDate.of(2022, 1, 1), Status.PUBLISHED, Validity.CURRENT));
        clock.advance(Duration.ofMinutes(5));

        assertEquals(SaveResult.UNCHANGED,
                policies.save(policy("rules", LocalDate.of(2022, 1, 1), Status.PUBLISHED, Validity.CURRENT)));
        assertEquals(1, outbox.lastSequence());

        assertEquals(SaveResult.UPDATED,
                policies.save(policy("rules", LocalDate.of(2022, 1, 1), Status.PUBLISHED, Validity.REPEALED)));
        PolicyText found = policies.find("rules").orElseThrow();
        assertEquals(Validity.REPEALED, found.validity());
        assertEquals(START, found.createdAt());
        assertEquals(START.plus(Duration.ofMinutes(5)), found.updatedAt());
        assertEquals(2, outbox.lastSequence());
    }

    @Test
    void undatedTextsAreOrderedByWhenTheyWereAdded() {
        policies.save(policy("dated-2020", LocalDate.of(2020, 1, 1), Status.PUBLISHED, Validity.CURRENT));
        policies.save(policy("undated-early", null, Status.PUBLISHED, Validity.CURRENT));
        clock.advance(Duration.ofDays(1));
        policies.save(policy("undated-late", null, Status.PUBLISHED, Validity.CURRENT));
        policies.save(policy("dated-2030", LocalDate.of(2030, 1, 1), Status.PUBLISHED, Validity.CURRENT));

        assertEquals(List.of("dated-2030", "undated-late", "undated-early", "dated-2020"),
                policies.listPublished(1, 10).items().stream().map(PolicyText::slug).toList());
    }

    @Test
    void draftsAreInvisibleToThePublic() {
        policies.save(policy("public", LocalDate.of(2022, 1, 1), Status.PUBLISHED, Validity.CURRENT));
        policies.save(policy("draft", LocalDate.of(2023, 1, 1), Status.DRAFT, Validity.CURRENT));

        assertEquals(Optional.empty(), policies.findPublished("draft"));
        assertEquals(List.of("public"), policies.listPublished(1, 10).items().stream().map(PolicyText::slug).toList());
        List<String> streamed = new ArrayList<>();
        policies.forEachPublished(policy -> streamed.add(policy.slug()));
        assertEquals(List.of("public"), streamed);
        assertEquals(1, policies.countPublished());
    }

    @Test
    void aPublishedTextCarriesTheSafeHtmlRenderedWhenItWasWrittenAndADraftHasNone() {
        policies.save(withBody(policy("rendered", null, Status.PUBLISHED, Validity.CURRENT),
                "# 总则\n\n**重点**<script>x</script>"));
        policies.save(withBody(policy("draft", null, Status.DRAFT, Validity.CURRENT), "草稿"));

        assertEquals("<h2>总则</h2>\n<p><strong>重点</strong></p>",
                policies.findRendered("rendered").orElseThrow().html("body").strip());
        assertEquals(Optional.empty(), policies.findRendered("draft"), "the public never reads drafts");
        assertEquals(0, policies.refreshRendered(), "nothing stale: every write rendered");
    }

    @Test
    void htmlRenderedByAnOlderPipelineOrByNoneIsRenderedAgain() {
        policies.save(withBody(policy("older", null, Status.PUBLISHED, Validity.CURRENT), "**新**"));
        database.inTransaction(connection -> connection.createStatement().executeUpdate(
                "UPDATE policy_text SET body_html = 'old', rendered_with = 0"));

        assertEquals(1, policies.refreshRendered());
        assertEquals("<p><strong>新</strong></p>", policies.findRendered("older").orElseThrow().html("body").strip());
    }

    @Test
    void aBadSlugIsRejected() {
        assertThrows(IllegalArgumentException.class,
                () -> policies.save(policy("Bad_Slug", null, Status.PUBLISHED, Validity.CURRENT)));
    }

    private static PolicyText withBody(PolicyText item, String body) {
        return new PolicyText(item.slug(), item.title(), item.issuer(), item.documentNumber(), item.writtenOn(),
                item.effectiveOn(), item.validity(), item.supersededBy(), item.interpretations(), body, item.status(),
                null, null);
    }

    private static PolicyText policy(String slug, LocalDate writtenOn, Status status, Validity validity) {
        return new PolicyText(slug, "政策 " + slug, "发布机关", null, writtenOn, null, validity, null, List.of(),
                "正文", status, null, null);
    }
}
