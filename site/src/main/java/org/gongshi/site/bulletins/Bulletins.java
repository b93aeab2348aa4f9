package org.gongshi.site.bulletins;

import org.gongshi.content.bulletins.Bulletin;
import org.gongshi.content.bulletins.BulletinRepository;
import org.gongshi.content.markdown.MarkdownRenderer;
import org.gongshi.index.SearchDocument;
import org.gongshi.site.articles.ContentType;
import org.gongshi.site.articles.ListItem;

/** Progress bulletins (工作进展通报) at /bulletins, filed under the issuing unit. */
public final class Bulletins {
    public static final String TYPE = "bulletin";

    private Bulletins() {}

    public static ContentType<Bulletin> contentType(BulletinRepository repository, MarkdownRenderer markdown) {
        return new ContentType<>(TYPE, "工作进展通报", "bulletins", repository, Bulletin::slug,
                item -> ListItem.of(item.title(), "/bulletins/" + item.slug(), item.date(),
                        item.issuingUnit(), item.period()),
                item -> document(item, markdown),
                rendered -> new BulletinView(rendered.item(), rendered.html("body")));
    }

    private static SearchDocument document(Bulletin item, MarkdownRenderer markdown) {
        return new SearchDocument(TYPE + ":" + item.slug(), TYPE, item.title(), markdown.toPlainText(item.body()),
                "/bulletins/" + item.slug(), item.date(), null, item.issuingUnit(), null, null);
    }
}
