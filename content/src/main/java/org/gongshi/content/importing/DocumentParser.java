package org.gongshi.content.importing;

import java.util.Locale;

/** Picks the reader for a file: front-matter Markdown by its {@code type:}, plain text as a policy text. */
final class DocumentParser {
    private DocumentParser() {}

    static boolean isImportable(String fileName) {
        String lower = fileName.toLowerCase(Locale.ROOT);
        return lower.endsWith(".md") || lower.endsWith(".txt");
    }

    static ParsedDocument parse(String fileName, byte[] content) {
        String text = TextDecoding.decode(content);
        if (fileName.toLowerCase(Locale.ROOT).endsWith(".txt")) {
            return new ParsedDocument.PolicyItem(PlainTextPolicies.parse(text));
        }
        FrontMatter frontMatter = FrontMatter.split(text);
        String type = frontMatter.optional("type");
        if (type == null) {
            throw new ImportFailure("YAML 头缺少字段“type”（case、policy 或 bulletin）");
        }
        return switch (type) {
            case "case" -> new ParsedDocument.CaseItem(CaseDocuments.read(frontMatter));
            case "policy" -> new ParsedDocument.PolicyItem(PolicyDocuments.read(frontMatter));
            case "bulletin" -> new ParsedDocument.BulletinItem(BulletinDocuments.read(frontMatter));
            default -> throw new ImportFailure("未知的 type“" + type + "”；只能是 case、policy 或 bulletin");
        };
    }
}
