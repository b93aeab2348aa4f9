package org.gongshi.plugin.pages;

import io.javalin.http.Context;
import io.javalin.http.NotFoundResponse;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import org.gongshi.plugin.Markdown;
import org.gongshi.plugin.NavigationLink;
import org.gongshi.plugin.NavigationLink.Placement;
import org.gongshi.plugin.PluginContext;
import org.gongshi.plugin.Routes;
import org.gongshi.plugin.SearchDocuments;
import org.gongshi.plugin.SitePlugin;

/** The site's own pages — 关于本站, 联系我们, 隐私政策 — kept in the plugin's table and linked from the footer. */
public final class PagesPlugin implements SitePlugin {
    private static final List<String> SLUGS = List.of("about", "contact", "privacy");

    /** A page's HTML with the text it was rendered from: rendered again only when the text is no longer the same. */
    private record Rendered(String body, String html) {}

    private final Map<String, Rendered> rendered = new ConcurrentHashMap<>();
    private StaticPageStore store;
    private Markdown markdown;

    @Override
    public String id() {
        return "pages";
    }

    @Override
    public Optional<String> migrations() {
        return Optional.of("db/pages");
    }

    @Override
    public Optional<String> templates() {
        return Optional.of("templates/pages");
    }

    @Override
    public void init(PluginContext context) {
        this.store = new StaticPageStore(context.database());
        this.markdown = context.markdown();
    }

    @Override
    public void routes(Routes routes) {
        for (String slug : SLUGS) {
            routes.get("/" + slug, ctx -> show(ctx, slug));
        }
    }

    @Override
    public List<SearchDocuments> searchDocuments() {
        return List.of(new StaticPageDocuments(store, markdown));
    }

    @Override
    public List<NavigationLink> navigation() {
        return List.of(
                new NavigationLink("关于本站", "/about", Placement.FOOTER),
                new NavigationLink("联系我们", "/contact", Placement.FOOTER),
                new NavigationLink("隐私政策", "/privacy", Placement.FOOTER));
    }

    private void show(Context ctx, String slug) {
        StaticPage page = store.find(slug).orElseThrow(NotFoundResponse::new);
        ctx.render("pages/page.peb", Map.of("page", page, "bodyHtml", html(page)));
    }

    private String html(StaticPage page) {
        Rendered known = rendered.get(page.slug());
        if (known == null || !known.body().equals(page.body())) {
            known = new Rendered(page.body(), markdown.toHtml(page.body()));
            rendered.put(page.slug(), known);
        }
        return known.html();
    }
}
