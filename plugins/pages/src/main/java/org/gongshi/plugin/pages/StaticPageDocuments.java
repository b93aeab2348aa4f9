package org.gongshi.plugin.pages;

import java.util.Optional;
import java.util.function.Consumer;
import org.gongshi.plugin.Markdown;
import org.gongshi.plugin.SearchDocument;
import org.gongshi.plugin.SearchDocuments;

/** Makes the site pages findable in the site search as type {@code page}. */
final class StaticPageDocuments implements SearchDocuments {
    static final String TYPE = "page";

    private final StaticPageStore store;
    private final Markdown markdown;

    StaticPageDocuments(StaticPageStore store, Markdown markdown) {
        this.store = store;
        this.markdown = markdown;
    }

    @Override
    public String type() {
        return TYPE;
    }

    @Override
    public String label() {
        return "网站信息";
    }

    @Override
    public Optional<SearchDocument> find(String slug) {
        return store.find(slug).map(this::document);
    }

    @Override
    public void forEachPublished(Consumer<SearchDocument> sink) {
        store.all().stream().map(this::document).forEach(sink);
    }

    @Override
    public long countPublished() {
        return store.all().size();
    }

    private SearchDocument document(StaticPage page) {
        return new SearchDocument(page.slug(), page.title(), markdown.toPlainText(page.body()), "/" + page.slug(),
                page.updatedOn(), null, null, null, null);
    }
}
