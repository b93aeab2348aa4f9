package org.gongshi.site;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import org.gongshi.content.Status;
import org.gongshi.content.outbox.Outbox;
import org.gongshi.content.policies.PolicyRepository;
import org.gongshi.content.policies.PolicyText;
import org.gongshi.content.policies.Validity;
import org.gongshi.content.store.Database;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Content written by another process (here: its own Database over the same file) shows up in search quickly. */
class LiveIndexingIT {
    @TempDir
    Path data;

    @Test
    void aPolicySavedElsewhereBecomesSearchableWithinASecond() throws InterruptedException {
        try (RunningSite site = RunningSite.startWithDemo(data)) {
            Database other = Database.open(data.resolve("gongshi.db"));
            PolicyRepository policies = new PolicyRepository(other, new Outbox(other));
            policies.save(new PolicyText("live-indexing-check", "关于琥珀蜻蜓登记工作的通知", "测试市人民法院",
                    "测法〔2024〕7号", LocalDate.of(2024, 3, 1), LocalDate.of(2024, 4, 1), Validity.CURRENT, null,
                    List.of(), "琥珀蜻蜓登记自即日起施行。", Status.PUBLISHED, null, null));

            long deadline = System.nanoTime() + 1_000_000_000L;
            String body = "";
            while (System.nanoTime() < deadline && !body.contains("live-indexing-check")) {
                body = site.get("/api/v1/search?q=" + RunningSite.encode("琥珀蜻蜓")).body();
                Thread.sleep(25);
            }
            assertTrue(body.contains("/policies/live-indexing-check"), "searchable within a second: " + body);
            assertEquals(200, site.get("/policies/live-indexing-check").statusCode());
        }
    }
}
