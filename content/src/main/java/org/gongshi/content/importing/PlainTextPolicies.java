package org.gongshi.content.importing;

import java.util.Arrays;
import java.util.List;
import org.gongshi.content.Status;
import org.gongshi.content.numbers.DocumentNumbers;
import org.gongshi.content.policies.PolicyText;

/** Reads a plain-text government document, as extracted from a PDF, into a published {@link PolicyText}. */
final class PlainTextPolicies {
    private PlainTextPolicies() {}

    static PolicyText parse(String text) {
        List<String> fragments = Arrays.stream(text.split("\\R"))
                .map(String::strip)
                .filter(line -> !line.isEmpty())
                .toList();
        if (fragments.isEmpty()) {
            throw new ImportFailure("文件是空的");
        }
        PolicyHeader header = HeaderReader.read(fragments);
        String body = PlainTextMarkdown.render(ParagraphRepair.paragraphs(header.body()));
        return new PolicyText(slug(header.documentNumber(), header.title()), header.title(), header.issuer(),
                header.documentNumber(), header.writtenOn(), header.effectiveOn(), header.validity(), null,
                List.of(), body, Status.PUBLISHED, null, null);
    }

    /** The canonical 文号 identifies a policy; a text without one is identified by its title. */
    static String slug(String documentNumber, String title) {
        String identity = documentNumber == null || documentNumber.isBlank()
                ? title
                : DocumentNumbers.canonical(documentNumber);
        return IdentitySlugs.derived("policy", identity);
    }
}
