package org.gongshi.site.admin.content;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.time.Instant;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.gongshi.content.Link;
import org.gongshi.content.bulletins.Bulletin;
import org.gongshi.content.bulletins.StatisticsTable;
import org.gongshi.content.cases.TypicalCase;
import org.gongshi.content.policies.PolicyText;
import org.gongshi.content.policies.Validity;
import org.gongshi.site.web.Messages;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** The kind-specific part of the back office: each form reads what staff type, or says what is wrong, in zh-CN. */
class ItemFormsTest {
    private final Messages messages = new Messages();

    @Test
    void aPastedMarkdownTableBecomesTheBulletinsStatistics() {
        FieldReader reader = reader(new BulletinForm(), Map.of("title", "通报", "issuing_unit", "执行局",
                "bulletin_date", "2026-10-08", "body", "正文",
                "statistics", "| 指标 | 数量 |\n|---|--:|\n| 执结案件 | 1,100 |\r\n执行到位金额\t3.2亿元\n"));

        Bulletin bulletin = new BulletinForm().read("tongbao", reader);

        assertEquals(Map.of(), reader.problems());
        assertEquals(new StatisticsTable(List.of("指标", "数量"),
                List.of(List.of("执结案件", "1,100"), List.of("执行到位金额", "3.2亿元"))), bulletin.statistics());
        assertEquals(LocalDate.of(2026, 10, 8), bulletin.date());
        assertEquals("指标 | 数量\n执结案件 | 1,100\n执行到位金额 | 3.2亿元",
                new BulletinForm().values(bulletin).get("statistics"), "shown again one row a line");
    }

    @Test
    void aRowOfTheWrongWidthIsNamedAndNoStatisticsAreEmpty() {
        FieldReader uneven = reader(new BulletinForm(), Map.of("statistics", "指标 | 数量\n执结案件 | 1,100\n只有一格"));
        new BulletinForm().read("tongbao", uneven);
        assertEquals("第 3 行有 1 格，表头有 2 格，格数须相同。", uneven.problems().get("statistics"));

        FieldReader none = reader(new BulletinForm(), Map.of("statistics", "  \n"));
        assertNull(new BulletinForm().read("tongbao", none).statistics());
        assertEquals("请填写此项。", none.problems().get("title"));
    }

    @Test
    void interpretationsAreTitledWebOrSiteLinksOneALine() {
        FieldReader reader = reader(new PolicyForm(), Map.of("title", "文件", "issuer", "最高人民法院",
                "validity", "AMENDED", "body", "正文",
                "interpretations", "答记者问 | https://www.court.gov.cn/a.html\n图解｜要点 | /policies/tujie\n"));

        PolicyText policy = new PolicyForm().read("wenjian", reader);

        assertEquals(Map.of(), reader.problems());
        assertEquals(List.of(new Link("答记者问", "https://www.court.gov.cn/a.html"),
                new Link("图解｜要点", "/policies/tujie")), policy.interpretations());
        assertEquals(Validity.AMENDED, policy.validity());
        assertEquals("已修订", new PolicyForm().display("validity", "AMENDED"));
    }

    @ParameterizedTest
    @ValueSource(strings = {"解读 | javascript:alert(1)", "解读 | //evil.example/x", "只有标题", " | /policies/x"})
    void anyOtherLinkIsRefusedByItsLine(String line) {
        FieldReader reader = reader(new PolicyForm(), Map.of("interpretations", "解读 | /policies/a\n" + line));

        assertEquals(List.of(), new PolicyForm().read("wenjian", reader).interpretations());
        assertEquals("第 2 行不是“标题 | 网址”的格式，或网址不以 https://、http:// 或 / 开头。",
                reader.problems().get("interpretations"));
    }

    @Test
    void aCasesTagsAreSplitAndItsFieldsChecked() {
        Map<String, String> form = new HashMap<>(Map.of("title", "标题\u0007", "court", "某某法院",
                "case_date", "2026-02-30", "facts", "案情", "tags", "示例、执行，信用;示例", "featured", "on"));
        FieldReader reader = reader(new CaseForm(), form);

        TypicalCase item = new CaseForm().read("anli", reader);

        assertEquals(List.of("示例", "执行", "信用"), item.tags());
        assertEquals(true, item.featured());
        assertEquals("不能包含换行或其他控制字符。", reader.problems().get("title"));
        assertEquals("请填写 1900 至 2099 年之间的有效日期，格式如 2026-10-01。", reader.problems().get("case_date"));

        FieldReader tooLong = reader(new CaseForm(), Map.of("court", "院".repeat(FieldReader.MAXIMUM_LINE + 1)));
        new CaseForm().read("anli", tooLong);
        assertEquals("最多 300 个字。", tooLong.problems().get("court"));
    }

    @Test
    void slugsTypedForNewItemsAreCheckedAndNewIsReserved() {
        assertNull(SlugField.problem("2026-zhixing-01", false));
        assertEquals("admin.content.error.slug", SlugField.problem("new", false));
        assertEquals("admin.content.error.slug", SlugField.problem("Zhixing", false));
        assertEquals("admin.content.error.slugTaken", SlugField.problem("zhixing", true));
    }

    @Test
    void aSlugLeftEmptyIsProposedFromTheItemsDateAndTheAsciiWordsOfItsTitle() {
        LocalDate today = LocalDate.of(2026, 1, 2);
        List<FormField> cases = new CaseForm().fields();

        assertEquals("2024-05-31-case", ProposedSlug.of(cases, Map.of("case_date", "2024-05-31", "title",
                "王某拒不执行判决、裁定案"), "case", today).base());
        assertEquals("2024-05-31-covid-19-ppp", ProposedSlug.of(cases, Map.of("case_date", "2024-05-31", "title",
                "COVID-19 期间 PPP 项目执行案"), "case", today).base());
        assertEquals("2024-05-31-bulletin", ProposedSlug.of(new BulletinForm().fields(), Map.of("bulletin_date",
                "2024-05-31", "title", "2024年第1期工作进展通报"), "bulletin", today).base(), "digits alone say nothing");
        assertEquals("2026-01-02-policy", ProposedSlug.of(new PolicyForm().fields(), Map.of("title", "关于…的通知"),
                "policy", today).base(), "no date of its own");
        assertEquals("2026-01-02-case", ProposedSlug.of(cases, Map.of("case_date", "2026-02-30"), "case", today)
                .base(), "an impossible date");
        assertEquals(List.of("2024-05-31-case", "2024-05-31-case-2", "2024-05-31-case-3"),
                new ProposedSlug("2024-05-31-case").candidates().limit(3).toList());
    }

    @Test
    void aProposedSlugIsAValidOneHoweverLongItsTitle() {
        String title = "Supreme People's Court Typical Cases of Enforcement Against Refusal".repeat(3);

        String slug = ProposedSlug.of(new CaseForm().fields(), Map.of("case_date", "2024-05-31", "title", title),
                "case", LocalDate.of(2026, 1, 2)).candidates().skip(998).findFirst().orElseThrow();

        assertNull(SlugField.problem(slug, false), slug);
    }

    @Test
    void aPublicationTimeIsBeijingTime() {
        assertEquals(Optional.of(Instant.parse("2026-11-22T02:15:00Z")), PublishTime.parse("2026-11-22T10:15"));
        assertEquals(Optional.of(Instant.parse("2026-11-22T02:15:30Z")), PublishTime.parse(" 2026-11-22T10:15:30 "));
        assertEquals(Optional.empty(), PublishTime.parse(""));
        assertThrows(IllegalArgumentException.class, () -> PublishTime.parse("2026-02-30T10:00"));
        assertThrows(IllegalArgumentException.class, () -> PublishTime.parse("明天上午"));
    }

    private FieldReader reader(ItemForm<?> form, Map<String, String> values) {
        return new FieldReader(form.fields(), values, messages);
    }
}
