package org.gongshi.site;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.http.HttpResponse;
import java.util.regex.Pattern;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** An administrator reads the audit log, newest first, filtered, with Beijing times; nothing on it can be changed. */
class AuditViewerIT {
    private static final String PASSWORD = "后台测试密码 audit";
    private static final Pattern BEIJING_TIME = Pattern.compile("\\d{4}年\\d{1,2}月\\d{1,2}日 \\d{2}:\\d{2}");

    @RegisterExtension
    static final RunningSite site = RunningSite.withDemo();

    @BeforeAll
    static void accounts() {
        site.addStaff("auditor", PASSWORD, "admin");
        site.addStaff("writer", PASSWORD, "editor");
    }

    @Test
    void theLogFiltersByActorAndActionAndKeepsTheFilterInTheForm() {
        StaffClient writer = signedIn("writer");
        assertEquals(403, writer.get("/admin/audit").statusCode(), "an editor may not read the log");
        StaffClient auditor = signedIn("auditor");

        HttpResponse<String> filtered = auditor.get("/admin/audit?actor=writer&action=access.denied");
        String all = VisibleText.of(auditor.get("/admin/audit").body());

        assertEquals(200, filtered.statusCode());
        String text = VisibleText.of(filtered.body());
        assertTrue(text.contains("共 1 条记录") && text.contains("GET /admin/audit"), text);
        String rows = filtered.body().replaceAll("(?s).*<tbody>(.*)</tbody>.*", "$1");
        assertFalse(rows.contains("auditor"), "only the writer's entries: " + rows);
        assertTrue(filtered.body().contains("name=\"actor\" type=\"text\" value=\"writer\""), filtered.body());
        assertTrue(BEIJING_TIME.matcher(text).find(), text);
        String newest = all.substring(all.indexOf("共 "));
        assertTrue(newest.indexOf("auditor") < newest.indexOf("writer"), "newest first: the auditor signed in last: "
                + newest);
        assertFalse(filtered.body().replace("action=\"/admin/logout\" method=\"post\"", "")
                .contains("method=\"post\""), "nothing on the page changes the log");
    }

    @Test
    void aBadPageNumberIsABadRequest() {
        assertEquals(400, signedIn("auditor").get("/admin/audit?page=0").statusCode());
    }

    private static StaffClient signedIn(String name) {
        StaffClient client = site.staffClient();
        assertEquals(303, client.signIn(name, PASSWORD).statusCode());
        client.get("/admin");
        return client;
    }
}
