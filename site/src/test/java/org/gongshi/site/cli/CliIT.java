package org.gongshi.site.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import org.gongshi.site.RunningSite;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

/** The commands as an operator runs them: exit codes, the per-file report and one-line failures. */
class CliIT {
    @TempDir
    Path data;

    @TempDir
    Path documents;

    @Test
    void rolesOfAnExistingAccountAreGivenAndTakenFromTheCommandLine() {
        Run added = withStandardInput("审核员的长期密码2026\n", () -> run("user", "add", "zhou", "--role", "reviewer",
                "--password-stdin", "--data", data.toString()));
        assertEquals(0, added.exitCode(), added.toString());

        Run granted = run("user", "grant", "zhou", "--role", "objections.handler", "--data", data.toString());
        Run unknown = run("user", "grant", "zhou", "--role", "superuser", "--data", data.toString());
        Run revoked = run("user", "revoke", "zhou", "--role", "reviewer", "--data", data.toString());
        Run last = run("user", "revoke", "zhou", "--role", "objections.handler", "--data", data.toString());

        assertEquals(0, granted.exitCode(), granted.toString());
        assertTrue(granted.out().contains("已为 zhou 增加角色 objections.handler"), granted.out());
        assertEquals(2, unknown.exitCode(), unknown.toString());
        assertTrue(unknown.err().contains("角色 superuser 不存在"), unknown.err());
        assertEquals(0, revoked.exitCode(), revoked.toString());
        assertEquals(1, last.exitCode(), last.toString());
        assertTrue(last.err().contains("至少要保留一个角色"), last.err());
        Run list = run("user", "list", "--data", data.toString());
        assertTrue(list.out().contains("objections.handler") && !list.out().contains("reviewer"), list.out());
    }

    @Test
    void listingRemoveHelpListsTheGroundsAndTakesTheirChineseNames() {
        Run help = run("listing", "remove", "--help");

        assertEquals(0, help.exitCode(), help.toString());
        assertFalse(help.out().contains("null"), help.out());
        assertTrue(help.out().contains("1 performed 履行完毕") && help.out().contains("7 terminated 终结执行"),
                help.out());
        Run wrong = run("listing", "remove", "（2023）京0105执1号", "--ground", "还清了", "--data", data.toString());
        assertEquals(2, wrong.exitCode(), wrong.toString());
        assertTrue(wrong.err().contains("删除事由“还清了”无效") && wrong.err().contains("和解履行完毕"), wrong.err());
    }

    @Test
    void importReportsEveryFileAndSucceedsDespiteABadOne() throws IOException {
        copyDemoPolicy("004_0fcbc4eea0130725.txt", "yunfu.txt");
        Files.writeString(documents.resolve("broken.txt"), "");

        Run run = run("import", "documents", documents.toString(), "--data", data.toString());

        assertEquals(0, run.exitCode(), run.toString());
        assertTrue(run.out().contains("yunfu.txt"), run.toString());
        assertTrue(run.out().contains("broken.txt"), "the failed file is named: " + run);
        assertTrue(Files.exists(data.resolve("gongshi.db")));
        assertTrue(Files.isDirectory(data.resolve("uploads")) && Files.isDirectory(data.resolve("plugins")));
    }

    @Test
    void reindexRebuildsFromTheDatabase() throws IOException {
        copyDemoPolicy("004_0fcbc4eea0130725.txt", "yunfu.txt");
        assertEquals(0, run("import", "documents", documents.toString(), "--data", data.toString()).exitCode());

        Run run = run("reindex", "--data", data.toString());

        assertEquals(0, run.exitCode(), run.toString());
        assertTrue(run.out().matches("(?s)索引已重建：[1-9][0-9]* 条.*"), run.toString());
    }

    @Test
    void reindexRefusesWhileTheSiteRunsOnTheSameData() {
        try (RunningSite site = RunningSite.startWithDemo(data)) {
            Run run = run("reindex", "--data", data.toString());

            assertEquals(1, run.exitCode(), run.toString());
            assertTrue(run.err().contains("正被另一个进程使用"), run.toString());
            assertEquals(1, run.err().strip().lines().count(), run.toString());
            assertTrue(site.get("/api/v1/search?q=" + RunningSite.encode("信用修复")).body().contains("\"total\":"),
                    "the running site keeps its index");
        }
    }

    @Test
    void failuresAreOneLineWithANonZeroExitCode() {
        Run missing = run("import", "documents", documents.resolve("absent").toString(), "--data", data.toString());
        assertNotEquals(0, missing.exitCode());
        assertEquals(1, missing.err().strip().lines().count(), missing.toString());
        assertFalse(missing.err().contains("Exception"), missing.toString());

        Run unknown = run("reindex");
        assertNotEquals(0, unknown.exitCode());
        assertEquals(1, unknown.err().strip().lines().count(), unknown.toString());
    }

    @Test
    void generatedListingsImportWithAReportAndUnreadableFilesFailInOneLine() throws IOException {
        Path csv = documents.resolve("listings.csv");
        Path report = documents.resolve("report.json");
        assertEquals(0, run("generate", "listings", "--count", "300", "--seed", "5", csv.toString()).exitCode());

        Run imported = run("import", "listings", csv.toString(), "--data", data.toString(), "--report",
                report.toString());

        assertEquals(0, imported.exitCode(), imported.toString());
        assertTrue(Files.readString(report).replaceAll("\\s+", "")
                .startsWith("{\"accepted\":300,\"updated\":0,\"rejected\":[],\"warnings\":["), Files.readString(report));

        Path noHeader = documents.resolve("no-header.csv");
        Files.writeString(noHeader, "甲,乙\n1,2\n");
        Run refused = run("import", "listings", noHeader.toString(), "--data", data.toString());
        assertEquals(1, refused.exitCode(), refused.toString());
        assertEquals(1, refused.err().strip().lines().count(), refused.toString());
        assertTrue(refused.err().contains("表头"), refused.toString());

        Run missing = run("import", "listings", documents.resolve("absent.csv").toString(), "--data", data.toString());
        assertNotEquals(0, missing.exitCode());
        assertEquals(1, missing.err().strip().lines().count(), missing.toString());
    }

    @Test
    void userAddRefusesABreachedPasswordInOneLineAndListsWhatItAdded() {
        Run breached = withStandardInput("password123\n", () -> run("user", "add", "zheng.editor", "--role", "editor",
                "--password-stdin", "--data", data.toString()));
        assertEquals(1, breached.exitCode(), breached.toString());
        assertEquals("gongshi: 这是常见或已泄露的密码，容易被猜中，请换一个", breached.err().strip(), breached.toString());

        Run added = withStandardInput("郑编辑自己想的长密码\n", () -> run("user", "add", "zheng.editor", "--role",
                "editor", "--password-stdin", "--data", data.toString()));
        assertEquals(0, added.exitCode(), added.toString());
        assertFalse(added.out().contains("一次性密码"), added.toString());
        Run oneTime = run("user", "add", "wang.admin", "--role", "admin", "--data", data.toString());
        assertTrue(oneTime.out().matches("(?s).*一次性密码：[A-Za-z0-9]{20}\\R.*"), oneTime.toString());

        Run list = run("user", "list", "--data", data.toString());
        assertTrue(list.out().contains("zheng.editor\teditor\t启用"), list.toString());
        assertTrue(list.out().contains("wang.admin\tadmin\t启用\t仅密码\t待改密码"), list.toString());
        assertEquals(0, run("user", "disable", "zheng.editor", "--data", data.toString()).exitCode());
        assertTrue(run("user", "list", "--data", data.toString()).out().contains("zheng.editor\teditor\t已停用"));
        assertEquals(0, run("user", "reset-second-factor", "wang.admin", "--data", data.toString()).exitCode());
        Run nobody = run("user", "reset-second-factor", "nobody", "--data", data.toString());
        assertEquals(1, nobody.exitCode());
        assertEquals("gongshi: 用户 nobody 不存在", nobody.err().strip());
    }

    private static Run withStandardInput(String text, java.util.function.Supplier<Run> command) {
        java.io.InputStream original = System.in;
        System.setIn(new java.io.ByteArrayInputStream(text.getBytes(java.nio.charset.StandardCharsets.UTF_8)));
        try {
            return command.get();
        } finally {
            System.setIn(original);
        }
    }

    private void copyDemoPolicy(String resource, String name) throws IOException {
        try (InputStream in = getClass().getResourceAsStream("/demo/policies/" + resource)) {
            Files.copy(in, documents.resolve(name));
        }
    }

    private static Run run(String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        CommandLine commandLine = Cli.commandLine();
        commandLine.setOut(new PrintWriter(out, true));
        commandLine.setErr(new PrintWriter(err, true));
        int exitCode = commandLine.execute(args);
        return new Run(exitCode, out.toString(), err.toString());
    }

    private record Run(int exitCode, String out, String err) {}
}
