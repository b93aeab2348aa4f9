package org.gongshi.content.importing;

import static org.junit.jupiter.api.Assertions.assertAll;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import org.gongshi.content.Status;
import org.gongshi.content.policies.PolicyText;
import org.gongshi.content.policies.Validity;
import org.junit.jupiter.api.Test;

class PlainTextPoliciesTest {

    @Test
    void titleOnlyDocumentHasNoIssuerNumberOrDate() {
        PolicyText policy = seed("000_f96eb7c6def7764d.txt");
        assertAll(
                () -> assertEquals("关于行政机关不履行法院判决问题专项整治工作方案", policy.title()),
                () -> assertNull(policy.issuer()),
                () -> assertNull(policy.documentNumber()),
                () -> assertNull(policy.writtenOn()),
                () -> assertEquals(Validity.CURRENT, policy.validity()),
                () -> assertEquals(Status.PUBLISHED, policy.status()));
    }

    @Test
    void pageBreakInsideASentenceIsJoinedAndExtractionSpacesDropped() {
        String body = seed("000_f96eb7c6def7764d.txt").body();
        assertTrue(body.contains("中央政法委、最高法院等19个部门联合下发"), body);
        assertTrue(body.contains("集中整治阶段，请各牵头各单位于每月25日前将当月工作推进情况"), body);
        assertTrue(body.contains("近3年内"), body);
    }

    @Test
    void labelsAndHeadingsStayParagraphsOfTheirOwn() {
        List<String> paragraphs = paragraphs(seed("000_f96eb7c6def7764d.txt").body());
        assertTrue(paragraphs.contains("## 一、总体要求"), paragraphs::toString);
        assertTrue(paragraphs.contains("### （一）筹划部署阶段"), paragraphs::toString);
        assertTrue(paragraphs.contains("牵头单位：市委政法委"), paragraphs::toString);
        assertTrue(paragraphs.contains("责任单位：各县（市）区政法委"), paragraphs::toString);
        assertTrue(paragraphs.contains("完成时限：2023年5月下旬前"), paragraphs::toString);
        assertTrue(paragraphs.stream().anyMatch(paragraph -> paragraph.startsWith("二是深入开展")),
                paragraphs::toString);
    }

    @Test
    void issuerAboveTitleAndStraySpaceInTitle() {
        PolicyText policy = seed("001_022b7aa0cfeaf719.txt");
        assertAll(
                () -> assertEquals("关于建立健全政务诚信诉讼执行协调机制的工作方案", policy.title()),
                () -> assertEquals("湖北省汉川市人民法院", policy.issuer()),
                () -> assertNull(policy.documentNumber()),
                () -> assertNull(policy.writtenOn()),
                () -> assertTrue(policy.body().contains("推送失信被执行人信息，通报基本案情、执行依据和失信情形"),
                        policy.body()),
                () -> assertFalse(policy.body().contains("湖北省汉川市人民法院\n"), policy.body()));
    }

    @Test
    void supremeCourtPlanJoinsWordsSplitByPageBreaks() {
        PolicyText policy = seed("002_8d0a3c5b0291dd56.txt");
        assertAll(
                () -> assertEquals("关于开展规范执行行为专项整治行动的工作方案", policy.title()),
                () -> assertEquals("最高人民法院", policy.issuer()),
                () -> assertNull(policy.documentNumber()),
                () -> assertTrue(policy.body().contains("冻结财产,违规执行案外人财产"), policy.body()),
                () -> assertTrue(policy.body().contains("真正让人民群众感受到执行工作的新变化"), policy.body()),
                () -> assertTrue(paragraphs(policy.body()).contains("## 二、整治的内容和重点")));
    }

    @Test
    void keyValueHeaderGivesTitleIssuerAndDate() {
        PolicyText policy = seed("003_977e54b918c6256d.txt");
        assertAll(
                () -> assertEquals("中共中央办公厅、国务院办公厅关于做好党政机关执行人民法院生效判决和裁定工作的若干意见",
                        policy.title()),
                () -> assertEquals("中共中央办公厅、国务院办公厅", policy.issuer()),
                () -> assertNull(policy.documentNumber()),
                () -> assertEquals(LocalDate.of(2012, 2, 3), policy.writtenOn()),
                () -> assertFalse(policy.body().contains("法规标题"), "the header is not body text"),
                () -> assertFalse(policy.body().contains("（2012年2月3日）"), "the date line is metadata"),
                () -> assertTrue(policy.body().startsWith("党中央、国务院高度重视"), policy.body()));
    }

    @Test
    void singleNewlineParagraphsAndHeadingsStaySeparate() {
        List<String> paragraphs = paragraphs(seed("003_977e54b918c6256d.txt").body());
        assertTrue(paragraphs.contains("## 三、从严规范党政机关的民事经济活动和行政行为"), paragraphs::toString);
        assertTrue(paragraphs.contains("## 四、进一步完善监督保障机制"), paragraphs::toString);
        assertTrue(paragraphs.stream().anyMatch(paragraph -> paragraph.startsWith("(一)严禁党政机关违规参与经商办企业")),
                paragraphs::toString);
        assertTrue(paragraphs.stream().noneMatch(paragraph -> paragraph.startsWith("　")), "indentation is removed");
    }

    @Test
    void redHeadGivesIssuerNumberAndNoticeTitle() {
        PolicyText policy = seed("004_0fcbc4eea0130725.txt");
        assertAll(
                () -> assertEquals("关于印发《加强综合治理从源头切实解决执行难问题的实施方案》的通知", policy.title()),
                () -> assertEquals("中共云浮市委全面依法治市委员会", policy.issuer()),
                () -> assertEquals("云法治委〔2022〕2号", policy.documentNumber()),
                () -> assertNull(policy.writtenOn()),
                () -> assertEquals(IdentitySlugs.derived("policy", "云法治委〔2022〕2号"), policy.slug()));
    }

    @Test
    void redHeadDocumentRepairsEveryPageBreak() {
        String body = seed("004_0fcbc4eea0130725.txt").body();
        assertAll(
                () -> assertTrue(body.contains("坚持以习近平新时代中国特色社会主义主义思想为指导"), "split after 主"),
                () -> assertTrue(body.contains("发现被执行人时公安机关先行查控"), "split after 被执行人"),
                () -> assertTrue(body.contains("暂缓采取失信惩戒措施，也可由法院协助"), "split after a comma"),
                () -> assertTrue(body.contains("支持人民法院开展涉行政机关案件清理工作"), "single line break"),
                () -> assertTrue(body.contains("机关绩效考评"), "split inside 绩效"),
                () -> assertTrue(body.contains("保持在90%以上"), "spaces around 90%"),
                () -> assertTrue(paragraphs(body).contains("## 二、全面深化执行联动机制建设")),
                () -> assertTrue(paragraphs(body).contains("（责任单位：市法院、市财政局）")),
                () -> assertTrue(paragraphs(body).stream().anyMatch(paragraph -> paragraph.startsWith("2\\. 落实联合查人扣车机制")),
                        "a numbered item starts its own paragraph and is not a Markdown list"));
    }

    @Test
    void dateUnderTheSignatureIsTheWrittenOnDate() {
        PolicyText policy = PlainTextPolicies.parse("""
                关于做好示例工作的通知

                各单位：
                现将有关事项通知如下。
                某某市人民政府办公室
                二〇二三年五月十日
                """);
        assertEquals(LocalDate.of(2023, 5, 10), policy.writtenOn());
        assertEquals("某某市人民政府办公室", policy.issuer());
    }

    @Test
    void textWithoutATitleIsRefusedWithAReason() {
        ImportFailure failure = assertThrows(ImportFailure.class,
                () -> PlainTextPolicies.parse("为进一步规范执行行为，制定本方案。\n一、总体要求\n"));
        assertTrue(failure.getMessage().contains("未找到标题"), failure.getMessage());
    }

    private static List<String> paragraphs(String markdown) {
        return Arrays.asList(markdown.strip().split("\n\n"));
    }

    private static PolicyText seed(String name) {
        try (InputStream in = PlainTextPoliciesTest.class.getResourceAsStream("/demo/policies/" + name)) {
            return PlainTextPolicies.parse(TextDecoding.decode(in.readAllBytes()));
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }
}
