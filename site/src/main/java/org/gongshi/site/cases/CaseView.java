package org.gongshi.site.cases;

import org.gongshi.content.cases.TypicalCase;
import org.gongshi.content.markdown.MarkdownRenderer;

/** A case with its three Markdown sections rendered to sanitized HTML, which alone may be printed raw. */
record CaseView(TypicalCase item, String factsHtml, String enforcementHtml, String significanceHtml) {
    static CaseView of(TypicalCase item, MarkdownRenderer markdown) {
        return new CaseView(item, markdown.toHtml(item.facts()), markdown.toHtml(item.enforcement()),
                markdown.toHtml(item.significance()));
    }
}
