package org.gongshi.plugin.objections;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import org.gongshi.plugin.DeletionGround;
import org.gongshi.plugin.InputChecks;
import org.gongshi.plugin.ListingView;

/**
 * Checks a staff step's fields, each wrong one with a zh-CN message (by form name, in form order):
 * the note the step requires and, for a decision that upholds, the remedy with its ground or corrections. Only the
 * chosen remedy's fields are read, so leftovers in the others never block a decision. {@code values} are the fields
 * as sent, kept to fill the form again.
 */
final class StepForm {
    private static final List<String> FIELDS = List.of("note", "remedy", "deletionGround", "correctName",
            "correctPerformance", "correctPerformed", "correctUnperformed", "correctConduct");

    private final Map<String, String> values = new LinkedHashMap<>();
    private final Map<String, String> errors = new LinkedHashMap<>();
    private Decision decision;

    private StepForm() {}

    /**
     * {@code listing}: the listing the request is about, if it still exists (only an existing one can be corrected);
     * {@code checks}: the site's rules for corrected amounts.
     */
    static StepForm read(Action action, Function<String, String> form, Optional<ListingView> listing,
            InputChecks checks) {
        StepForm checked = new StepForm();
        for (String field : FIELDS) {
            checked.values.put(field, FilingForm.clean(form.apply(field)));
        }
        if (action.upholds()) {
            checked.decide(listing, checks);
        }
        if (action.noteRequired() && checked.values.get("note").isEmpty()) {
            checked.errors.put("note", action.missingNote());
        }
        return checked;
    }

    Map<String, String> values() {
        return values;
    }

    Map<String, String> errors() {
        return errors;
    }

    boolean valid() {
        return errors.isEmpty();
    }

    /** What upholding does to the listing; null unless the step upholds and the form is valid. */
    Decision decision() {
        return valid() ? decision : null;
    }

    private void decide(Optional<ListingView> listing, InputChecks checks) {
        Remedy remedy = choice(Remedy.class, "remedy");
        if (remedy == null) {
            errors.put("remedy", "请选择对失信信息的处理方式：更正、撤销或删除。");
            return;
        }
        switch (remedy) {
            case CORRECT -> {
                if (listing.isEmpty()) {
                    errors.put("remedy", "这一申请所针对的失信信息已不存在，无法更正；请选择其他处理方式。");
                    return;
                }
                decision = new Decision(remedy, Corrections.read(values::get, checks, errors::put), null);
            }
            case REVOKE -> decision = new Decision(remedy, null, null);
            case DELETE -> {
                DeletionGround ground = choice(DeletionGround.class, "deletionGround");
                if (ground == null) {
                    errors.put("deletionGround", "删除失信信息须选择删除事由（《规定》第十条）。");
                    return;
                }
                decision = new Decision(remedy, null, ground);
            }
        }
    }

    private <E extends Enum<E>> E choice(Class<E> type, String field) {
        for (E constant : type.getEnumConstants()) {
            if (constant.name().equals(values.get(field))) {
                return constant;
            }
        }
        return null;
    }
}
