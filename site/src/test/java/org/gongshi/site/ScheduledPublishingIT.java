package org.gongshi.site;

import static org.gongshi.site.RunningSite.encode;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Optional;
import java.util.function.BooleanSupplier;
import org.gongshi.content.Status;
import org.gongshi.content.editorial.EditorialWorkflow;
import org.gongshi.content.policies.PolicyText;
import org.gongshi.content.policies.Validity;
import org.gongshi.content.testing.SettableClock;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A policy approved for time T is on no public surface at T − 1 s, and is on its page and in search once the
 * scheduled-publishing job runs at T, whether the server was running then or starts afterwards; archived, it is gone
 * again within a second.
 */
class ScheduledPublishingIT {
    private static final String SLUG = "scheduled-amber-dragonfly";
    private static final String WORD = "琥珀蜻蜓";
    private static final Instant T = Instant.now().truncatedTo(ChronoUnit.SECONDS).plus(Duration.ofHours(1));

    @TempDir
    Path data;

    @Test
    void aScheduledPolicyGoesLiveWhenTheJobRunsAtItsTime() throws InterruptedException {
        schedule(data, T);
        SettableClock clock = new SettableClock(T.minusSeconds(1));
        try (RunningSite site = RunningSite.startWithDemo(data, clock)) {
            assertEquals(0, site.server().scheduledPublishing().publishDue());
            assertNotPublic(site);

            clock.advance(Duration.ofSeconds(1));

            assertEquals(1, site.server().scheduledPublishing().publishDue());
            assertEquals(200, site.get("/policies/" + SLUG).statusCode());
            awaitTrue(() -> searchFinds(site), 1_000);

            Storage other = Storage.open(new DataDirectory(data), clock);
            other.policies().workflow().archive(SLUG, "李审核", "已被新文件取代");
            assertEquals(404, site.get("/policies/" + SLUG).statusCode());
            awaitTrue(() -> !searchFinds(site), 1_000);
            other.database().close();
        }
    }

    @Test
    void aPolicyThatFellDueWhileTheServerWasDownIsLiveAsSoonAsItIsBack() {
        schedule(data, T);
        try (RunningSite site = RunningSite.startWithDemo(data, new SettableClock(T.minusSeconds(1)))) {
            assertNotPublic(site);
        }

        try (RunningSite site = RunningSite.startWithDemo(data, new SettableClock(T.plus(Duration.ofMinutes(5))))) {
            assertEquals(200, site.get("/policies/" + SLUG).statusCode());
            assertTrue(searchFinds(site), "searchable once the site is ready");
            assertTrue(VisibleText.of(site.get("/policies").body()).contains("关于琥珀蜻蜓登记工作的通知"));
        }
    }

    /** Drafted, reviewed and approved for {@code publishAt} before the server starts, as staff would. */
    private static void schedule(Path data, Instant publishAt) {
        SettableClock dayBefore = new SettableClock(publishAt.minus(Duration.ofDays(1)));
        Storage storage = Storage.open(DataDirectory.prepare(data), dayBefore);
        EditorialWorkflow<PolicyText> workflow = storage.policies().workflow();
        workflow.saveDraft(new PolicyText(SLUG, "关于琥珀蜻蜓登记工作的通知", "测试市人民法院", "测法〔2024〕9号",
                LocalDate.of(2024, 3, 1), LocalDate.of(2024, 4, 1), Validity.CURRENT, null, List.of(),
                WORD + "登记自即日起施行。\n", Status.DRAFT, null, null), "张编辑", null);
        workflow.submitForReview(SLUG, "张编辑");
        assertEquals(Status.SCHEDULED, workflow.approve(SLUG, "李审核", Optional.of(publishAt)).status());
        storage.database().close();
    }

    private static void assertNotPublic(RunningSite site) {
        assertEquals(404, site.get("/policies/" + SLUG).statusCode());
        assertFalse(searchFinds(site));
        assertFalse(site.get("/policies").body().contains(SLUG));
    }

    private static boolean searchFinds(RunningSite site) {
        return site.get("/api/v1/search?q=" + encode(WORD)).body().contains("/policies/" + SLUG);
    }

    private static void awaitTrue(BooleanSupplier condition, long millis) throws InterruptedException {
        long deadline = System.nanoTime() + millis * 1_000_000;
        boolean met = condition.getAsBoolean();
        while (!met && System.nanoTime() < deadline) {
            Thread.sleep(25);
            met = condition.getAsBoolean();
        }
        assertTrue(met, "within " + millis + " ms");
    }
}
