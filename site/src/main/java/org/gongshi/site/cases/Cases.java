package org.gongshi.site.cases;

import org.gongshi.content.cases.CaseRepository;
import org.gongshi.content.cases.TypicalCase;
import org.gongshi.content.markdown.MarkdownRenderer;
import org.gongshi.index.SearchDocument;
import org.gongshi.site.articles.ContentType;
import org.gongshi.site.articles.ListItem;

/** Typical cases (典型案例) at /cases: listed by date, searched by their three sections, filed under the court. */
public final class Cases {
    public static final String TYPE = "case";

    private Cases() {}

    public static ContentType<TypicalCase> contentType(CaseRepository repository, MarkdownRenderer markdown) {
        return new ContentType<>(TYPE, "典型案例", "cases", repository, TypicalCase::slug,
                item -> ListItem.of(item.title(), "/cases/" + item.slug(), item.date(),
                        item.court(), item.caseNumber(), item.region()),
                item -> document(item, markdown),
                CaseView::of);
    }

    private static SearchDocument document(TypicalCase item, MarkdownRenderer markdown) {
        String body = String.join("\n\n", markdown.toPlainText(item.facts()), markdown.toPlainText(item.enforcement()),
                markdown.toPlainText(item.significance()));
        return new SearchDocument(TYPE + ":" + item.slug(), TYPE, item.title(), body, "/cases/" + item.slug(),
                item.date(), item.caseNumber(), item.court(), item.region(), item.category());
    }
}
