package org.gongshi.site.listings;

import static java.util.Objects.requireNonNull;

import io.javalin.http.Context;
import io.javalin.http.Handler;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import org.gongshi.content.listings.Listing;
import org.gongshi.content.listings.ListingRepository;
import org.gongshi.plugin.ListingAddition;
import org.gongshi.site.web.GoneException;
import org.gongshi.site.web.Messages;
import org.gongshi.site.web.PageNotFoundException;
import org.gongshi.site.web.Pages;

/**
 * GET /listings/{id}, read from the database on every request so a takedown by any process shows at once: 404 for an
 * id never published, 410 for one deleted, revoked or expired. Plugins may add a note above the fields and links below
 * them (e.g. where to object), without the core knowing which plugin.
 */
final class ListingDetailPage implements Handler {
    private final ListingRepository repository;
    private final Messages messages;
    private final Pages pages;
    private final Function<Listing, List<ListingAddition>> additions;

    ListingDetailPage(ListingRepository repository, Messages messages, Pages pages,
            Function<Listing, List<ListingAddition>> additions) {
        this.repository = requireNonNull(repository, "repository");
        this.messages = requireNonNull(messages, "messages");
        this.pages = requireNonNull(pages, "pages");
        this.additions = requireNonNull(additions, "additions");
    }

    @Override
    public void handle(Context context) {
        String id = context.pathParam("id");
        Listing listing = repository.find(id).orElseThrow(() -> new PageNotFoundException("listing"));
        if (!listing.status().isPublic()) {
            throw new GoneException("listing");
        }
        List<ListingAddition> added = additions.apply(listing);
        pages.render(context, "listings/detail.peb", Map.of("listing", ListingDetail.of(listing, messages),
                "notes", added.stream().filter(addition -> addition.kind() == ListingAddition.Kind.NOTE).toList(),
                "links", added.stream().filter(addition -> addition.kind() == ListingAddition.Kind.LINK).toList(),
                "back", ListingUrls.wayBack(context.queryParam("from"))),
                ListingUrls.detail(listing.id()));
    }
}
