package org.gongshi.site;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.http.HttpResponse;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

class StaffShellIT {
    @RegisterExtension
    static final RunningSite site = RunningSite.withDemo();

    @BeforeAll
    static void accounts() {
        site.addStaff("editor1", "编辑的密码 correct horse", "editor");
    }

    @Test
    void theDashboardSendsTheSignedOutToTheSignInForm() {
        HttpResponse<String> response = site.staffClient().get("/admin");
        assertEquals(303, response.statusCode());
        assertEquals("/admin/login?next=%2Fadmin", response.headers().firstValue("Location").orElseThrow()
                .replaceFirst("^https?://[^/]+", ""));
    }

    @Test
    void aWrongPasswordIsRefusedInChineseAndOpensNothing() {
        StaffClient client = site.staffClient();
        HttpResponse<String> response = client.signIn("editor1", "not the password");
        assertEquals(401, response.statusCode());
        assertTrue(response.body().contains("用户名或密码错误"));
        assertEquals(303, client.get("/admin").statusCode());
    }

    @Test
    void anUnknownNameReadsExactlyLikeAWrongPassword() {
        HttpResponse<String> unknown = site.staffClient().signIn("nobody", "not the password");
        HttpResponse<String> wrong = site.staffClient().signIn("editor1", "not the password");
        assertEquals(wrong.statusCode(), unknown.statusCode());
        assertEquals(withoutToken(wrong.body()).replace("editor1", ""),
                withoutToken(unknown.body()).replace("nobody", ""));
    }

    private static String withoutToken(String page) {
        return page.replaceAll("value=\"[A-Za-z0-9_-]{43}\"", "value=\"\"");
    }

    @Test
    void signingInRotatesTheSessionAndLoggingOutEndsIt() {
        StaffClient client = site.staffClient();
        assertEquals(303, client.signIn("editor1", "编辑的密码 correct horse").statusCode());
        HttpResponse<String> dashboard = client.get("/admin");
        assertEquals(200, dashboard.statusCode());
        assertTrue(dashboard.body().contains("editor1"));
        assertEquals("no-store", dashboard.headers().firstValue("Cache-Control").orElseThrow());
        assertEquals(303, client.post("/admin/logout", Map.of()).statusCode());
        assertEquals(303, client.get("/admin").statusCode());
    }

    @Test
    void aFormPostWithoutTheTokenOrFromAnotherSiteChangesNothing() {
        StaffClient client = site.staffClient();
        client.signIn("editor1", "编辑的密码 correct horse");
        HttpResponse<String> noToken = client.postExactly("/admin/logout", Map.of());
        assertEquals(403, noToken.statusCode());
        assertTrue(noToken.body().contains("安全校验码"));
        HttpResponse<String> wrongToken = client.postExactly("/admin/logout", Map.of("_csrf", "forged"));
        assertEquals(403, wrongToken.statusCode());
        assertEquals(200, client.get("/admin").statusCode(), "still signed in: the refused logouts did nothing");
    }

    @Test
    void theSessionCookieIsHttpOnlyAndSameSiteLax() {
        HttpResponse<String> response = site.staffClient().signIn("editor1", "编辑的密码 correct horse");
        String cookie = response.headers().allValues("Set-Cookie").stream()
                .filter(value -> value.startsWith("gongshi_staff=")).findFirst().orElseThrow();
        assertTrue(cookie.contains("HttpOnly"));
        assertTrue(cookie.contains("SameSite=Lax"));
        assertFalse(cookie.contains("Max-Age"), "a browser-session cookie: the server enforces the timeouts");
    }
}
