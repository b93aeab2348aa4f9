package org.gongshi.content.importing;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.List;
import java.util.Set;
import org.gongshi.content.Link;
import org.gongshi.content.policies.PolicyText;
import org.gongshi.content.policies.Validity;

/**
 * A policy text in Markdown. Front matter: {@code type: policy}, {@code title} and optionally {@code slug},
 * {@code issuer}, {@code documentNumber}, {@code writtenOn}, {@code effectiveOn}, {@code validity} (现行有效 / 已修订 /
 * 已废止), {@code supersededBy}, {@code interpretations} (a list of {title, url}), {@code status}. The body is the text.
 */
final class PolicyDocuments {
    private static final Set<String> FIELDS = Set.of("type", "slug", "title", "issuer", "documentNumber", "writtenOn",
            "effectiveOn", "validity", "supersededBy", "interpretations", "status");

    private PolicyDocuments() {}

    static PolicyText read(FrontMatter frontMatter) {
        frontMatter.allowOnly(FIELDS);
        String title = frontMatter.required("title");
        String documentNumber = frontMatter.optional("documentNumber");
        String slug = frontMatter.slug();
        if (slug == null) {
            slug = PlainTextPolicies.slug(documentNumber, title);
        }
        String body = frontMatter.body().strip();
        if (body.isEmpty()) {
            throw new ImportFailure("正文是空的");
        }
        return new PolicyText(slug, title, frontMatter.optional("issuer"), documentNumber,
                frontMatter.optionalDate("writtenOn"), frontMatter.optionalDate("effectiveOn"),
                validity(frontMatter.optional("validity")), frontMatter.optional("supersededBy"),
                interpretations(frontMatter), body + "\n", frontMatter.status(), null, null);
    }

    private static Validity validity(String value) {
        if (value == null) {
            return Validity.CURRENT;
        }
        for (Validity candidate : Validity.values()) {
            if (candidate.label().equals(value) || candidate.name().equalsIgnoreCase(value)) {
                return candidate;
            }
        }
        throw new ImportFailure("字段“validity”只能是 现行有效、已修订 或 已废止，而不是“" + value + "”");
    }

    private static List<Link> interpretations(FrontMatter frontMatter) {
        return frontMatter.objects("interpretations").stream().map(PolicyDocuments::link).toList();
    }

    private static Link link(JsonNode item) {
        String title = item.path("title").asText("").strip();
        String url = item.path("url").asText("").strip();
        if (title.isEmpty() || !(url.startsWith("https://") || url.startsWith("http://") || url.startsWith("/"))) {
            throw new ImportFailure("interpretations 的每一项须有 title 和以 http(s):// 或 / 开头的 url");
        }
        return new Link(title, url);
    }
}
