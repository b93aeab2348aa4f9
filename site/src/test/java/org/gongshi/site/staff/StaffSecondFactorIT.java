package org.gongshi.site.staff;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.gongshi.content.testing.SettableClock;
import org.gongshi.site.RunningSite;
import org.gongshi.site.StaffClient;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** Setting up an authenticator, signing in with it, replays, recovery codes, and an administrator's reset. */
class StaffSecondFactorIT {
    private static final String PASSWORD = "两步验证测试的密码";
    private static final SettableClock CLOCK = new SettableClock(Instant.now());
    private static final Pattern SECRET = Pattern.compile("<code id=\"totp-secret\">([A-Z2-7 ]+)</code>");
    private static final Pattern RECOVERY_CODE = Pattern.compile("<code>([0-9a-z]{4}(?:-[0-9a-z]{4}){3})</code>");

    @RegisterExtension
    static final RunningSite site = RunningSite.withDemo().on(CLOCK);

    @BeforeAll
    static void accounts() {
        site.addStaff("feng.editor", PASSWORD, "editor");
        site.addStaff("chen.admin", "管理员测试的密码", "admin");
    }

    @Test
    void anAuthenticatorIsSetUpThenAskedForAtSignInAndEachCodeWorksOnce() {
        StaffClient browser = site.staffClient();
        browser.signIn("feng.editor", PASSWORD);
        HttpResponse<String> setup = browser.get("/admin/account/second-factor");
        assertEquals(200, setup.statusCode());
        assertTrue(setup.body().contains("src=\"data:image/svg+xml;base64,"), "a QR code without another host");
        assertTrue(setup.body().contains("otpauth://totp/"));
        byte[] secret = secret(setup.body());
        assertEquals(setup.body().replaceAll("value=\"[^\"]*\"", ""),
                browser.get("/admin/account/second-factor").body().replaceAll("value=\"[^\"]*\"", ""),
                "a reload shows the same secret");

        HttpResponse<String> wrong = browser.post("/admin/account/second-factor", Map.of("code", "000000"));
        assertEquals(422, wrong.statusCode());
        assertTrue(wrong.body().contains("验证码不正确"));
        HttpResponse<String> confirmed = browser.post("/admin/account/second-factor", Map.of("code", code(secret, 0)));
        assertEquals(200, confirmed.statusCode());
        List<String> recoveryCodes = recoveryCodes(confirmed.body());
        assertEquals(10, recoveryCodes.size(), "shown once");
        assertTrue(browser.get("/admin/account/second-factor").body().contains("剩余可用恢复码 10 个"));

        StaffClient next = site.staffClient();
        HttpResponse<String> password = next.signIn("feng.editor", PASSWORD);
        assertEquals(303, password.statusCode());
        assertTrue(location(password).startsWith("/admin/login/code"));
        assertEquals("/admin/login/code", location(next.get("/admin")), "the password alone opens nothing");
        next.get("/admin/login/code");
        HttpResponse<String> replayed = next.post("/admin/login/code", Map.of("code", code(secret, 0)));
        assertEquals(401, replayed.statusCode(), "the code confirmed at set-up is spent");
        assertTrue(replayed.body().contains("验证码错误、已过期或已使用过"));

        CLOCK.advance(Duration.ofSeconds(30));
        String fresh = code(secret, 0);
        HttpResponse<String> signedIn = next.post("/admin/login/code", Map.of("code", fresh));
        assertEquals(303, signedIn.statusCode());
        assertEquals("/admin", location(signedIn));
        assertEquals(200, next.get("/admin").statusCode());

        StaffClient replaying = site.staffClient();
        replaying.signIn("feng.editor", PASSWORD);
        replaying.get("/admin/login/code");
        assertEquals(401, replaying.post("/admin/login/code", Map.of("code", fresh)).statusCode(), "a replay");
        HttpResponse<String> recovered = replaying.post("/admin/login/code",
                Map.of("code", recoveryCodes.get(3).toUpperCase().replace("-", " ")));
        assertEquals(303, recovered.statusCode(), "a recovery code, however typed");
        assertEquals(200, replaying.get("/admin").statusCode());

        StaffClient again = site.staffClient();
        again.signIn("feng.editor", PASSWORD);
        again.get("/admin/login/code");
        assertEquals(401, again.post("/admin/login/code", Map.of("code", recoveryCodes.get(3))).statusCode(),
                "each recovery code once");
        List<String> actions = site.auditActions("feng.editor");
        assertTrue(actions.containsAll(List.of("account.secondFactor.enable", "login.password",
                "login.secondFactor.failed", "login")), actions.toString());

        StaffClient administrator = site.staffClient();
        administrator.signIn("chen.admin", "管理员测试的密码");
        administrator.get("/admin/users");
        assertEquals(303, administrator.post("/admin/users/feng.editor/second-factor/reset", Map.of()).statusCode());
        assertEquals(303, next.get("/admin").statusCode(), "a reset ends the account's sessions");
        HttpResponse<String> passwordOnly = site.staffClient().signIn("feng.editor", PASSWORD);
        assertEquals("/admin", location(passwordOnly), "after the reset the password is enough again");
        assertTrue(site.auditActions("chen.admin").contains("account.secondFactor.reset"));
    }

    @Test
    void theCodeFormSendsAnyoneWithoutAHalfFinishedSignInAway() {
        StaffClient stranger = site.staffClient();
        assertEquals("/admin/login", location(stranger.get("/admin/login/code")));
        stranger.get("/admin/login");
        assertEquals("/admin/login", location(stranger.post("/admin/login/code", Map.of("code", "123456"))));
    }

    private static byte[] secret(String page) {
        Matcher secret = SECRET.matcher(page);
        assertTrue(secret.find(), page);
        byte[] decoded = Base32.decode(secret.group(1));
        assertEquals(20, decoded.length, "160 bits, as RFC 4226 recommends");
        assertFalse(page.contains("http://chart") || page.contains("https://"), "the secret goes to no other host");
        return decoded;
    }

    private static String code(byte[] secret, int offset) {
        return Totp.code(secret, Totp.step(CLOCK.instant()) + offset);
    }

    private static List<String> recoveryCodes(String page) {
        List<String> codes = new ArrayList<>();
        Matcher code = RECOVERY_CODE.matcher(page);
        while (code.find()) {
            codes.add(code.group(1));
        }
        return codes;
    }

    private static String location(HttpResponse<String> response) {
        return response.headers().firstValue("Location").orElseThrow().replaceFirst("^https?://[^/]+", "");
    }
}
