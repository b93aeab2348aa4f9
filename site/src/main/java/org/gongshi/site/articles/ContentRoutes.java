package org.gongshi.site.articles;

import org.gongshi.content.Rendered;
import static java.util.Objects.requireNonNull;

import io.javalin.config.RoutesConfig;
import io.javalin.http.Context;
import java.util.Map;
import org.gongshi.content.Page;
import org.gongshi.site.web.PageNumber;
import org.gongshi.site.web.PageNotFoundException;
import org.gongshi.site.web.Pages;
import org.gongshi.site.web.SharedPages;

/** The listing ({@code /<path>?page=N}) and detail ({@code /<path>/<slug>}) pages, shared by every content type. */
public final class ContentRoutes {
    static final int PAGE_SIZE = 20;

    private final Pages pages;
    private final SharedPages shared;

    /** {@code shared}: the lists and articles are the same for every visitor, and read from the database only. */
    public ContentRoutes(Pages pages, SharedPages shared) {
        this.pages = requireNonNull(pages, "pages");
        this.shared = requireNonNull(shared, "shared");
    }

    public <T> void install(RoutesConfig routes, ContentType<T> contentType) {
        routes.get("/" + contentType.path(), shared.keep(context -> list(context, contentType)));
        routes.get("/" + contentType.path() + "/{slug}", shared.keep(context -> show(context, contentType)));
    }

    private <T> void list(Context context, ContentType<T> contentType) {
        int number = PageNumber.parse("page", context.queryParam("page"));
        Page<T> page = contentType.content().listPublished(number, PAGE_SIZE);
        if (number > page.pageCount()) {
            throw new PageNotFoundException(contentType.path() + " page " + number);
        }
        String base = "/" + contentType.path();
        pages.render(context, "articles/list.peb", Map.of(
                "contentType", contentType,
                "items", page.items().stream().map(contentType.listItem()).toList(),
                "page", page,
                "basePath", base), number == 1 ? base : base + "?page=" + number);
    }

    private <T> void show(Context context, ContentType<T> contentType) {
        String slug = context.pathParam("slug");
        Rendered<T> found = contentType.content().findRendered(slug)
                .orElseThrow(() -> new PageNotFoundException(contentType.path() + "/" + slug));
        pages.render(context, contentType.path() + "/detail.peb", Map.of(
                "contentType", contentType,
                "item", contentType.detailView().apply(found)), contentType.urlOf(contentType.slug().apply(found.item())));
    }
}
