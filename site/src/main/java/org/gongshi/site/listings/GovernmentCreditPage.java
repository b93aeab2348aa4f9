package org.gongshi.site.listings;

import static java.util.Objects.requireNonNull;

import io.javalin.http.Context;
import io.javalin.http.Handler;
import java.text.Collator;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.LongSupplier;
import java.util.function.Supplier;
import org.gongshi.content.Page;
import org.gongshi.content.listings.DebtorKind;
import org.gongshi.content.listings.LedgerRow;
import org.gongshi.content.listings.Listing;
import org.gongshi.content.listings.ListingRepository;
import org.gongshi.content.listings.Rectification;
import org.gongshi.site.web.Messages;
import org.gongshi.site.web.PageNotFoundException;
import org.gongshi.site.web.PageNumber;
import org.gongshi.site.web.Pages;
import org.gongshi.site.web.UntilChanged;

/**
 * GET /government-credit: the public-body listings, newest first, narrowed by province, kind and rectification status,
 * and the ledger of them all by the same three.
 */
final class GovernmentCreditPage implements Handler {
    static final int PAGE_SIZE = 20;

    private final ListingRepository repository;
    private final Supplier<Ledger> ledger;
    private final Messages messages;
    private final Pages pages;

    /** {@code changes}: the outbox's newest sequence; the ledger and its tables are made again only when it moves. */
    GovernmentCreditPage(ListingRepository repository, LongSupplier changes, Messages messages, Pages pages) {
        this.repository = requireNonNull(repository, "repository");
        this.messages = requireNonNull(messages, "messages");
        this.ledger = new UntilChanged<>(changes, () -> ledger(repository.ledger()));
        this.pages = requireNonNull(pages, "pages");
    }

    @Override
    public void handle(Context context) {
        Ledger shown = ledger.get();
        List<String> provinces = shown.provinces();
        GovernmentCreditFilter filter = GovernmentCreditFilter.read(context.queryParamMap(), provinces);
        int page = PageNumber.parse("page", context.queryParam("page"));
        Page<Listing> found = repository.publicBodies(filter.toQuery(), page, PAGE_SIZE);
        if (page > 1 && found.items().isEmpty()) {
            throw new PageNotFoundException("government-credit page " + page);
        }
        Map<String, Object> model = new HashMap<>();
        model.put("rows", found.items().stream().map(PublicBodyRow::of).toList());
        model.put("total", found.total());
        model.put("page", page);
        model.put("pageCount", found.pageCount());
        model.put("previousUrl", page > 1 ? filter.url(page - 1) : "");
        model.put("nextUrl", page < found.pageCount() ? filter.url(page + 1) : "");
        model.put("filtered", !filter.isEmpty());
        model.put("provinces", provinces.stream().map(province -> new Choice(province, province,
                province.equals(filter.province()))).toList());
        model.put("kinds", GovernmentCreditFilter.KINDS.stream().map(kind -> new Choice(
                GovernmentCreditFilter.parameter(kind), kind.label(), kind == filter.kind())).toList());
        model.put("statuses", Arrays.stream(Rectification.State.values()).map(state -> new Choice(
                GovernmentCreditFilter.parameter(state), state.label(), state == filter.status())).toList());
        model.put("ledger", shown.tables());
        pages.render(context, "listings/government.peb", model, filter.url(page));
    }

    /** An option of a filter's choice list. */
    record Choice(String value, String label, boolean selected) {}

    /** The provinces that have public-body listings, in Chinese order, and the three tables of the ledger. */
    private record Ledger(List<String> provinces, List<LedgerTable> tables) {}

    private Ledger ledger(List<LedgerRow> rows) {
        Collator collator = Collator.getInstance(Messages.LOCALE);
        List<String> provinces = rows.stream().map(LedgerRow::province).filter(Objects::nonNull).distinct()
                .sorted(collator::compare).toList();
        return new Ledger(provinces, List.of(
                LedgerTable.of(messages.get("government.byProvince"), messages.get("listings.province"), rows,
                        LedgerRow::province, collator::compare, province -> province,
                        messages),
                LedgerTable.of(messages.get("government.byKind"), messages.get("government.kind"), rows,
                        LedgerRow::kind, Comparator.<DebtorKind>naturalOrder(), DebtorKind::label, messages),
                LedgerTable.of(messages.get("government.byRectification"), messages.get("listings.rectification"),
                        rows, LedgerRow::rectification, Comparator.<Rectification.State>naturalOrder(),
                        state -> state == null ? messages.get("government.rectification.unknown") : state.label(),
                        messages)));
    }
}
