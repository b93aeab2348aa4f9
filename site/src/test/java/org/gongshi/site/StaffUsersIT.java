package org.gongshi.site;

import static org.gongshi.site.StaffPasswordIT.location;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.http.HttpResponse;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** /admin/users: administrators add and disable accounts; nobody else may open it. */
class StaffUsersIT {
    private static final String ADMIN_PASSWORD = "管理员的密码也要够长";
    private static final Pattern ONE_TIME = Pattern.compile("<code id=\"one-time-password\">([^<]+)</code>");

    @RegisterExtension
    static final RunningSite site = RunningSite.withDemo();

    @BeforeAll
    static void accounts() {
        site.addStaff("he.admin", ADMIN_PASSWORD, "admin");
        site.addStaff("lv.editor", "编辑吕的密码很长", "editor");
    }

    @Test
    void anAdministratorAddsAnAccountWhoseOneTimePasswordMustBeChanged() {
        StaffClient administrator = signedIn("he.admin", ADMIN_PASSWORD);
        HttpResponse<String> list = administrator.get("/admin/users");
        assertEquals(200, list.statusCode());
        assertTrue(list.body().contains("lv.editor") && list.body().contains("编辑"), "accounts with their roles");
        assertTrue(list.body().contains("name=\"role\" value=\"reviewer\""), "roles as checkboxes");

        HttpResponse<String> invalid = administrator.post("/admin/users", Map.of("name", "9 Bad Name"));
        assertEquals(422, invalid.statusCode());
        assertTrue(invalid.body().contains("用户名须为 2–32 个字符"), "the name's error beside it");
        assertTrue(invalid.body().contains("请至少选择一个角色"));
        assertTrue(invalid.body().contains("value=\"9 Bad Name\""), "the form is refilled");
        HttpResponse<String> taken = administrator.post("/admin/users", Map.of("name", "lv.editor", "role", "editor"));
        assertEquals(422, taken.statusCode());
        assertTrue(taken.body().contains("已被使用"));
        assertTrue(taken.body().contains("value=\"editor\" checked"), "the chosen role stays chosen");

        HttpResponse<String> created = administrator.post("/admin/users",
                Map.of("name", "Ma.Reviewer", "role", "reviewer"));
        assertEquals(200, created.statusCode());
        Matcher password = ONE_TIME.matcher(created.body());
        assertTrue(password.find(), created.body());
        assertTrue(site.auditActions("he.admin").contains("account.create"));

        HttpResponse<String> first = site.staffClient().signIn("ma.reviewer", password.group(1));
        assertEquals("/admin/password", location(first), "the one-time password must be changed first");
    }

    @Test
    void disablingAnAccountSignsItsBrowserOutAtOnce() {
        site.addStaff("tang.editor", "唐编辑的长密码", "editor");
        StaffClient editor = signedIn("tang.editor", "唐编辑的长密码");
        assertEquals(200, editor.get("/admin").statusCode());
        StaffClient administrator = signedIn("he.admin", ADMIN_PASSWORD);
        administrator.get("/admin/users");

        assertEquals(303, administrator.post("/admin/users/tang.editor/disable", Map.of()).statusCode());

        HttpResponse<String> next = editor.get("/admin");
        assertEquals(303, next.statusCode());
        assertTrue(location(next).startsWith("/admin/login?"), location(next));
        assertEquals(401, site.staffClient().signIn("tang.editor", "唐编辑的长密码").statusCode());
        assertTrue(administrator.get("/admin/users").body().contains("已停用"));
        assertTrue(site.auditActions("he.admin").contains("account.disable"));
    }

    @Test
    void anAdministratorGivesAndTakesARoleOfAnExistingAccount() {
        site.addStaff("song.editor", "宋编辑也办理异议", "editor");
        StaffClient editor = signedIn("song.editor", "宋编辑也办理异议");
        assertEquals(403, editor.get("/admin/objections").statusCode());
        StaffClient administrator = signedIn("he.admin", ADMIN_PASSWORD);
        administrator.get("/admin/users");

        assertEquals(303, administrator.post("/admin/users/song.editor/roles",
                Map.of("role", "objections.handler", "change", "grant")).statusCode());
        assertEquals(200, editor.get("/admin/objections").statusCode(), "from the next request on");
        administrator.get("/admin/users");
        assertEquals(303, administrator.post("/admin/users/song.editor/roles",
                Map.of("role", "editor", "change", "revoke")).statusCode());
        administrator.get("/admin/users");
        HttpResponse<String> last = administrator.post("/admin/users/song.editor/roles",
                Map.of("role", "objections.handler", "change", "revoke"));

        assertEquals(400, last.statusCode());
        assertTrue(last.body().contains("账号至少要保留一个角色"), last.body());
        assertEquals(403, editor.get("/admin/content").statusCode(), "no longer an editor");
        List<String> actions = site.auditActions("he.admin");
        assertTrue(actions.contains("account.role.grant") && actions.contains("account.role.revoke"), "" + actions);
    }

    @Test
    void anAdministratorCannotDisableThemselves() {
        StaffClient administrator = signedIn("he.admin", ADMIN_PASSWORD);
        administrator.get("/admin/users");
        HttpResponse<String> refused = administrator.post("/admin/users/he.admin/disable", Map.of());
        assertEquals(403, refused.statusCode());
        assertTrue(refused.body().contains("不能停用您自己"));
        assertEquals(200, administrator.get("/admin").statusCode());
    }

    @Test
    void anEditorIsRefusedTheAccountsWithAnAuditEntry() {
        StaffClient editor = signedIn("lv.editor", "编辑吕的密码很长");
        HttpResponse<String> refused = editor.get("/admin/users");
        assertEquals(403, refused.statusCode());
        assertTrue(refused.body().contains("没有进行此操作的权限"));
        assertFalse(editor.get("/admin").body().contains("href=\"/admin/users\""), "not in the editor's menu");
        HttpResponse<String> post = editor.post("/admin/users", Map.of("name", "sneaky", "role", "admin"));
        assertEquals(403, post.statusCode());
        assertTrue(site.auditActions("lv.editor").contains("access.denied"));
        assertEquals(401, site.staffClient().signIn("sneaky", "anything at all").statusCode(), "nothing created");
    }

    private static StaffClient signedIn(String name, String password) {
        StaffClient client = site.staffClient();
        assertEquals(303, client.signIn(name, password).statusCode());
        return client;
    }
}
