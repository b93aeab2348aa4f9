package org.gongshi.site;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.net.http.HttpResponse;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.gongshi.site.cli.Cli;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import picocli.CommandLine;

/** The one-time password an operator hands out, the forced change it leads to, and changing a password later. */
class StaffPasswordIT {
    private static final Pattern ONE_TIME = Pattern.compile("一次性密码：(\\S+)");

    @RegisterExtension
    static final RunningSite site = RunningSite.withDemo();

    @Test
    void aOneTimePasswordFromTheCommandLineMustBeChangedBeforeAnythingElse() {
        String oneTime = addUser("zhao.editor", "editor");
        StaffClient browser = site.staffClient();

        HttpResponse<String> signedIn = browser.signIn("zhao.editor", oneTime);
        assertEquals(303, signedIn.statusCode());
        assertEquals("/admin/password", location(signedIn));
        assertEquals("/admin/password", location(browser.get("/admin")), "nothing else opens before the change");
        HttpResponse<String> form = browser.get("/admin/password");
        assertEquals(200, form.statusCode());
        assertTrue(form.body().contains("一次性密码"), "says why");

        HttpResponse<String> breached = browser.post("/admin/password",
                Map.of("current", oneTime, "password", "iloveyou1", "repeat", "iloveyou1"));
        assertEquals(422, breached.statusCode());
        assertTrue(breached.body().contains("这是常见或已泄露的密码"), "the reason beside the field");
        String errorBox = breached.body().replaceAll("(?s).*<div class=\"form-errors\" role=\"alert\">(.*?)</div>.*", "$1");
        assertTrue(errorBox.contains("<a href=\"#password-new\">") && errorBox.contains("这是常见或已泄露的密码"),
                "the error box lists what is wrong, linked to the field: " + errorBox);
        HttpResponse<String> differs = browser.post("/admin/password",
                Map.of("current", oneTime, "password", "秋天的落叶飘满了山坡", "repeat", "秋天的落叶飘满山坡"));
        assertEquals(422, differs.statusCode());
        assertTrue(differs.body().contains("两次输入的新密码不一致"));
        assertEquals("/admin/password", location(browser.get("/admin")), "nothing changed");

        HttpResponse<String> changed = browser.post("/admin/password",
                Map.of("current", oneTime, "password", "秋天的落叶飘满了山坡", "repeat", "秋天的落叶飘满了山坡"));
        assertEquals(303, changed.statusCode());
        HttpResponse<String> dashboard = browser.get(location(changed));
        assertEquals(200, dashboard.statusCode(), "a fresh session for this browser");
        assertTrue(dashboard.body().contains("密码已修改"));

        assertEquals(401, site.staffClient().signIn("zhao.editor", oneTime).statusCode(), "the one-time one is gone");
        assertEquals(303, site.staffClient().signIn("zhao.editor", "秋天的落叶飘满了山坡").statusCode());
        assertTrue(site.auditActions("zhao.editor").contains("account.password"));
    }

    @Test
    void changingThePasswordEndsTheOtherSessionsAndAWrongCurrentOneChangesNothing() {
        site.addStaff("qian.reviewer", "审核员的第一个密码", "reviewer");
        StaffClient office = site.staffClient();
        StaffClient laptop = site.staffClient();
        office.signIn("qian.reviewer", "审核员的第一个密码");
        laptop.signIn("qian.reviewer", "审核员的第一个密码");
        office.get("/admin/password");

        HttpResponse<String> wrong = office.post("/admin/password",
                Map.of("current", "不是这个密码", "password", "审核员的第二个密码", "repeat", "审核员的第二个密码"));
        assertEquals(422, wrong.statusCode());
        assertTrue(wrong.body().contains("当前密码不正确"));
        assertEquals(200, laptop.get("/admin").statusCode(), "still signed in: nothing changed");
        assertTrue(site.auditActions("qian.reviewer").contains("account.password.failed"));

        office.get("/admin/password");
        assertEquals(303, office.post("/admin/password", Map.of("current", "审核员的第一个密码",
                "password", "审核员的第二个密码", "repeat", "审核员的第二个密码")).statusCode());

        assertEquals(200, office.get("/admin").statusCode());
        HttpResponse<String> elsewhere = laptop.get("/admin");
        assertEquals(303, elsewhere.statusCode(), "the other session ended");
        assertTrue(location(elsewhere).startsWith("/admin/login?"));
    }

    @Test
    void anAccountThatMustChangeItsPasswordMayStillSignOut() {
        String oneTime = addUser("sun.editor", "editor");
        StaffClient browser = site.staffClient();
        browser.signIn("sun.editor", oneTime);
        browser.get("/admin/password");
        HttpResponse<String> out = browser.post("/admin/logout", Map.of());
        assertEquals(303, out.statusCode());
        assertEquals("/admin/login", location(out));
    }

    private static String addUser(String name, String role) {
        StringWriter out = new StringWriter();
        CommandLine commandLine = Cli.commandLine();
        commandLine.setOut(new PrintWriter(out, true));
        int exit = commandLine.execute("user", "add", name, "--role", role, "--data", site.dataDirectory().toString());
        assertEquals(0, exit, out.toString());
        Matcher password = ONE_TIME.matcher(out.toString());
        assertTrue(password.find(), out.toString());
        return password.group(1);
    }

    static String location(HttpResponse<String> response) {
        return response.headers().firstValue("Location").orElseThrow().replaceFirst("^https?://[^/]+", "");
    }
}
