package org.gongshi.site.admin.listings;

import static java.util.Objects.requireNonNull;

import io.javalin.http.Context;
import io.javalin.http.HttpStatus;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.HashMap;
import java.util.Map;
import org.gongshi.content.listings.DeletionGround;
import org.gongshi.content.listings.HistoryEntry;
import org.gongshi.content.listings.IllegalTransitionException;
import org.gongshi.content.listings.Listing;
import org.gongshi.content.listings.ListingLifecycle;
import org.gongshi.content.listings.ListingNotFoundException;
import org.gongshi.content.listings.ListingTerm;
import org.gongshi.content.values.BoundedValues;
import org.gongshi.content.values.InvalidValueException;
import org.gongshi.plugin.StaffMember;
import org.gongshi.site.staff.AuditTrail;
import org.gongshi.site.web.Messages;
import org.gongshi.site.web.PageNotFoundException;

/**
 * POST /admin/listings/{id}/{correct,revoke,delete,restore,extend}: each goes through the one {@link ListingLifecycle} with
 * the staff member as actor, and its audit entry commits in the same transaction. A change the status does not allow,
 * a missing reason or a wrong field shows the page again with a zh-CN message, and nothing changes. The public site
 * follows through the outbox within a second.
 */
final class ListingActions {
    private static final ZoneId BEIJING = ZoneId.of("Asia/Shanghai");
    private static final int EXTENSION_YEARS = ListingTerm.LONGEST.getYears() - ListingTerm.FIXED.getYears();

    private final ListingPage page;
    private final ListingLifecycle lifecycle;
    private final AuditTrail audit;
    private final CorrectionForm correctionForm;
    private final Messages messages;
    private final Clock clock;

    ListingActions(ListingPage page, ListingLifecycle lifecycle, AuditTrail audit, Messages messages, Clock clock) {
        this.page = requireNonNull(page, "page");
        this.lifecycle = requireNonNull(lifecycle, "lifecycle");
        this.audit = requireNonNull(audit, "audit");
        this.correctionForm = new CorrectionForm(messages);
        this.messages = requireNonNull(messages, "messages");
        this.clock = requireNonNull(clock, "clock");
    }

    void revoke(Context context) {
        act(context, "revoke", "revoked", reason -> audited(context, "listing.revoke")
                .revoke(id(context), actor(context), reason));
    }

    void restore(Context context) {
        act(context, "restore", "restored", reason -> audited(context, "listing.restore")
                .restore(id(context), actor(context), reason));
    }

    void delete(Context context) {
        DeletionGround ground = ground(context.formParam("ground"));
        if (ground == null) {
            page.render(context, HttpStatus.UNPROCESSABLE_CONTENT, ListingPage.Problem.of("delete",
                    messages.get("admin.listings.groundRequired"), values(context)));
            return;
        }
        act(context, "delete", "deleted", reason -> audited(context, "listing.delete")
                .delete(id(context), ground, actor(context), reason));
    }

    /**
     * A court's extension by one to three years (Art. 2, para. 2), counted from the end of the statutory two years, so
     * a term never runs past five.
     */
    void extend(Context context) {
        Listing current = page.listing(context);
        if (current.expiresOn() == null) {
            page.render(context, HttpStatus.CONFLICT, ListingPage.Problem.of("extend",
                    messages.get("admin.listings.extend.noTerm"), values(context)));
            return;
        }
        LocalDate fixed = ListingTerm.defaultExpiry(current);
        int years;
        try {
            years = BoundedValues.wholeNumber(String.valueOf(context.formParam("years")), 1, EXTENSION_YEARS);
        } catch (InvalidValueException wrong) {
            page.render(context, HttpStatus.UNPROCESSABLE_CONTENT, ListingPage.Problem.of("extend",
                    messages.get("admin.listings.extend.yearsRequired"), values(context)));
            return;
        }
        LocalDate until = (fixed == null ? current.expiresOn() : fixed).plusYears(years);
        act(context, "extend", "extended", reason -> audited(context, "listing.extend")
                .extend(id(context), until, actor(context), reason));
    }

    void correct(Context context) {
        Listing current = page.listing(context);
        CorrectionForm.Result form = correctionForm.read(context::formParam, current, LocalDate.now(clock.withZone(
                BEIJING)));
        if (!form.valid()) {
            page.render(context, HttpStatus.UNPROCESSABLE_CONTENT, new ListingPage.Problem("correct",
                    messages.get("admin.listings.correct.errors"), withReason(context, form.values()),
                    form.errors()));
            return;
        }
        if (form.corrected().equals(current)) {
            page.render(context, HttpStatus.UNPROCESSABLE_CONTENT, ListingPage.Problem.of("correct",
                    messages.get("admin.listings.correct.unchanged"), withReason(context, form.values())));
            return;
        }
        act(context, "correct", "corrected", reason -> audited(context, "listing.correct")
                .correct(id(context), form.corrected(), actor(context), reason));
    }

    /** Runs {@code change} with the form's reason; shows the page again when it is missing or the change illegal. */
    private void act(Context context, String form, String done, Change change) {
        String reason = context.formParam("reason");
        if (reason == null || reason.isBlank()) {
            page.render(context, HttpStatus.UNPROCESSABLE_CONTENT, ListingPage.Problem.of(form,
                    messages.get("admin.listings.reasonRequired"), values(context)));
            return;
        }
        try {
            change.apply(reason.strip());
        } catch (ListingNotFoundException missing) {
            throw new PageNotFoundException("listing " + missing.id());
        } catch (IllegalTransitionException illegal) {
            page.render(context, HttpStatus.CONFLICT, ListingPage.Problem.of(form, illegal.getMessage(),
                    values(context)));
            return;
        } catch (IllegalArgumentException refused) {
            // The repository's last guard, e.g. a full resident ID number typed into a text field.
            page.render(context, HttpStatus.UNPROCESSABLE_CONTENT, ListingPage.Problem.of(form,
                    refused.getMessage(), values(context)));
            return;
        }
        context.redirect("/admin/listings/" + id(context) + "?done=" + done, HttpStatus.SEE_OTHER);
    }

    /** The lifecycle, recording the change as {@code action} in the audit log within the change's transaction. */
    private ListingLifecycle audited(Context context, String action) {
        return lifecycle.withHook((transaction, change) -> audit.log().record(transaction,
                audit.event(context, action).on("listing", change.listingId()).saying(detail(change))));
    }

    /**
     * What the audit entry says: the status change, the ground, the fields corrected; never their values, nor the
     * free-text reason (kept in the listing's history), which may name people.
     */
    private String detail(HistoryEntry change) {
        StringBuilder detail = new StringBuilder(change.fromStatus().label()).append(" → ")
                .append(change.toStatus().label());
        if (change.ground() != null) {
            detail.append("；").append(messages.get("admin.listings.ground")).append("：")
                    .append(change.ground().label());
        }
        if (!change.changedFields().isEmpty()) {
            detail.append("；").append(messages.get("admin.listings.changedFields")).append("：")
                    .append(String.join(", ", change.changedFields()));
        }
        return detail.toString();
    }

    private static DeletionGround ground(String value) {
        if (value == null) {
            return null;
        }
        for (DeletionGround ground : DeletionGround.values()) {
            if (ground.name().equals(value)) {
                return ground;
            }
        }
        return null;
    }

    private static String id(Context context) {
        return context.pathParam("id");
    }

    private static String actor(Context context) {
        return StaffMember.current(context).name();
    }

    private static Map<String, String> values(Context context) {
        return withReason(context, Map.of());
    }

    private static Map<String, String> withReason(Context context, Map<String, String> values) {
        Map<String, String> all = new HashMap<>(values);
        all.put("reason", context.formParam("reason") == null ? "" : context.formParam("reason"));
        all.put("ground", context.formParam("ground") == null ? "" : context.formParam("ground"));
        return all;
    }

    @FunctionalInterface
    private interface Change {
        void apply(String reason);
    }
}
