package org.gongshi.site;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.http.HttpResponse;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** The statistics of a site that has received no objection yet: the demo's. */
class ObjectionStatisticsIT {
    @RegisterExtension
    static final RunningSite site = RunningSite.withDemo();

    @Test
    void withNothingReceivedThePageSaysSoInsteadOfDrawingEmptyBars() {
        HttpResponse<String> stats = site.get("/objections/stats");
        assertEquals(200, stats.statusCode());
        assertTrue(stats.body().contains("暂无数据：近 12 个月没有收到或决定的申请。"), stats.body());
        assertFalse(stats.body().contains("<svg class=\"chart\""), "no empty chart");
        assertTrue(stats.body().contains("<caption id=\"stats-caption\">"), "the table is still there");
    }
}
