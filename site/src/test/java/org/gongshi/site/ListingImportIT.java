package org.gongshi.site;

import static org.gongshi.site.RunningSite.encode;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.function.BooleanSupplier;
import org.gongshi.site.cli.Cli;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

/**
 * An operator imports a file with the CLI while the site runs on the same data: the batch reaches the outbox as one
 * range of new ids, and both indexes follow it — every listing in the listing search, the public body alone in the
 * general search.
 */
class ListingImportIT {
    private static final String HEADER = "被执行人姓名/名称,性别,年龄,身份证号码/组织机构代码,法定代表人或者负责人姓名,执行法院,省份,案号,"
            + "执行依据文号,做出执行依据单位,立案时间,生效法律文书确定的义务,被执行人的履行情况,已履行部分,未履行部分,"
            + "失信被执行人行为具体情形,发布时间,被执行人类型,上级主管部门/出资人,整改状态,列入决定日期";
    private static final String PERSON = "琥珀钱";
    private static final String ENTERPRISE = "琥珀石材有限公司";
    private static final String CLINIC = "琥珀镇卫生院";

    @TempDir
    Path data;

    @TempDir
    Path files;

    @Test
    void aFileImportedWhileTheSiteRunsIsFollowedByBothIndexes() throws IOException, InterruptedException {
        ListingFixture.load(data);
        Path csv = files.resolve("listings.csv");
        Files.writeString(csv, String.join("\n", HEADER,
                PERSON + ",男,40,,,北京市朝阳区人民法院,北京,（2024）京0105执7001号,（2023）京0105民初7001号,"
                        + "北京市朝阳区人民法院,2024年01月02日,偿还借款,全部未履行,0,1000,违反财产报告制度,2024年03月04日,"
                        + "自然人,,,2024-03-01",
                ENTERPRISE + ",,,,琥珀孙,北京市朝阳区人民法院,北京,（2024）京0105执7002号,（2023）京0105民初7002号,"
                        + "北京市朝阳区人民法院,2024年01月02日,支付货款,全部未履行,0,2000,违反财产报告制度,2024年03月04日,"
                        + "企业,,,2024-03-01",
                CLINIC + ",,,,琥珀周,北京市朝阳区人民法院,北京,（2024）京0105执7003号,（2023）京0105民初7003号,"
                        + "北京市朝阳区人民法院,2024年01月02日,支付工程款,全部未履行,0,3000,违反财产报告制度,2024年03月04日,"
                        + "事业单位,琥珀县卫生健康局,未履行,2024-03-01") + "\n", StandardCharsets.UTF_8);
        try (RunningSite site = RunningSite.startWithDemo(data)) {
            StringWriter out = new StringWriter();
            CommandLine commandLine = Cli.commandLine();
            commandLine.setOut(new PrintWriter(out));
            commandLine.setErr(new PrintWriter(new StringWriter()));
            assertEquals(0, commandLine.execute("import", "listings", csv.toString(), "--data", data.toString()),
                    out.toString());
            long importedAt = System.nanoTime();

            awaitTrue(() -> site.get("/api/v1/listings?name=" + encode(PERSON)).body().contains(PERSON)
                    && site.get("/api/v1/listings?name=" + encode(ENTERPRISE)).body().contains(ENTERPRISE)
                    && site.get("/api/v1/listings?name=" + encode(CLINIC)).body().contains(CLINIC)
                    && site.get("/api/v1/search?q=" + encode(CLINIC)).body().contains(CLINIC),
                    5_000 - (System.nanoTime() - importedAt) / 1_000_000);
            assertFalse(site.get("/api/v1/search?q=" + encode(PERSON)).body().contains(PERSON),
                    "a natural person is never in the general search");
            assertFalse(site.get("/api/v1/search?q=" + encode(ENTERPRISE)).body().contains(ENTERPRISE),
                    "nor a private enterprise");
        }
    }

    private static void awaitTrue(BooleanSupplier condition, long millis) throws InterruptedException {
        long deadline = System.nanoTime() + Math.max(0, millis) * 1_000_000;
        boolean met = condition.getAsBoolean();
        while (!met && System.nanoTime() < deadline) {
            Thread.sleep(25);
            met = condition.getAsBoolean();
        }
        assertTrue(met, "within " + millis + " ms");
    }
}
