package org.gongshi.site.admin.listings;

import static java.util.Objects.requireNonNull;

import io.javalin.http.Context;
import io.javalin.http.HttpStatus;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.gongshi.content.listings.DeletionGround;
import org.gongshi.content.listings.HistoryAction;
import org.gongshi.content.listings.Listing;
import org.gongshi.content.listings.ListingLifecycle;
import org.gongshi.content.listings.ListingRepository;
import org.gongshi.content.listings.ListingStatus;
import org.gongshi.content.listings.Rectification;
import org.gongshi.site.web.Messages;
import org.gongshi.site.web.PageNotFoundException;

/**
 * GET /admin/listings/{id}: the whole record with its history, and the forms for the changes its status allows
 * (correct, revoke, delete on an Art. 10 ground, restore), each asking for a reason.
 */
final class ListingPage {
    /** The results an action redirects with, e.g. ?done=deleted. */
    static final Set<String> DONE = Set.of("corrected", "revoked", "deleted", "restored", "extended");

    private final ListingRepository repository;
    private final Messages messages;

    ListingPage(ListingRepository repository, Messages messages) {
        this.repository = requireNonNull(repository, "repository");
        this.messages = requireNonNull(messages, "messages");
    }

    void show(Context context) {
        render(context, HttpStatus.OK, Problem.NONE);
    }

    Listing listing(Context context) {
        String id = context.pathParam("id");
        return repository.find(id).orElseThrow(() -> new PageNotFoundException("listing " + id));
    }

    /** The page, with what went wrong with a form (which form, its message, the values entered) if anything did. */
    void render(Context context, HttpStatus status, Problem problem) {
        Listing listing = listing(context);
        ListingStatus current = listing.status();
        Map<String, Object> model = new HashMap<>();
        model.put("record", ListingRecord.of(listing, repository.history(listing.id()), messages));
        model.put("canCorrect", ListingLifecycle.allows(HistoryAction.CORRECTED, current));
        model.put("canRevoke", ListingLifecycle.allows(HistoryAction.REVOKED, current));
        model.put("canDelete", ListingLifecycle.allows(HistoryAction.DELETED, current));
        model.put("canRestore", ListingLifecycle.allows(HistoryAction.RESTORED, current));
        // Art. 2 lets a court extend only a fixed term; a listing without one stays until removed anyway.
        model.put("canExtend", ListingLifecycle.allows(HistoryAction.EXTENDED, current)
                && listing.expiresOn() != null);
        model.put("grounds", Arrays.stream(DeletionGround.values())
                .map(ground -> new Choice(ground.name(), ground.label())).toList());
        model.put("correction", correctionFields(listing, problem));
        model.put("problem", problem);
        Optional.ofNullable(context.queryParam("done")).filter(DONE::contains)
                .ifPresent(done -> model.put("done", messages.get("admin.listings.done." + done)));
        context.status(status).render("admin/listings/listing.peb", model);
    }

    private List<FormField> correctionFields(Listing listing, Problem problem) {
        return Arrays.stream(CorrectableField.values())
                .filter(field -> field.appliesTo(listing.debtor().kind()))
                .map(field -> new FormField(field.formName(), messages.get("listings." + field.formName()),
                        field.input().name(), problem.values().getOrDefault(field.formName(),
                                Optional.ofNullable(field.current(listing)).orElse("")),
                        problem.fieldErrors().get(field.formName()), options(field)))
                .toList();
    }

    private static List<Choice> options(CorrectableField field) {
        if (field.input() != CorrectableField.Input.RECTIFICATION) {
            return List.of();
        }
        return Arrays.stream(Rectification.State.values())
                .map(state -> new Choice(state.name(), state.label())).toList();
    }

    /**
     * What went wrong with the form named {@code form} (correct, revoke, delete, restore): its message, the values
     * entered (to show them again) and, for a correction, the message under each field.
     */
    public record Problem(String form, String message, Map<String, String> values, Map<String, String> fieldErrors) {
        static final Problem NONE = new Problem("", null, Map.of(), Map.of());

        static Problem of(String form, String message, Map<String, String> values) {
            return new Problem(form, message, values, Map.of());
        }
    }

    /** A value of a select and its label. */
    public record Choice(String value, String label) {}

    /** A correction form field: its input kind (CorrectableField.Input), value, error and choices. */
    public record FormField(String name, String label, String input, String value, String error,
            List<Choice> options) {}
}
