package org.gongshi.content.listings;

import java.util.List;
import org.gongshi.content.identifiers.InvalidIdentifierException;
import org.gongshi.content.identifiers.ResidentId;

/**
 * The last guard before storage: refuses a listing whose text holds a full, valid 18-digit resident ID number, so a
 * caller that forgot to mask can never put one in the database. Keys (hex HMACs) and an organisation's shown code,
 * which is public in full, are not scanned.
 */
final class FullResidentIds {
    private static final int LENGTH = 18;

    private FullResidentIds() {}

    static void refuse(Listing listing, List<Object> values) {
        for (ListingField field : ListingField.values()) {
            if (scanned(field, listing.debtor().kind()) && values.get(field.ordinal()) instanceof String text
                    && containsOne(text)) {
                throw new IllegalArgumentException("案号 " + listing.enforcement().caseNumber() + " 的字段 "
                        + field.column() + " 含有完整的居民身份证号码；只能保存遮蔽后的号码");
            }
        }
    }

    private static boolean scanned(ListingField field, DebtorKind kind) {
        if (field == ListingField.PARTY_KEY) {
            return false;
        }
        return field != ListingField.IDENTIFIER_SHOWN || kind == DebtorKind.NATURAL_PERSON;
    }

    static boolean containsOne(String text) {
        if (text.length() < LENGTH) {
            return false;
        }
        int digitsBefore = 0;
        for (int index = 0; index < text.length(); index++) {
            char character = text.charAt(index);
            boolean canEnd = isDigit(character) || character == 'X' || character == 'x';
            if (canEnd && digitsBefore >= LENGTH - 1 && isValid(text.substring(index - LENGTH + 1, index + 1))) {
                return true;
            }
            digitsBefore = isDigit(character) ? digitsBefore + 1 : 0;
        }
        return false;
    }

    private static boolean isValid(String candidate) {
        try {
            ResidentId.parse(candidate);
            return true;
        } catch (InvalidIdentifierException notAnId) {
            return false;
        }
    }

    private static boolean isDigit(char character) {
        return character >= '0' && character <= '9';
    }
}
