package org.gongshi.site;

import static org.gongshi.site.ListingFixture.BUREAU;
import static org.gongshi.site.ListingFixture.ENTERPRISE;
import static org.gongshi.site.ListingFixture.HOSPITAL;
import static org.gongshi.site.ListingFixture.PERSON;
import static org.gongshi.site.RunningSite.encode;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.net.http.HttpResponse;
import java.time.Clock;
import java.util.List;
import java.util.Map;
import java.util.function.BooleanSupplier;
import org.gongshi.content.listings.HistoryEntry;
import org.gongshi.content.listings.Listing;
import org.gongshi.content.listings.ListingRepository;
import org.gongshi.content.listings.ListingStatus;
import org.gongshi.content.outbox.Outbox;
import org.gongshi.content.store.Database;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** Staff act on listings from the back office; the public list follows within a second and the audit log says who. */
class BackOfficeListingsIT {
    private static final String PASSWORD = "后台测试密码 listings";

    static Map<String, String> ids;

    @RegisterExtension
    static final RunningSite site = RunningSite.withDemo(data -> ids = ListingFixture.load(data));

    @BeforeAll
    static void accounts() {
        site.addStaff("editor2", PASSWORD, "editor");
        site.addStaff("reviewer2", PASSWORD, "reviewer");
        site.addStaff("admin2", PASSWORD, "admin");
    }

    @Test
    void anEditorMayNotActOnListingsAndTheRefusalIsAudited() {
        StaffClient editor = signedIn("editor2");
        String id = ids.get(ENTERPRISE);

        assertEquals(403, editor.get("/admin/listings/" + id).statusCode());
        HttpResponse<String> delete = editor.post("/admin/listings/" + id + "/delete",
                Map.of("ground", "PERFORMED", "reason", "已履行"));

        assertEquals(403, delete.statusCode());
        assertTrue(VisibleText.of(delete.body()).contains("没有进行此操作的权限"), delete.body());
        assertEquals(ListingStatus.PUBLISHED, listing(id).status());
        String audit = signedIn("admin2").get("/admin/audit?actor=editor2&action=access.denied").body();
        assertTrue(audit.contains("/admin/listings/" + id + "/delete"), audit);
    }

    @Test
    void aReviewerDeletesOnAGroundAndThePublicApiDropsItWithinASecond() throws InterruptedException {
        StaffClient reviewer = signedIn("reviewer2");
        String id = ids.get(BUREAU);
        String api = "/api/v1/listings?name=" + encode(BUREAU);
        assertTrue(site.get(api).body().contains(id));
        String page = reviewer.get("/admin/listings/" + id).body();
        assertTrue(page.contains("琥珀县人民政府") && page.contains("删除该条目"), page);

        HttpResponse<String> deleted = reviewer.post("/admin/listings/" + id + "/delete",
                Map.of("ground", "PERFORMED", "reason", "执行款已全部到账"));
        long deletedAt = System.nanoTime();

        assertEquals(303, deleted.statusCode(), deleted.body());
        awaitTrue(() -> !site.get(api).body().contains(id), 1_000 - (System.nanoTime() - deletedAt) / 1_000_000);
        assertEquals(410, site.get("/listings/" + id).statusCode());
        String result = VisibleText.of(reviewer.get(location(deleted)).body());
        assertTrue(result.contains("已删除，不再公示") && result.contains("状态：已删除"), result);
        assertTrue(result.contains("被执行人已履行义务或人民法院已执行完毕") && result.contains("reviewer2"), result);
        HistoryEntry last = last(id);
        assertEquals("reviewer2", last.actor());
        assertEquals("执行款已全部到账", last.reason());

        String audit = VisibleText.of(signedIn("admin2").get("/admin/audit?objectType=listing&objectId=" + id).body());
        assertTrue(audit.contains("reviewer2") && audit.contains("listing.delete"), audit);
        assertTrue(audit.contains("已发布 → 已删除") && audit.contains("被执行人已履行义务"), audit);
        assertFalse(audit.contains(BUREAU) || audit.contains("执行款已全部到账"),
                "the audit log names the listing by id only, and keeps no free text: " + audit);
    }

    @Test
    void anIllegalTransitionIsExplainedInChineseAndChangesNothing() {
        StaffClient reviewer = signedIn("reviewer2");
        String id = ids.get(HOSPITAL);
        assertEquals(303, reviewer.post("/admin/listings/" + id + "/revoke", Map.of("reason", "不符合纳入条件"))
                .statusCode());
        int versions = history(id).size();

        HttpResponse<String> again = reviewer.post("/admin/listings/" + id + "/revoke",
                Map.of("reason", "再次撤销"));
        HttpResponse<String> deleteRevoked = reviewer.post("/admin/listings/" + id + "/delete",
                Map.of("ground", "PERFORMED", "reason", "已履行"));

        assertEquals(409, again.statusCode());
        assertTrue(VisibleText.of(again.body()).contains("当前状态为“已撤销”，不能撤销"), again.body());
        assertEquals(409, deleteRevoked.statusCode());
        assertTrue(VisibleText.of(deleteRevoked.body()).contains("不能删除"), deleteRevoked.body());
        assertEquals(versions, history(id).size());
        assertEquals(ListingStatus.REVOKED, listing(id).status());
    }

    @Test
    void aMissingReasonOrGroundIsAskedForAndChangesNothing() {
        StaffClient reviewer = signedIn("reviewer2");
        String id = ids.get(PERSON);

        HttpResponse<String> noReason = reviewer.post("/admin/listings/" + id + "/revoke", Map.of("reason", " "));
        HttpResponse<String> noGround = reviewer.post("/admin/listings/" + id + "/delete", Map.of("reason", "已履行"));

        assertEquals(422, noReason.statusCode());
        assertTrue(VisibleText.of(noReason.body()).contains("请填写理由"), noReason.body());
        assertEquals(422, noGround.statusCode());
        assertTrue(VisibleText.of(noGround.body()).contains("请选择删除事由"), noGround.body());
        assertEquals(ListingStatus.PUBLISHED, listing(id).status());
        assertTrue(noReason.body().contains("1101051949****002X"), "staff see the identifier masked");
        assertFalse(noReason.body().contains(ListingFixture.PERSON_ID), "and never in full");
    }

    @Test
    void aCorrectionChangesOnlyTheFieldsEditedAndAWrongValueIsExplained() throws InterruptedException {
        StaffClient reviewer = signedIn("reviewer2");
        String id = ids.get(ENTERPRISE);
        Map<String, String> form = CorrectionFormFields.of(reviewer.get("/admin/listings/" + id).body());
        assertEquals("8000.00", form.get("unperformedAmount"), form.toString());

        form.put("reason", "金额录入错误");
        for (String wrongAmount : List.of("八千元", "1E+999999999", "-1", "123456789012345678901234567890")) {
            form.put("unperformedAmount", wrongAmount);
            HttpResponse<String> wrong = reviewer.post("/admin/listings/" + id + "/correct", form);
            assertEquals(422, wrong.statusCode(), wrongAmount);
            assertTrue(VisibleText.of(wrong.body()).contains("金额须为不小于 0、不超过 9,999,999,999,999.99 元的数字"),
                    wrong.body());
        }

        form.put("unperformedAmount", "6500.5");
        HttpResponse<String> corrected = reviewer.post("/admin/listings/" + id + "/correct", form);
        assertEquals(303, corrected.statusCode(), corrected.body());
        Listing after = listing(id);
        assertEquals(ListingStatus.CORRECTED, after.status());
        assertEquals(new BigDecimal("6500.50"), after.enforcement().unperformedAmount());
        assertEquals(List.of("unperformed_fen"), last(id).changedFields());
        awaitTrue(() -> VisibleText.of(site.get("/listings/" + id).body()).contains("6,500.50"), 1_000);
    }

    @Test
    void aListingIsFoundByCaseNumberWhateverItsStatusAndByNameWhenOnShow() {
        StaffClient reviewer = signedIn("reviewer2");

        String byCase = reviewer.get("/admin/listings?caseNo=" + encode("(2023)京0105执1234号")).body();
        String byName = reviewer.get("/admin/listings?name=" + encode(PERSON)).body();
        HttpResponse<String> badCase = reviewer.get("/admin/listings?caseNo=" + encode("京0105执1234号"));

        assertTrue(byCase.contains("/admin/listings/" + ids.get(PERSON)), byCase);
        assertTrue(byName.contains("/admin/listings/" + ids.get(PERSON)) && byName.contains("公示中"), byName);
        assertEquals(400, badCase.statusCode());
    }

    private static StaffClient signedIn(String name) {
        StaffClient client = site.staffClient();
        assertEquals(303, client.signIn(name, PASSWORD).statusCode());
        client.get("/admin");
        return client;
    }

    private static String location(HttpResponse<String> redirect) {
        return redirect.headers().firstValue("Location").orElseThrow().replaceFirst("^https?://[^/]+", "");
    }

    private static Listing listing(String id) {
        try (Database database = Database.open(site.dataDirectory().resolve("gongshi.db"))) {
            return repository(database).find(id).orElseThrow();
        }
    }

    private static List<HistoryEntry> history(String id) {
        try (Database database = Database.open(site.dataDirectory().resolve("gongshi.db"))) {
            return repository(database).history(id);
        }
    }

    private static HistoryEntry last(String id) {
        List<HistoryEntry> history = history(id);
        return history.get(history.size() - 1);
    }

    private static ListingRepository repository(Database database) {
        return new ListingRepository(database, new Outbox(database), Clock.systemUTC());
    }

    static void awaitTrue(BooleanSupplier condition, long millis) throws InterruptedException {
        long deadline = System.nanoTime() + Math.max(0, millis) * 1_000_000;
        boolean met = condition.getAsBoolean();
        while (!met && System.nanoTime() < deadline) {
            Thread.sleep(25);
            met = condition.getAsBoolean();
        }
        assertTrue(met, "within " + millis + " ms");
    }
}
