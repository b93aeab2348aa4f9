package org.gongshi.plugin.objections;

import static java.util.Objects.requireNonNull;

import io.javalin.http.Context;
import io.javalin.http.HttpStatus;
import io.javalin.http.NotFoundResponse;
import java.time.Clock;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.gongshi.plugin.AuditEvent;
import org.gongshi.plugin.AuditTrail;
import org.gongshi.plugin.DeletionGround;
import org.gongshi.plugin.InputChecks;
import org.gongshi.plugin.PluginListings;
import org.gongshi.plugin.PluginUploads;
import org.gongshi.plugin.StaffMember;

/**
 * The back office under /admin/objections: the queue (by state and court, soonest deadline first, overdue flagged),
 * one request with its applicant, evidence and history and the forms of the steps the member may take (posted back to
 * the request's page), and evidence downloads under a name the server chooses.
 */
final class HandlingPages {
    private static final String PATH = "/admin/objections/";

    private final ObjectionStore store;
    private final Procedure procedure;
    private final PluginListings listings;
    private final PluginUploads uploads;
    private final InputChecks checks;
    private final AuditTrail audit;
    private final Clock clock;

    HandlingPages(ObjectionStore store, Procedure procedure, PluginListings listings, PluginUploads uploads,
            InputChecks checks, AuditTrail audit, Clock clock) {
        this.store = requireNonNull(store, "store");
        this.procedure = requireNonNull(procedure, "procedure");
        this.listings = requireNonNull(listings, "listings");
        this.uploads = requireNonNull(uploads, "uploads");
        this.checks = requireNonNull(checks, "checks");
        this.audit = requireNonNull(audit, "audit");
        this.clock = requireNonNull(clock, "clock");
    }

    void queue(Context context) {
        State state = Arrays.stream(State.values()).filter(value -> value.name().equals(context.queryParam("state")))
                .findFirst().orElse(null);
        String court = blankToNull(context.queryParam("court"));
        Map<String, Object> model = new HashMap<>();
        model.put("items", store.queue(state, court));
        model.put("states", State.values());
        model.put("courts", store.courts());
        model.put("selectedState", state == null ? "" : state.name());
        model.put("selectedCourt", court == null ? "" : court);
        model.put("today", today());
        context.render("objections/admin-queue.peb", model);
    }

    void detail(Context context) {
        render(context, find(context), null, null);
    }

    /**
     * A step, posted to the request's own page so that a mistake is answered there (422) with the form as typed and
     * each problem beside its field. The route admits whoever reads requests; the step needs its actor's permission.
     */
    void step(Context context) {
        Objection objection = find(context);
        StaffMember member = StaffMember.current(context);
        Action action = Arrays.stream(Action.values()).filter(value -> value.name().equals(context.formParam("action")))
                .filter(value -> value.actor() != Action.Actor.APPLICANT).findFirst().orElse(null);
        int version = version(context);
        if (action == null || version < 0) {
            render(context.status(HttpStatus.BAD_REQUEST), objection, null, "表单不完整，请刷新页面后再操作。");
            return;
        }
        if (!member.can(Permissions.toTake(action))) {
            audit.record(AuditEvent.of(member.name(), "access.denied").on("route", "POST " + context.path())
                    .saying(action.label()));
            render(context.status(HttpStatus.FORBIDDEN), objection, null, "您没有“" + action.label() + "”的权限。");
            return;
        }
        StepForm form = StepForm.read(action, context::formParam, listings.find(objection.listingId()), checks);
        if (!form.valid()) {
            render(context.status(HttpStatus.UNPROCESSABLE_CONTENT), objection, new Posted(action, form), null);
            return;
        }
        try {
            procedure.take(objection.trackingNumber(), action, member.name(), form.values().get("note"),
                    version, form.decision());
            context.redirect(PATH + objection.trackingNumber(), HttpStatus.SEE_OTHER);
        } catch (StepRefusedException refused) {
            // Shown over the request as it now is: another member's step may be why.
            render(context.status(HttpStatus.UNPROCESSABLE_CONTENT), find(context), new Posted(action, form),
                    refused.getMessage());
        }
    }

    void evidence(Context context) {
        Objection objection = find(context);
        String position = context.pathParam("position");
        Evidence file = store.evidence(objection.trackingNumber()).stream()
                .filter(evidence -> String.valueOf(evidence.position()).equals(position)).findFirst()
                .orElseThrow(NotFoundResponse::new);
        uploads.send(context, file.sha256(), objection.kind().label() + objection.trackingNumber() + "-证据"
                + file.position());
    }

    /** A step's form as it was sent, to show it again. */
    private record Posted(Action action, StepForm form) {}

    /** {@code posted}: the form sent, to fill again (null: none); {@code error}: a problem with the whole step. */
    private void render(Context context, Objection objection, Posted posted, String error) {
        StaffMember member = StaffMember.current(context);
        List<Action> actions = Arrays.stream(Action.values())
                .filter(action -> action.allowedFrom(objection.state()))
                .filter(action -> action.actor() != Action.Actor.APPLICANT && member.can(Permissions.toTake(action)))
                .toList();
        Map<String, Object> model = new HashMap<>();
        model.put("item", objection);
        model.put("overdue", objection.overdueOn(today()));
        model.put("evidence", store.evidence(objection.trackingNumber()));
        model.put("events", store.events(objection.trackingNumber()));
        model.put("listing", listings.find(objection.listingId()).orElse(null));
        model.put("actions", actions);
        model.put("remedies", Remedy.values());
        model.put("deletionGrounds", DeletionGround.values());
        model.put("posted", posted == null ? "" : posted.action().name());
        model.put("values", posted == null ? Map.of() : posted.form().values());
        model.put("errors", posted == null ? Map.of() : posted.form().errors());
        if (posted != null && !actions.contains(posted.action())) {
            // The step is no longer offered (someone else moved the request on): what was typed stays readable.
            model.put("unsent", posted.form().values().get("note"));
        }
        if (error != null) {
            model.put("error", error);
        }
        context.render("objections/admin-detail.peb", model);
    }

    /** The version the page showed, or -1 for a form this site did not make. */
    private static int version(Context context) {
        try {
            return Integer.parseInt(String.valueOf(context.formParam("version")));
        } catch (NumberFormatException malformed) {
            return -1;
        }
    }

    private Objection find(Context context) {
        return store.find(context.pathParam("number")).orElseThrow(NotFoundResponse::new);
    }

    private LocalDate today() {
        return LocalDate.ofInstant(clock.instant(), Procedure.BEIJING);
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value;
    }
}
