package org.gongshi.site;

import static org.gongshi.site.RunningSite.encode;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** A name shared by more listings than a lookup serves: the demo's 2,994 listings hold over a thousand 示例. */
class ListingCountIT {
    private static final String SHARED = encode("示例");

    @RegisterExtension
    static final RunningSite site = RunningSite.withDemo();

    @Test
    void thePageSaysAtLeastAndPagesOnlyThroughTheRowsItServes() {
        String first = VisibleText.of(site.get("/listings?name=" + SHARED).body());
        assertTrue(first.contains("找到 1,000 条以上失信被执行人信息，可翻阅其中前 1,000 条"), first);
        assertTrue(first.contains("共 50 页"), first);
        assertEquals(200, site.get("/listings?name=" + SHARED + "&page=50").statusCode());
        assertEquals(404, site.get("/listings?name=" + SHARED + "&page=51").statusCode());
    }

    @Test
    void theApiSaysTheTotalIsALowerBound() {
        String body = site.get("/api/v1/listings?name=" + SHARED).body();
        assertTrue(body.startsWith("{\"total\":1000,\"totalIsLowerBound\":true,"), body);
    }
}
