package org.gongshi.site.home;

import static java.util.Objects.requireNonNull;

import io.javalin.http.Context;
import io.javalin.http.Handler;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.LongSupplier;
import org.gongshi.plugin.HomeBlock;
import org.gongshi.site.articles.ListItem;
import org.gongshi.site.web.Pages;
import org.gongshi.site.web.PublicForms;
import org.gongshi.site.web.PebbleRenderer;
import org.gongshi.site.web.UntilChanged;

/**
 * GET /: the debtor lookup first (most visitors come for it), the general search beside it, the core sections' newest
 * items and the plugins' home blocks.
 */
public final class HomePage implements Handler {
    private final Pages pages;
    private final PebbleRenderer renderer;
    private final UntilChanged<List<ShownSection>> sections;
    private final List<HomeBlock> blocks;
    private final PublicForms lookupForms;

    /**
     * {@code changes}: the outbox's newest sequence, which moves with every write a section could show, so the sections
     * are read again only after one; {@code lookupForms}: the token of the debtor lookup, which is posted so an ID
     * number stays out of addresses.
     */
    public HomePage(Pages pages, PebbleRenderer renderer, LongSupplier changes, List<HomeSection> sections,
            List<HomeBlock> blocks, PublicForms lookupForms) {
        this.pages = requireNonNull(pages, "pages");
        this.lookupForms = requireNonNull(lookupForms, "lookupForms");
        this.renderer = requireNonNull(renderer, "renderer");
        List<HomeSection> all = List.copyOf(sections);
        this.sections = new UntilChanged<>(changes, () -> all.stream()
                .map(section -> new ShownSection(section.heading(), section.moreUrl(), section.items().get()))
                .toList());
        this.blocks = List.copyOf(blocks);
    }

    @Override
    public void handle(Context context) {
        pages.render(context, "home/home.peb", Map.of("sections", sections.get(), "blocks", renderBlocks(),
                "publicForm", lookupForms.token(context)), "/");
    }

    private List<ShownBlock> renderBlocks() {
        List<ShownBlock> shown = new ArrayList<>();
        for (HomeBlock block : blocks) {
            Map<String, Object> model = block.model().get();
            if (model != null && !model.isEmpty()) {
                shown.add(new ShownBlock(block.title(), renderer.render(block.template(), model)));
            }
        }
        return shown;
    }

    record ShownSection(String heading, String moreUrl, List<ListItem> items) {}

    /** {@code html} is the block's own autoescaped template output, so the page prints it raw. */
    record ShownBlock(String title, String html) {}
}
