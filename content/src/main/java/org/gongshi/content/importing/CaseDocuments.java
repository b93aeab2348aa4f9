package org.gongshi.content.importing;

import java.util.Map;
import java.util.Set;
import org.gongshi.content.cases.TypicalCase;
import org.gongshi.content.numbers.DocumentNumbers;

/**
 * A typical case in Markdown. Front matter: {@code type: case}, {@code title}, {@code court}, {@code date} and
 * optionally {@code slug}, {@code caseNumber} (quote it: [2023]… is YAML syntax), {@code region}, {@code category},
 * {@code tags}, {@code featured}, {@code status}. The body has exactly the sections ## 基本案情, ## 执行情况, ## 典型意义.
 */
final class CaseDocuments {
    static final String FACTS = "基本案情";
    static final String ENFORCEMENT = "执行情况";
    static final String SIGNIFICANCE = "典型意义";
    private static final Set<String> FIELDS = Set.of("type", "slug", "title", "court", "caseNumber", "region", "date",
            "category", "tags", "featured", "status");

    private CaseDocuments() {}

    static TypicalCase read(FrontMatter frontMatter) {
        frontMatter.allowOnly(FIELDS);
        String title = frontMatter.required("title");
        String caseNumber = frontMatter.optional("caseNumber");
        Map<String, String> sections = MarkdownSections.split(frontMatter.body());
        for (String heading : sections.keySet()) {
            if (!Set.of(FACTS, ENFORCEMENT, SIGNIFICANCE).contains(heading)) {
                throw new ImportFailure(heading.isEmpty()
                        ? "正文须以“## 基本案情”开始，小节之外不能有文字"
                        : "未知小节“## " + heading + "”；案例只有 ## 基本案情、## 执行情况、## 典型意义 三节");
            }
        }
        String slug = frontMatter.slug();
        if (slug == null) {
            slug = IdentitySlugs.derived("case", caseNumber == null ? title : DocumentNumbers.canonical(caseNumber));
        }
        return new TypicalCase(slug, title, frontMatter.required("court"), caseNumber,
                frontMatter.optional("region"), frontMatter.requiredDate("date"), frontMatter.optional("category"),
                section(sections, FACTS), section(sections, ENFORCEMENT), section(sections, SIGNIFICANCE),
                frontMatter.list("tags"), frontMatter.flag("featured"), frontMatter.status(), null, null);
    }

    private static String section(Map<String, String> sections, String heading) {
        String text = sections.get(heading);
        if (text == null || text.isEmpty()) {
            throw new ImportFailure("缺少小节“## " + heading + "”或该节没有内容");
        }
        return text;
    }
}
