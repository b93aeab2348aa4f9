package org.gongshi.site.listings;

import java.util.List;
import org.gongshi.content.listings.ListingRepository;
import org.gongshi.site.articles.ListItem;

/** The home page's 政务失信 block: the newest public-body listings, read in order from their own small index. */
public final class GovernmentCredit {
    private GovernmentCredit() {}

    /** Name, link and 发布时间 of the {@code count} newest. */
    public static List<ListItem> newest(ListingRepository repository, int count) {
        return repository.newestPublicBodies(count).stream()
                .map(listing -> ListItem.of(listing.debtor().name(), ListingUrls.detail(listing.id()),
                        listing.publishedOn()))
                .toList();
    }
}
