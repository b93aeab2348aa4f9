package org.gongshi.site;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.http.HttpResponse;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.gongshi.content.audit.AuditEntry;
import org.gongshi.content.audit.AuditFilter;
import org.gongshi.content.audit.AuditLog;
import org.gongshi.content.calendar.CalendarDay;
import org.gongshi.content.calendar.CalendarDays;
import org.gongshi.content.store.Database;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

class CalendarAdminIT {
    private static final String PASSWORD = "日历管理员的密码 correct horse";

    @RegisterExtension
    static final RunningSite site = RunningSite.withDemo();

    @BeforeAll
    static void accounts() {
        site.addStaff("calendar-admin", PASSWORD, "admin");
        site.addStaff("calendar-editor", PASSWORD, "editor");
    }

    @Test
    void anAdministratorSeesTheSeededYearAndAddsADay() {
        StaffClient admin = signedIn("calendar-admin");
        HttpResponse<String> page = admin.get("/admin/calendar?year=2026");
        assertEquals(200, page.statusCode());
        assertTrue(VisibleText.of(page.body()).contains("2026年10月10日 星期六"), "the make-up Saturday after National Day");
        assertTrue(page.body().contains("国庆节调休上班"));

        HttpResponse<String> saved = admin.post("/admin/calendar",
                Map.of("date", "2026-12-25", "kind", "HOLIDAY", "name", "临时放假"));

        assertEquals(303, saved.statusCode());
        assertEquals("/admin/calendar?year=2026&saved=2026-12-25", StaffClient.location(saved));
        HttpResponse<String> after = admin.get(StaffClient.location(saved));
        assertTrue(after.body().contains("已保存2026年12月25日的安排。"));
        assertTrue(after.body().contains("临时放假"));
        CalendarDay stored = storedIn(2026).stream().filter(day -> day.date().equals(LocalDate.of(2026, 12, 25)))
                .findFirst().orElseThrow();
        assertEquals("calendar-admin", stored.changedBy());
        assertTrue(audit().stream().anyMatch(entry -> entry.event().action().equals("calendar.set")
                && entry.event().actor().equals("calendar-admin") && entry.event().objectId().orElse("").equals("2026-12-25")));
    }

    @Test
    void aMeaninglessOrBadEntryIsExplainedInChineseAndChangesNothing() {
        StaffClient admin = signedIn("calendar-admin");
        admin.get("/admin/calendar?year=2026");
        List<CalendarDay> before = storedIn(2026);

        HttpResponse<String> weekend = admin.post("/admin/calendar",
                Map.of("date", "2026-11-28", "kind", "HOLIDAY", "name", "周末"));
        assertEquals(422, weekend.statusCode());
        assertTrue(weekend.body().contains("所选日期是周六或周日，本来就是休息日"), weekend.body());
        assertTrue(weekend.body().contains("value=\"2026-11-28\""), "the form comes back as it was sent");

        HttpResponse<String> longName = admin.post("/admin/calendar",
                Map.of("date", "2026-11-27", "kind", "HOLIDAY", "name", "很长".repeat(11)));
        assertEquals(422, longName.statusCode());
        assertTrue(longName.body().contains("名称最多 20 个字。"));

        HttpResponse<String> noDate = admin.post("/admin/calendar", Map.of("date", "2026-02-30", "kind", "HOLIDAY",
                "name", "假日"));
        assertEquals(422, noDate.statusCode());
        assertTrue(noDate.body().contains("请填写有效的日期"));

        assertEquals(before, storedIn(2026));
    }

    @Test
    void anEditorCanNeitherSeeNorChangeTheCalendar() {
        StaffClient editor = signedIn("calendar-editor");
        assertFalse(editor.get("/admin").body().contains("/admin/calendar"), "no menu entry");
        assertEquals(403, editor.get("/admin/calendar").statusCode());
        List<CalendarDay> before = storedIn(2026);

        HttpResponse<String> refused = editor.post("/admin/calendar",
                Map.of("date", "2026-12-24", "kind", "HOLIDAY", "name", "平安夜"));
        HttpResponse<String> removal = editor.post("/admin/calendar/remove", Map.of("date", "2026-10-10"));

        assertEquals(403, refused.statusCode());
        assertEquals(403, removal.statusCode());
        assertEquals(before, storedIn(2026));
    }

    private static StaffClient signedIn(String name) {
        StaffClient client = site.staffClient();
        assertEquals(303, client.signIn(name, PASSWORD).statusCode());
        client.get("/admin");
        return client;
    }

    private static List<CalendarDay> storedIn(int year) {
        try (Database database = open()) {
            Clock clock = Clock.systemUTC();
            return new CalendarDays(database, new AuditLog(database, clock), clock).inYear(year);
        }
    }

    private static List<AuditEntry> audit() {
        try (Database database = open()) {
            return new AuditLog(database, Clock.systemUTC()).list(AuditFilter.everything(), 1, 100).items();
        }
    }

    private static Database open() {
        return Database.open(DataDirectory.prepare(site.dataDirectory()).database());
    }
}
