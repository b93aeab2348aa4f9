package org.gongshi.site.admin.listings;

import static java.util.Objects.requireNonNull;

import java.time.LocalDate;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.Function;
import org.gongshi.content.listings.Debtor;
import org.gongshi.content.listings.Enforcement;
import org.gongshi.content.listings.Listing;
import org.gongshi.content.listings.Rectification;
import org.gongshi.content.values.BoundedValues;
import org.gongshi.site.web.Messages;

/**
 * Reads the correction form against the listing it corrects: each field that applies to the debtor's kind, checked by
 * its input (a name is required; dates are ISO; amounts are yuan to the fen). The listing's identity (kind,
 * identifier, case number) is carried over unchanged.
 */
final class CorrectionForm {
    static final int MAX_TEXT = 500;
    static final int MAX_LONG_TEXT = 5_000;
    private static final int ADULT_AGE = 18;
    private static final int MAX_AGE = 150;

    private final Messages messages;

    CorrectionForm(Messages messages) {
        this.messages = requireNonNull(messages, "messages");
    }

    /** {@code errors} (by form name, in form order) is empty exactly when {@code corrected} is set. */
    record Result(Listing corrected, Map<String, String> values, Map<String, String> errors) {
        boolean valid() {
            return errors.isEmpty();
        }
    }

    Result read(Function<String, String> form, Listing current, LocalDate today) {
        Map<String, String> values = new LinkedHashMap<>();
        Map<String, String> errors = new LinkedHashMap<>();
        Map<CorrectableField, Object> parsed = new EnumMap<>(CorrectableField.class);
        for (CorrectableField field : CorrectableField.values()) {
            if (!field.appliesTo(current.debtor().kind())) {
                continue;
            }
            String raw = form.apply(field.formName());
            String value = raw == null ? "" : raw.strip();
            values.put(field.formName(), value);
            try {
                parsed.put(field, value.isEmpty() ? null : parse(field, value));
            } catch (IllegalArgumentException wrong) {
                errors.put(field.formName(), messages.get("admin.listings.correct.invalid." + field.input().name()));
            }
        }
        if (parsed.get(CorrectableField.NAME) == null) {
            errors.putIfAbsent(CorrectableField.NAME.formName(), messages.get("admin.listings.correct.nameRequired"));
        }
        if (!errors.isEmpty()) {
            return new Result(null, values, errors);
        }
        return new Result(corrected(current, parsed, today), values, Map.of());
    }

    private static Object parse(CorrectableField field, String value) {
        return switch (field.input()) {
            case TEXT -> limited(value, MAX_TEXT);
            case LONG_TEXT -> limited(value, MAX_LONG_TEXT);
            case AGE -> age(value);
            case DATE -> BoundedValues.date(value);
            case AMOUNT -> BoundedValues.yuan(value);
            case RECTIFICATION -> Rectification.State.valueOf(value);
        };
    }

    private static String limited(String value, int maximum) {
        if (value.codePointCount(0, value.length()) > maximum) {
            throw new IllegalArgumentException("longer than " + maximum);
        }
        return value;
    }

    /** Only adults are ever listed (Art. 4), so a correction cannot make one younger than 18. */
    private static Integer age(String value) {
        return BoundedValues.wholeNumber(value, ADULT_AGE, MAX_AGE);
    }

    private static Listing corrected(Listing current, Map<CorrectableField, Object> parsed, LocalDate today) {
        Fields fields = new Fields(parsed);
        Debtor debtor = current.debtor();
        Enforcement enforcement = current.enforcement();
        Debtor newDebtor = new Debtor(debtor.kind(), fields.pick(CorrectableField.NAME, debtor.name()),
                fields.pick(CorrectableField.SEX, debtor.sex()), fields.pick(CorrectableField.AGE, debtor.age()),
                debtor.identifierShown(), debtor.identifierKey(),
                fields.pick(CorrectableField.LEGAL_REPRESENTATIVE, debtor.legalRepresentative()),
                fields.pick(CorrectableField.SUPERIOR_BODY, debtor.superiorBody()));
        Enforcement newEnforcement = new Enforcement(fields.pick(CorrectableField.COURT, enforcement.court()),
                fields.pick(CorrectableField.PROVINCE, enforcement.province()), enforcement.caseNumber(),
                fields.pick(CorrectableField.BASIS_NUMBER, enforcement.basisNumber()),
                fields.pick(CorrectableField.BASIS_ISSUER, enforcement.basisIssuer()),
                fields.pick(CorrectableField.FILED_ON, enforcement.filedOn()),
                fields.pick(CorrectableField.OBLIGATION, enforcement.obligation()),
                fields.pick(CorrectableField.PERFORMANCE, enforcement.performance()),
                fields.pick(CorrectableField.PERFORMED_AMOUNT, enforcement.performedAmount()),
                fields.pick(CorrectableField.UNPERFORMED_AMOUNT, enforcement.unperformedAmount()),
                fields.pick(CorrectableField.CONDUCT, enforcement.conduct()));
        LocalDate publishedOn = fields.pick(CorrectableField.PUBLISHED_ON, current.publishedOn());
        Rectification.State state = fields.pick(CorrectableField.RECTIFICATION, null);
        return new Listing(current.id(), newDebtor, newEnforcement,
                publishedOn == null ? current.publishedOn() : publishedOn,
                rectification(current.rectification(), state, today), current.decidedOn(), current.expiresOn(),
                current.status(), current.sourceBatch(), current.createdAt(), current.updatedAt());
    }

    /** The form's values; a field the form does not show for this kind of debtor keeps the listing's value. */
    private record Fields(Map<CorrectableField, Object> parsed) {
        @SuppressWarnings("unchecked")
        <T> T pick(CorrectableField field, T original) {
            return parsed.containsKey(field) ? (T) parsed.get(field) : original;
        }
    }

    /** A changed state is dated today; an unchanged one keeps its date. */
    private static Rectification rectification(Rectification current, Rectification.State state, LocalDate today) {
        if (state == null) {
            return current;
        }
        if (current != null && current.state() == state) {
            return current;
        }
        return new Rectification(state, today);
    }
}
