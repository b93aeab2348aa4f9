package org.gongshi.content.importing;

import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.gongshi.content.bulletins.Bulletin;
import org.gongshi.content.bulletins.StatisticsTable;

/**
 * A progress bulletin in Markdown. Front matter: {@code type: bulletin}, {@code title}, {@code issuingUnit},
 * {@code date} and optionally {@code slug}, {@code period}, {@code status}. An optional section {@code ## 统计数据}
 * holding one pipe table becomes the bulletin's statistics and is taken out of the body.
 */
final class BulletinDocuments {
    static final String STATISTICS = "统计数据";
    private static final Set<String> FIELDS = Set.of("type", "slug", "title", "issuingUnit", "period", "date",
            "status");

    private BulletinDocuments() {}

    static Bulletin read(FrontMatter frontMatter) {
        frontMatter.allowOnly(FIELDS);
        String title = frontMatter.required("title");
        Map<String, String> sections = MarkdownSections.split(frontMatter.body());
        String table = sections.remove(STATISTICS);
        StatisticsTable statistics = table == null ? null : StatisticsTables.parse(table);
        String body = sections.entrySet().stream()
                .map(section -> section.getKey().isEmpty()
                        ? section.getValue()
                        : ("## " + section.getKey() + "\n\n" + section.getValue()).strip())
                .collect(Collectors.joining("\n\n"));
        if (body.isBlank()) {
            throw new ImportFailure("正文是空的");
        }
        String slug = frontMatter.slug();
        if (slug == null) {
            slug = IdentitySlugs.derived("bulletin", title);
        }
        return new Bulletin(slug, title, frontMatter.required("issuingUnit"), frontMatter.optional("period"),
                frontMatter.requiredDate("date"), body + "\n", statistics, frontMatter.status(), null, null);
    }
}
