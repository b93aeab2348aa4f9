package org.gongshi.site.listings;

import static java.util.Objects.requireNonNull;

import io.javalin.http.Context;
import io.javalin.http.Handler;
import java.text.Collator;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.gongshi.content.listings.DebtorKind;
import org.gongshi.content.listings.LedgerRow;
import org.gongshi.content.listings.ListingRepository;
import org.gongshi.content.listings.Rectification;
import org.gongshi.index.SearchIndex;
import org.gongshi.index.SearchResults;
import org.gongshi.site.web.Messages;
import org.gongshi.site.web.PageNotFoundException;
import org.gongshi.site.web.PageNumber;
import org.gongshi.site.web.Pages;

/**
 * GET /government-credit: the public-body listings, newest first (from the general index, which holds only them, each
 * re-read from the database), and the ledger by province, kind and rectification status.
 */
final class GovernmentCreditPage implements Handler {
    static final int PAGE_SIZE = 20;

    private final ListingRepository repository;
    private final SearchIndex index;
    private final Messages messages;
    private final Pages pages;

    GovernmentCreditPage(ListingRepository repository, SearchIndex index, Messages messages, Pages pages) {
        this.repository = requireNonNull(repository, "repository");
        this.index = requireNonNull(index, "index");
        this.messages = requireNonNull(messages, "messages");
        this.pages = requireNonNull(pages, "pages");
    }

    @Override
    public void handle(Context context) {
        int page = PageNumber.parse("page", context.queryParam("page"));
        SearchResults results = GovernmentCredit.page(index, page, PAGE_SIZE);
        if (page > 1 && results.hits().isEmpty()) {
            throw new PageNotFoundException("government-credit page " + page);
        }
        List<PublicBodyRow> rows = results.hits().stream()
                .map(hit -> repository.findPublic(hit.id().substring(PublicBodyDocuments.TYPE.length() + 1)))
                .flatMap(Optional::stream)
                .filter(PublicBodyDocuments::isPublicBody)
                .map(PublicBodyRow::of)
                .toList();
        int pageCount = (int) Math.max(1, (results.total() + PAGE_SIZE - 1) / PAGE_SIZE);
        pages.render(context, "listings/government.peb", Map.of(
                "rows", rows,
                "page", page,
                "pageCount", pageCount,
                "previousUrl", page > 1 ? pageUrl(page - 1) : "",
                "nextUrl", page < pageCount ? pageUrl(page + 1) : "",
                "ledger", ledger(repository.ledger())), pageUrl(page));
    }

    private static String pageUrl(int page) {
        return page == 1 ? "/government-credit" : "/government-credit?page=" + page;
    }

    private List<LedgerTable> ledger(List<LedgerRow> rows) {
        return List.of(
                LedgerTable.of(messages.get("government.byProvince"), messages.get("listings.province"), rows,
                        LedgerRow::province, Collator.getInstance(Messages.LOCALE)::compare, province -> province,
                        messages),
                LedgerTable.of(messages.get("government.byKind"), messages.get("government.kind"), rows,
                        LedgerRow::kind, Comparator.<DebtorKind>naturalOrder(), DebtorKind::label, messages),
                LedgerTable.of(messages.get("government.byRectification"), messages.get("listings.rectification"),
                        rows, LedgerRow::rectification, Comparator.<Rectification.State>naturalOrder(),
                        state -> state == null ? messages.get("government.rectification.unknown") : state.label(),
                        messages));
    }
}
