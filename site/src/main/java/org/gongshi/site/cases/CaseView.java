package org.gongshi.site.cases;

import org.gongshi.content.identifiers.CaseNumber;
import org.gongshi.content.identifiers.InvalidIdentifierException;
import org.gongshi.content.cases.TypicalCase;
import org.gongshi.content.markdown.MarkdownRenderer;

/**
 * A case with its three Markdown sections rendered to sanitized HTML, which alone may be printed raw, and its 案号 in
 * the official form with （）, whatever brackets it was stored with (as written when it is no 案号 the parser knows).
 */
record CaseView(TypicalCase item, String caseNumber, String factsHtml, String enforcementHtml,
        String significanceHtml) {
    /** Each section has its h2 (基本案情 …), so headings in its text start at h3. */
    private static final int SECTION_TEXT_LEVEL = 3;

    static CaseView of(TypicalCase item, MarkdownRenderer markdown) {
        return new CaseView(item, official(item.caseNumber()), markdown.toHtml(item.facts(), SECTION_TEXT_LEVEL),
                markdown.toHtml(item.enforcement(), SECTION_TEXT_LEVEL),
                markdown.toHtml(item.significance(), SECTION_TEXT_LEVEL));
    }

    private static String official(String caseNumber) {
        if (caseNumber == null || caseNumber.isBlank()) {
            return null;
        }
        try {
            return CaseNumber.parse(caseNumber).canonical();
        } catch (InvalidIdentifierException notOne) {
            return caseNumber;
        }
    }
}
