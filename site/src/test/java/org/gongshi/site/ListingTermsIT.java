package org.gongshi.site;

import static org.gongshi.site.RunningSite.encode;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.gongshi.site.cli.Cli;
import org.gongshi.site.web.ChineseDates;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * Listings decided three years ago on each circumstance of Art. 1, imported with the CLI before the site starts: once
 * it has started (and run its expiry), exactly those with no fixed term — item (1), alone or with others, and the
 * unrecognised — and the one whose source set a longer term are public; Art. 2's two years ended the others.
 */
class ListingTermsIT {
    private static final LocalDate DECIDED = LocalDate.now(ZoneId.of("Asia/Shanghai")).minusYears(3);
    /** Case serial → circumstance, whether it must still be public, and the term in years the source gives. */
    private static final Map<Integer, Case> CASES = new LinkedHashMap<>();

    static {
        add(701, "有履行能力而拒不履行生效法律文书确定义务", true, "");
        add(702, "以伪造证据、暴力、威胁等方法妨碍、抗拒执行", false, "");
        add(703, "以虚假诉讼、虚假仲裁或者以隐匿、转移财产等方法规避执行", false, "");
        add(704, "违反财产报告制度", false, "");
        add(705, "违反限制消费令", false, "");
        add(706, "无正当理由拒不履行执行和解协议", false, "");
        add(707, "其他规避执行", false, "");
        add(708, "有履行能力而拒不履行生效法律文书确定义务、违反财产报告制度", true, "");
        add(709, "违反财产报告制度；违反限制消费令", false, "");
        add(710, "拖欠工程款", true, "");
        add(711, "违反限制消费令", true, "5");
        CASES.put(712, new Case("违反限制消费令", true, "", DECIDED.plusYears(2)));
    }

    private static Path report;

    @RegisterExtension
    static final RunningSite site = RunningSite.withDemo(ListingTermsIT::importThreeYearOldListings);

    @Test
    void onlyListingsWithoutAFixedTermOrWithALongerOneOutliveTwoYears() {
        List<String> wrong = new ArrayList<>();
        CASES.forEach((serial, listed) -> {
            String answer = site.get("/api/v1/listings?caseNo=" + encode(caseNumber(serial))).body();
            if (answer.contains("\"total\":1") != listed.stillPublic()) {
                wrong.add(serial + " " + listed.conduct() + ": " + answer);
            }
        });
        assertEquals(List.of(), wrong);
    }

    @Test
    void theTermIsShownOnThePageAndInTheApi() {
        String api = site.get("/api/v1/listings?caseNo=" + encode(caseNumber(701))).body();
        assertTrue(api.contains("\"expiresOn\":null") && api.contains("\"term\":\"履行完毕后删除\""), api);
        String url = api.replaceAll("(?s).*\"url\":\"([^\"]+)\".*", "$1");
        assertTrue(VisibleText.of(site.get(url).body()).contains("期限履行完毕后删除"), site.get(url).body());

        String extended = site.get("/api/v1/listings?caseNo=" + encode(caseNumber(711))).body();
        String until = DECIDED.plusYears(5).toString();
        assertTrue(extended.contains("\"expiresOn\":\"" + until + "\""), extended);
        String page = VisibleText.of(site.get(extended.replaceAll("(?s).*\"url\":\"([^\"]+)\".*", "$1")).body());
        assertTrue(page.contains("（依法延长）"), page);
    }

    @Test
    void staffExtendAFixedTermByTheYearsTheCourtDecidedAndThePublicSeesIt() throws InterruptedException {
        site.addStaff("terms.extender", "延长失信期限的密码", "reviewer");
        StaffClient reviewer = site.staffClient();
        assertEquals(303, reviewer.signIn("terms.extender", "延长失信期限的密码").statusCode());
        String api = site.get("/api/v1/listings?caseNo=" + encode(caseNumber(712))).body();
        String url = api.replaceAll("(?s).*\"url\":\"([^\"]+)\".*", "$1");
        String admin = "/admin" + url;
        assertTrue(reviewer.get(admin).body().contains("/extend"), "a fixed term offers the extension");

        HttpResponse<String> extended = reviewer.post(admin + "/extend", Map.of("years", "2",
                "reason", "（2026）京0108执恢1号决定书"));

        assertEquals(303, extended.statusCode(), extended.body());
        String until = ChineseDates.format(DECIDED.plusYears(2).plusYears(4));
        BackOfficeListingsIT.awaitTrue(() -> VisibleText.of(site.get(url).body()).contains("至" + until + "（依法延长）"),
                1_000);
        String refuses = site.get("/api/v1/listings?caseNo=" + encode(caseNumber(701))).body();
        String refusesAdmin = "/admin" + refuses.replaceAll("(?s).*\"url\":\"([^\"]+)\".*", "$1");
        assertFalse(reviewer.get(refusesAdmin).body().contains("/extend"), "no fixed term, nothing to extend");
        assertEquals(409, reviewer.post(refusesAdmin + "/extend", Map.of("years", "1", "reason", "试图延长"))
                .statusCode());
    }

    @Test
    void anUnrecognisedCircumstanceIsReportedOnImportAndListedForStaff() throws IOException {
        String json = Files.readString(report);
        assertTrue(json.contains("无法对应《规定》第一条的情形"), json);

        site.addStaff("terms.reviewer", "核对失信情形的密码", "reviewer");
        StaffClient reviewer = site.staffClient();
        assertEquals(303, reviewer.signIn("terms.reviewer", "核对失信情形的密码").statusCode());
        String lookup = VisibleText.of(reviewer.get("/admin/listings").body());
        assertTrue(lookup.contains("失信情形待核对") && lookup.contains("期限琉璃710号"), lookup);
    }

    private static void importThreeYearOldListings(Path data) {
        StringBuilder csv = new StringBuilder("被执行人姓名/名称,执行法院,省份,案号,发布时间,列入决定日期,"
                + "失信被执行人行为具体情形,纳入期限\n");
        CASES.forEach((serial, listed) -> csv.append("期限琉璃").append(serial).append("号有限公司,北京市海淀区人民法院,北京,")
                .append(caseNumber(serial)).append(',').append(listed.decided()).append(',').append(listed.decided())
                .append(",\"")
                .append(listed.conduct()).append("\",").append(listed.termYears()).append('\n'));
        try {
            Path file = data.resolve("terms.csv");
            Files.createDirectories(data);
            Files.writeString(file, csv, StandardCharsets.UTF_8);
            report = data.resolve("terms-report.json");
            int exitCode = Cli.commandLine().execute("import", "listings", file.toString(), "--data",
                    data.toString(), "--report", report.toString());
            assertEquals(0, exitCode);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void add(int number, String conduct, boolean stillPublic, String termYears) {
        CASES.put(number, new Case(conduct, stillPublic, termYears, DECIDED));
    }

    private static String caseNumber(int number) {
        return "（2023）京0108执" + number + "号";
    }

    private record Case(String conduct, boolean stillPublic, String termYears, LocalDate decided) {}
}
