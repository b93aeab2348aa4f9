package org.gongshi.site.web;

import static java.util.Objects.requireNonNull;

import io.javalin.http.Context;
import io.javalin.http.Handler;
import io.javalin.http.HandlerType;
import io.javalin.http.HttpStatus;
import java.io.IOException;
import java.io.InputStream;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.function.LongSupplier;

/**
 * Public pages that every visitor without a cookie is shown alike, kept as the bytes last sent until the database
 * changes. {@code version} is the outbox's newest sequence, which every write any page could show moves: it is read
 * before the page is made, so a kept page is never older than its version, and a takedown is gone from every kept
 * page as soon as it is committed (so it may say {@code no-store} to browsers and proxies, which cannot know that).
 * Only pages whose route wraps them with {@link #keep} are kept, so a page with anything personal never is; and only
 * an answer that is 200 and sets no cookie, so holds no form token. Pages read from the search indexes must not be
 * wrapped: an index follows the outbox a moment later, and the page would keep its lag.
 */
public final class SharedPages {
    /** Enough for a few hundred article pages; the least recently asked for goes first. */
    static final long DEFAULT_BUDGET_BYTES = 16L * 1024 * 1024;
    private static final int LARGEST_PAGE_BYTES = 512 * 1024;
    /** Headers that belong to one exchange, not to the page. */
    private static final Set<String> NOT_REPEATED = Set.of("content-length", "date", "transfer-encoding");

    private record Page(long version, int status, Map<String, String> headers, byte[] body) {}

    private final LongSupplier version;
    private final long budgetBytes;
    private final LinkedHashMap<String, Page> pages = new LinkedHashMap<>(64, 0.75f, true);
    private long heldBytes;

    public SharedPages(LongSupplier version, long budgetBytes) {
        this.version = requireNonNull(version, "version");
        if (budgetBytes <= 0) {
            throw new IllegalArgumentException("budget must be positive");
        }
        this.budgetBytes = budgetBytes;
    }

    public SharedPages(LongSupplier version) {
        this(version, DEFAULT_BUDGET_BYTES);
    }

    /** {@code handler}, answering from memory what it answered before while nothing has changed. */
    public Handler keep(Handler handler) {
        requireNonNull(handler, "handler");
        return context -> {
            if (context.method() != HandlerType.GET || !context.cookieMap().isEmpty()) {
                handler.handle(context);
                return;
            }
            String key = context.path() + "?" + Objects.requireNonNullElse(context.queryString(), "");
            long now = version.getAsLong();
            Optional<Page> kept = find(key, now);
            if (kept.isPresent()) {
                send(context, kept.get());
                return;
            }
            handler.handle(context);
            pageOf(context, now).ifPresent(page -> store(key, page));
        };
    }

    private synchronized Optional<Page> find(String key, long now) {
        Page page = pages.get(key);
        return page != null && page.version() == now ? Optional.of(page) : Optional.empty();
    }

    private synchronized void store(String key, Page page) {
        Page replaced = pages.put(key, page);
        heldBytes += page.body().length - (replaced == null ? 0 : replaced.body().length);
        Iterator<Map.Entry<String, Page>> eldest = pages.entrySet().iterator();
        while (heldBytes > budgetBytes && eldest.hasNext()) {
            heldBytes -= eldest.next().getValue().body().length;
            eldest.remove();
        }
    }

    private static void send(Context context, Page page) {
        page.headers().forEach(context::header);
        context.status(page.status()).result(page.body());
    }

    private static Optional<Page> pageOf(Context context, long version) throws IOException {
        if (context.status() != HttpStatus.OK || !context.res().getHeaders("Set-Cookie").isEmpty()) {
            return Optional.empty();
        }
        InputStream result = context.resultInputStream();
        if (result == null) {
            return Optional.empty();
        }
        byte[] body = result.readAllBytes();
        context.result(body);
        if (body.length > LARGEST_PAGE_BYTES) {
            return Optional.empty();
        }
        return Optional.of(new Page(version, context.statusCode(), headers(context), body));
    }

    private static Map<String, String> headers(Context context) {
        Map<String, String> headers = new LinkedHashMap<>();
        for (String name : context.res().getHeaderNames()) {
            if (!NOT_REPEATED.contains(name.toLowerCase(Locale.ROOT))) {
                headers.put(name, context.res().getHeader(name));
            }
        }
        return Map.copyOf(headers);
    }
}
