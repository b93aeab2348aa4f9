package org.gongshi.plugin.objections;

import static java.util.Objects.requireNonNull;

import io.javalin.http.Context;
import io.javalin.http.HttpStatus;
import io.javalin.http.NotFoundResponse;
import java.time.Clock;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.HashMap;
import java.util.Map;
import org.gongshi.content.listings.DeletionGround;
import org.gongshi.content.listings.Listing;
import org.gongshi.content.uploads.UploadStore;
import org.gongshi.plugin.Attachment;
import org.gongshi.plugin.PluginListings;
import org.gongshi.plugin.StaffMember;

/**
 * The back office under /admin/objections: the queue (by state and court, soonest deadline first, overdue flagged),
 * one request with its applicant, evidence and history, the forms of the steps the member may take, and evidence
 * downloads under a name the server chooses.
 */
final class HandlingPages {
    private final ObjectionStore store;
    private final Procedure procedure;
    private final PluginListings listings;
    private final UploadStore uploads;
    private final Clock clock;

    HandlingPages(ObjectionStore store, Procedure procedure, PluginListings listings, UploadStore uploads,
            Clock clock) {
        this.store = requireNonNull(store, "store");
        this.procedure = requireNonNull(procedure, "procedure");
        this.listings = requireNonNull(listings, "listings");
        this.uploads = requireNonNull(uploads, "uploads");
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
        render(context, find(context), null);
    }

    /** A step by {@code actor} (the route's permission already checked): a handler's, or the higher level's. */
    void step(Context context, Action.Actor actor) {
        Objection objection = find(context);
        StaffMember member = StaffMember.current(context);
        Action action = Arrays.stream(Action.values()).filter(value -> value.name().equals(context.formParam("action")))
                .findFirst().orElse(null);
        if (action == null || action.actor() != actor) {
            render(context.status(HttpStatus.BAD_REQUEST), objection, "表单不完整，请刷新页面后再操作。");
            return;
        }
        try {
            int version = Integer.parseInt(context.formParam("version"));
            Decision decision = action.upholds() ? decision(context, objection) : null;
            procedure.take(objection.trackingNumber(), action, member.name(), context.formParam("note"), version,
                    decision);
            context.redirect("/admin/objections/" + objection.trackingNumber(), HttpStatus.SEE_OTHER);
        } catch (StepRefusedException refused) {
            render(context.status(HttpStatus.UNPROCESSABLE_CONTENT), objection, refused.getMessage());
        } catch (NumberFormatException malformed) {
            render(context.status(HttpStatus.BAD_REQUEST), objection, "表单不完整，请刷新页面后再操作。");
        }
    }

    void evidence(Context context) {
        Objection objection = find(context);
        String position = context.pathParam("position");
        Evidence file = store.evidence(objection.trackingNumber()).stream()
                .filter(evidence -> String.valueOf(evidence.position()).equals(position)).findFirst()
                .orElseThrow(NotFoundResponse::new);
        Attachment.send(context, uploads, file.sha256(), objection.kind().label() + objection.trackingNumber() + "-证据"
                + file.position());
    }

    private Decision decision(Context context, Objection objection) {
        String remedy = context.formParam("remedy");
        Remedy chosen = Arrays.stream(Remedy.values()).filter(value -> value.name().equals(remedy)).findFirst()
                .orElseThrow(() -> new StepRefusedException("请选择对失信信息的处理方式。"));
        return switch (chosen) {
            case CORRECT -> new Decision(chosen, Corrections.apply(listing(objection), context::formParam), null);
            case REVOKE -> new Decision(chosen, null, null);
            case DELETE -> new Decision(chosen, null, Arrays.stream(DeletionGround.values())
                    .filter(ground -> ground.name().equals(context.formParam("deletionGround"))).findFirst()
                    .orElseThrow(() -> new StepRefusedException("删除失信信息须选择《规定》第十条的删除事由。")));
        };
    }

    private Listing listing(Objection objection) {
        return listings.find(objection.listingId())
                .orElseThrow(() -> new StepRefusedException("找不到这一申请所针对的失信信息。"));
    }

    private void render(Context context, Objection objection, String error) {
        StaffMember member = StaffMember.current(context);
        Map<String, Object> model = new HashMap<>();
        model.put("item", objection);
        model.put("overdue", objection.overdueOn(today()));
        model.put("evidence", store.evidence(objection.trackingNumber()));
        model.put("events", store.events(objection.trackingNumber()));
        model.put("listing", listings.find(objection.listingId()).orElse(null));
        model.put("actions", Arrays.stream(Action.values()).filter(action -> action.allowedFrom(objection.state()))
                .filter(action -> action.actor() == Action.Actor.HANDLER && member.can(Permissions.HANDLE)
                        || action.actor() == Action.Actor.RECONSIDERER && member.can(Permissions.RECONSIDER))
                .toList());
        model.put("remedies", Remedy.values());
        model.put("deletionGrounds", DeletionGround.values());
        if (error != null) {
            model.put("error", error);
        }
        context.render("objections/admin-detail.peb", model);
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
