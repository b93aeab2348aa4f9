package org.gongshi.plugin.objections;

import static java.util.Objects.requireNonNull;

import java.sql.Connection;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import org.gongshi.plugin.AuditEvent;
import org.gongshi.plugin.AuditTrail;
import org.gongshi.plugin.ListingChangeRefusedException;
import org.gongshi.plugin.ListingChanges;
import org.gongshi.plugin.PluginDatabase;
import org.gongshi.plugin.PluginListings;
import org.gongshi.plugin.WorkingDays;

/**
 * Takes one step of an objection in one transaction: the new row (only over the version the actor saw), the event
 * with time and actor, the audit entry, the mail to the applicant, and — when the step upholds — the change to the
 * listing through the listings lifecycle, so the listing is corrected or gone from every public surface as soon as
 * the decision commits, and never without it. A decision that deletes the listing has nothing left to correct and
 * closes the request at once (异议成立，已纠正).
 */
final class Procedure {
    static final ZoneId BEIJING = WorkingDays.ZONE;
    static final String APPLICANT = "申请人";

    private final PluginDatabase database;
    private final PluginListings listings;
    private final AuditTrail audit;
    private final Notifications notifications;
    private final Deadlines deadlines;
    private final Clock clock;

    Procedure(PluginDatabase database, PluginListings listings, AuditTrail audit, Notifications notifications,
            Deadlines deadlines, Clock clock) {
        this.database = requireNonNull(database, "database");
        this.listings = requireNonNull(listings, "listings");
        this.audit = requireNonNull(audit, "audit");
        this.notifications = requireNonNull(notifications, "notifications");
        this.deadlines = requireNonNull(deadlines, "deadlines");
        this.clock = requireNonNull(clock, "clock");
    }

    /**
     * {@code actor}: the staff member's name, or {@link #APPLICANT}; {@code seenVersion}: the version the actor's
     * page showed (a step over a newer one is refused); {@code decision}: what upholding does, else null.
     */
    Objection take(String trackingNumber, Action action, String actor, String note, int seenVersion,
            Decision decision) {
        return take(trackingNumber, action, actor, note, seenVersion, decision, (connection, now) -> { });
    }

    /** As above, with {@code alongside} written in the same transaction, e.g. the files sent with missing materials. */
    Objection take(String trackingNumber, Action action, String actor, String note, int seenVersion,
            Decision decision, Alongside alongside) {
        requireNonNull(action, "action");
        requireNonNull(actor, "actor");
        String text = note == null || note.isBlank() ? null : note.strip();
        if (action.noteRequired() && text == null) {
            throw new StepRefusedException(action.missingNote());
        }
        if (action.upholds() && decision == null) {
            throw new StepRefusedException("请选择对失信信息的处理方式。");
        }
        return database.inTransaction(connection -> {
            Objection before = ObjectionRows.find(connection, trackingNumber)
                    .orElseThrow(() -> new StepRefusedException("没有这一编号的申请。"));
            if (before.version() != seenVersion) {
                throw new StepRefusedException("这一申请已被他人处理，请刷新页面后再操作。");
            }
            if (!action.allowedFrom(before.state())) {
                throw new StepRefusedException("申请当前的状态是“" + before.stateLabel() + "”，不能" + action.label()
                        + "。");
            }
            Instant now = Timestamps.truncate(clock.instant());
            LocalDate today = LocalDate.ofInstant(now, BEIJING);
            if (action == Action.APPEAL) {
                checkAppeal(before, today);
            }
            Objection after = Steps.after(before, action, today, text, deadlines, decision);
            if (!ObjectionRows.update(connection, after)) {
                throw new StepRefusedException("这一申请已被他人处理，请刷新页面后再操作。");
            }
            if (action.upholds()) {
                remedy(listings.within(connection), before, decision, actor, text);
            }
            alongside.write(connection, now);
            record(connection, before, after, action, actor, text, decision == null ? null : decision.remedy(), now);
            return after;
        });
    }

    /** More writes that belong to a step's transaction. */
    @FunctionalInterface
    interface Alongside {
        void write(Connection connection, Instant now) throws SQLException;
    }

    /**
     * The event, the audit entry and the mail of a step (also of the first one, the submission); {@code remedy}: what
     * an upholding step did to the listing, else null.
     */
    void record(Connection connection, Objection before, Objection after, Action action, String actor, String note,
            Remedy remedy, Instant now) throws SQLException {
        int sequence = HistoryRows.next(connection, "objections_event", "sequence", after.trackingNumber());
        Event event = new Event(sequence, now, actor, action, remedy, before == null ? null : before.state(),
                after.state(), note);
        HistoryRows.addEvent(connection, after.trackingNumber(), event);
        // The audit detail names the step only: the note may quote the applicant's personal data.
        audit.record(connection, AuditEvent.of(actor, "objections." + action.name().toLowerCase(java.util.Locale.ROOT))
                .on("objection", after.trackingNumber()).saying(event.step() + "：" + after.stateLabel()));
        notifications.queue(connection, after, event, now);
    }

    private void checkAppeal(Objection before, LocalDate today) {
        if (before.appealedOn() != null) {
            throw new StepRefusedException("这一申请已经申请过复核，不能再次申请。");
        }
        LocalDate lastDay = deadlines.appealBy(before.decidedOn());
        if (today.isAfter(lastDay)) {
            throw new StepRefusedException("申请复核的期限已于" + Notifications.date(lastDay) + "届满。");
        }
    }

    private static void remedy(ListingChanges changes, Objection objection, Decision decision, String actor,
            String reasons) throws SQLException {
        String why = objection.kind().label() + " " + objection.trackingNumber() + "：" + reasons;
        try {
            switch (decision.remedy()) {
                case CORRECT -> changes.correct(objection.listingId(), decision.corrected(), actor, why);
                case REVOKE -> changes.revoke(objection.listingId(), actor, why);
                case DELETE -> changes.delete(objection.listingId(), decision.ground(), actor, why);
            }
        } catch (ListingChangeRefusedException refused) {
            throw new StepRefusedException(switch (refused.reason()) {
                case NOT_ALLOWED -> "失信信息当前的状态不允许" + decision.remedy().label() + "：" + refused.getMessage();
                case NOT_FOUND -> "找不到这一申请所针对的失信信息。";
                case INVALID_VALUE -> "更正后的内容未能保存：" + refused.getMessage() + "。";
            });
        }
    }
}
