package org.gongshi.site.admin.content;

import static java.util.Objects.requireNonNull;

import io.javalin.http.Context;
import java.time.Instant;
import java.util.Map;
import java.util.Optional;
import org.gongshi.content.Status;
import org.gongshi.content.editorial.EditorialItem;
import org.gongshi.content.editorial.EditorialWorkflow;
import org.gongshi.content.editorial.IllegalTransitionException;
import org.gongshi.plugin.StaffMember;
import org.gongshi.site.web.ChineseDates;

/**
 * POST /admin/{kind}/{slug}/submit, approve, publish, return and archive: each moves the item as the workflow allows
 * and goes back to it (303), audited. A move its status does not allow, or one on a revision the member did not see,
 * changes nothing and shows why (409); a missing reason or an unreadable time is shown beside its field (422).
 */
final class ItemActions<T> {
    private static final String REASON = "reason";
    private static final int MAXIMUM_REASON = 300;

    private final KindScreens<T> screens;
    private final ContentKind<T> kind;
    private final ItemPage<T> page;

    ItemActions(KindScreens<T> screens) {
        this.screens = requireNonNull(screens, "screens");
        this.kind = screens.kind();
        this.page = screens.page();
    }

    void submit(Context context) {
        act(context, "submit", null, (slug, author) -> kind.workflow().submitForReview(slug, author));
    }

    void approve(Context context) {
        String typed = context.formParam(PublishTime.FIELD);
        Optional<Instant> publishAt;
        try {
            publishAt = PublishTime.parse(typed);
        } catch (IllegalArgumentException e) {
            refuse(context, "approve", typed, "admin.content.error.publishAt");
            return;
        }
        act(context, "approve", publishAt.map(ChineseDates::dateTime).orElse(null),
                (slug, author) -> kind.workflow().approve(slug, author, publishAt));
    }

    void publish(Context context) {
        act(context, "publish", null, (slug, author) -> kind.workflow().publishNow(slug, author));
    }

    void returnToDraft(Context context) {
        withReason(context, "return", (slug, author, reason) -> kind.workflow().returnToDraft(slug, author, reason));
    }

    void archive(Context context) {
        withReason(context, "archive", (slug, author, reason) -> kind.workflow().archive(slug, author, reason));
    }

    private void withReason(Context context, String action, ReasonedMove<T> move) {
        String reason = Optional.ofNullable(context.formParam(REASON)).map(String::strip).orElse("");
        if (reason.isEmpty() || reason.length() > MAXIMUM_REASON
                || reason.chars().anyMatch(Character::isISOControl)) {
            refuse(context, action, reason, "admin.content.error.reason");
            return;
        }
        act(context, action, reason, (slug, author) -> move.apply(slug, author, reason));
    }

    private void act(Context context, String action, String note, Move<T> move) {
        EditorialItem<T> current = page.find(context);
        if (!SeenRevision.current(context, current)) {
            screens.refuseStale(context, current, page.stored(current));
            return;
        }
        EditorialItem<T> moved;
        try {
            moved = move.apply(current.slug(), StaffMember.current(context).name());
        } catch (IllegalTransitionException e) {
            page.render(context, 409, Optional.of(current), page.stored(current), Map.of("error", e.getMessage()));
            return;
        }
        screens.audit().record(context, action, kind, moved.slug(), note);
        screens.backTo(context, moved.slug(), done(moved.status()));
    }

    private void refuse(Context context, String action, String typed, String messageKey) {
        EditorialItem<T> current = page.find(context);
        page.render(context, 422, Optional.of(current), page.stored(current), Map.of("refusal",
                new ItemView.Refusal(action, typed == null ? "" : typed, screens.messages().get(messageKey, MAXIMUM_REASON))));
    }

    private static Done done(Status status) {
        return switch (status) {
            case DRAFT -> Done.RETURNED;
            case IN_REVIEW -> Done.SUBMITTED;
            case SCHEDULED -> Done.SCHEDULED;
            case PUBLISHED -> Done.PUBLISHED;
            case ARCHIVED -> Done.ARCHIVED;
        };
    }

    @FunctionalInterface
    private interface Move<T> {
        EditorialItem<T> apply(String slug, String author);
    }

    @FunctionalInterface
    private interface ReasonedMove<T> {
        EditorialItem<T> apply(String slug, String author, String reason);
    }
}
