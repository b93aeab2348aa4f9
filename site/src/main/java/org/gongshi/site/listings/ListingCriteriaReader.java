package org.gongshi.site.listings;

import static java.util.Objects.requireNonNull;

import java.util.LinkedHashMap;
import java.util.Map;
import org.gongshi.content.identifiers.CaseNumber;
import org.gongshi.content.listings.IdentifierKeys;
import org.gongshi.content.identifiers.InvalidIdentifierException;
import org.gongshi.content.identifiers.PartyIdentifier;
import org.gongshi.site.web.Messages;

/**
 * Checks a {@link ListingForm} the same way for the page and the API: a name is required unless a full ID or code or a
 * case number narrows the query; a malformed ID or case number is explained in zh-CN under its parameter name.
 */
final class ListingCriteriaReader {
    static final int MAX_TEXT_LENGTH = 100;

    private final IdentifierKeys keys;
    private final Messages messages;

    ListingCriteriaReader(IdentifierKeys keys, Messages messages) {
        this.keys = requireNonNull(keys, "keys");
        this.messages = requireNonNull(messages, "messages");
    }

    /** Either criteria or, by parameter name in form order, what is wrong. */
    Result read(ListingForm form) {
        Map<String, String> errors = new LinkedHashMap<>();
        String name = text(form.name(), "name", errors);
        String identifierKey = identifierKey(form.id(), errors);
        String caseNumber = caseNumber(form.caseNo(), errors);
        String court = text(form.court(), "court", errors);
        String province = text(form.province(), "province", errors);
        if (name == null && form.id().isEmpty() && form.caseNo().isEmpty()) {
            errors.putIfAbsent("name", messages.get("listings.form.nameRequired"));
        }
        ListingCriteria criteria = new ListingCriteria(name, identifierKey, caseNumber, court, province);
        if (errors.isEmpty()) {
            checkAgainstTheIndex(criteria, errors);
        }
        return errors.isEmpty() ? new Result(criteria, Map.of()) : new Result(null, errors);
    }

    /** The index refuses a name with nothing searchable in it (only punctuation, say), with a zh-CN reason. */
    private static void checkAgainstTheIndex(ListingCriteria criteria, Map<String, String> errors) {
        try {
            criteria.query(1, 1);
        } catch (IllegalArgumentException e) {
            errors.put("name", e.getMessage());
        }
    }

    private String text(String value, String field, Map<String, String> errors) {
        if (value.isEmpty()) {
            return null;
        }
        if (value.codePointCount(0, value.length()) > MAX_TEXT_LENGTH) {
            errors.put(field, messages.get("listings.form.tooLong", MAX_TEXT_LENGTH));
            return null;
        }
        return value;
    }

    private String identifierKey(String raw, Map<String, String> errors) {
        if (raw.isEmpty()) {
            return null;
        }
        try {
            return keys.keyOf(PartyIdentifier.parse(raw).identifier());
        } catch (InvalidIdentifierException e) {
            errors.put("id", e.getMessage());
            return null;
        }
    }

    private String caseNumber(String raw, Map<String, String> errors) {
        if (raw.isEmpty()) {
            return null;
        }
        try {
            return CaseNumber.parse(raw).canonical();
        } catch (InvalidIdentifierException e) {
            errors.put("caseNo", e.getMessage());
            return null;
        }
    }

    /** Why a number sent in an address is not searched: it would stay in histories and logs. */
    String identifierNotInAddress() {
        return messages.get("listings.form.identifierInAddress");
    }

    record Result(ListingCriteria criteria, Map<String, String> errors) {
        boolean isValid() {
            return criteria != null;
        }
    }
}
