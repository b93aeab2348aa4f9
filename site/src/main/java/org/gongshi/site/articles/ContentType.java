package org.gongshi.site.articles;

import static java.util.Objects.requireNonNull;

import java.util.List;
import java.util.function.Function;
import org.gongshi.content.PublishedContent;
import org.gongshi.content.Rendered;
import org.gongshi.index.SearchDocument;

/**
 * Everything the site needs to list, show and index one kind of content. {@code type} is the search type key
 * (e.g. {@code policy}), {@code path} the URL segment (e.g. {@code policies}), {@code label} the zh-CN name.
 * {@code detailView} turns an item with its stored HTML into what {@code <path>/detail.peb} prints.
 */
public record ContentType<T>(
        String type,
        String label,
        String path,
        PublishedContent<T> content,
        Function<T, String> slug,
        Function<T, ListItem> listItem,
        Function<T, SearchDocument> document,
        Function<Rendered<T>, Object> detailView) {
    public ContentType {
        requireNonNull(type, "type");
        requireNonNull(label, "label");
        requireNonNull(path, "path");
        requireNonNull(content, "content");
        requireNonNull(slug, "slug");
        requireNonNull(listItem, "listItem");
        requireNonNull(document, "document");
        requireNonNull(detailView, "detailView");
    }

    /** The public address of an item, e.g. {@code /policies/some-slug}. */
    public String urlOf(String itemSlug) {
        return "/" + path + "/" + itemSlug;
    }

    /** The id the index keeps for an item: unique across types. */
    public String documentId(String itemSlug) {
        return type + ":" + itemSlug;
    }

    /** The newest {@code count} published items as list entries. */
    public List<ListItem> newest(int count) {
        return listItems(content.listPublished(1, count).items());
    }

    public List<ListItem> listItems(List<T> items) {
        return items.stream().map(listItem).toList();
    }
}
