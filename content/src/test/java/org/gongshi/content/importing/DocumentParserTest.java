package org.gongshi.content.importing;

import static org.junit.jupiter.api.Assertions.assertAll;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import org.gongshi.content.Link;
import org.gongshi.content.Status;
import org.gongshi.content.bulletins.Bulletin;
import org.gongshi.content.cases.TypicalCase;
import org.gongshi.content.policies.PolicyText;
import org.gongshi.content.policies.Validity;
import org.junit.jupiter.api.Test;

class DocumentParserTest {

    @Test
    void caseFrontMatterAndItsThreeSections() {
        TypicalCase item = ((ParsedDocument.CaseItem) parse("importing/mixed/case-village.md")).item();
        assertAll(
                () -> assertEquals("【示例】村民委员会分期履行土地补偿款案", item.title()),
                () -> assertEquals("某县人民法院", item.court()),
                () -> assertEquals("[2023]鄂0984执567号", item.caseNumber()),
                () -> assertEquals(IdentitySlugs.derived("case", "〔2023〕鄂0984执567号"), item.slug()),
                () -> assertEquals(LocalDate.of(2023, 8, 15), item.date()),
                () -> assertEquals(List.of("村委会", "分期履行"), item.tags()),
                () -> assertTrue(item.featured()),
                () -> assertEquals(Status.PUBLISHED, item.status()),
                () -> assertTrue(item.facts().startsWith("示例内容，非真实案件。")),
                () -> assertTrue(item.enforcement().contains("分期还款计划")),
                () -> assertEquals("基层自治组织同样应当自觉履行生效裁判。", item.significance()));
    }

    @Test
    void policyFrontMatterWithInterpretations() {
        PolicyText item = ((ParsedDocument.PolicyItem) parse("importing/mixed/policy-notice.md")).item();
        assertAll(
                () -> assertEquals("某法〔2024〕12号", item.documentNumber()),
                () -> assertEquals(PlainTextPolicies.slug("某法〔2024〕12号", "ignored"), item.slug()),
                () -> assertEquals(LocalDate.of(2024, 3, 8), item.writtenOn()),
                () -> assertNull(item.effectiveOn()),
                () -> assertEquals(Validity.AMENDED, item.validity()),
                () -> assertEquals(List.of(new Link("政策解读", "/policies/interpretation")), item.interpretations()),
                () -> assertTrue(item.body().startsWith("各庭室：")));
    }

    @Test
    void bulletinStatisticsTableIsLiftedOutOfTheBody() {
        Bulletin item = ((ParsedDocument.BulletinItem) parse("importing/mixed/bulletin-quarter.md")).item();
        assertAll(
                () -> assertEquals("2025年第一季度", item.period()),
                () -> assertEquals(List.of("指标", "本季度", "同比"), item.statistics().headers()),
                () -> assertEquals(List.of("结案（件）", "1,150", "+5.6%"), item.statistics().rows().get(1)),
                () -> assertFalse(item.body().contains("|"), item.body()),
                () -> assertTrue(item.body().contains("## 下一步工作")),
                () -> assertTrue(item.body().startsWith("示例内容，非真实数据。")));
    }

    @Test
    void badFilesAreRefusedWithAChineseReason() {
        assertAll(
                () -> assertFailure("importing/broken-front-matter.md", "YAML 头格式有误（文件第 3 行）"),
                () -> assertFailure("importing/unknown-type.md", "未知的 type“memo”"),
                () -> assertFailure("importing/bad-date.md", "无法识别"));
    }

    @Test
    void caseWithATypoInASectionHeadingIsRefused() {
        String text = "---\ntype: case\ntitle: 案例\ncourt: 某法院\ndate: 2024-01-02\n---\n"
                + "## 基本案情\n事实\n## 执行情形\n过程\n## 典型意义\n意义\n";
        ImportFailure failure = assertThrows(ImportFailure.class,
                () -> DocumentParser.parse("a.md", text.getBytes(StandardCharsets.UTF_8)));
        assertTrue(failure.getMessage().contains("未知小节“## 执行情形”"), failure.getMessage());
    }

    @Test
    void unknownFieldIsRefusedSoTyposAreNoticed() {
        String text = "---\ntype: bulletin\ntitle: 通报\nissuingunit: 某法院\ndate: 2024-01-02\n---\n正文\n";
        ImportFailure failure = assertThrows(ImportFailure.class,
                () -> DocumentParser.parse("a.md", text.getBytes(StandardCharsets.UTF_8)));
        assertTrue(failure.getMessage().contains("未知字段“issuingunit”"), failure.getMessage());
    }

    @Test
    void gb18030AndByteOrderMarkedUtf8ReadTheSame() {
        String text = "最高人民法院\n\n关于示例的通知\n\n为做好工作，现通知如下。\n";
        byte[] utf8WithMark = ("\uFEFF" + text).getBytes(StandardCharsets.UTF_8);
        byte[] gb18030 = text.getBytes(Charset.forName("GB18030"));
        PolicyText fromUtf8 = ((ParsedDocument.PolicyItem) DocumentParser.parse("a.txt", utf8WithMark)).item();
        PolicyText fromGb = ((ParsedDocument.PolicyItem) DocumentParser.parse("b.txt", gb18030)).item();
        assertEquals("关于示例的通知", fromGb.title());
        assertEquals("最高人民法院", fromGb.issuer());
        assertEquals(fromUtf8, fromGb);
    }

    private static void assertFailure(String resource, String expected) {
        ImportFailure failure = assertThrows(ImportFailure.class, () -> parse(resource));
        assertTrue(failure.getMessage().contains(expected), failure.getMessage());
    }

    static ParsedDocument parse(String resource) {
        try (InputStream in = DocumentParserTest.class.getClassLoader().getResourceAsStream(resource)) {
            return DocumentParser.parse(resource, in.readAllBytes());
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }
}
