package org.gongshi.content.listings.importing;

import java.math.BigDecimal;
import java.time.LocalDate;
import org.gongshi.content.listings.ListingTerm;
import org.gongshi.content.values.BoundedValues;
import org.gongshi.content.values.InvalidValueException;

/** Reads the dates and amounts of a row in the forms listing files use. */
final class FieldValues {
    /** Enough of a refused value to find it in the file; a long one is cut. */
    private static final int SHOWN_CHARACTERS = 40;
    private static final int OLDEST_AGE = 150;

    private FieldValues() {}

    /** 2016年05月12日, 2016-05-12 or 20160512; null when blank. */
    static LocalDate date(SourceRow row, ListingColumn column) throws RowRejected {
        String text = row.value(column);
        if (text == null) {
            return null;
        }
        try {
            return BoundedValues.date(text);
        } catch (InvalidValueException wrong) {
            throw rejected(column, wrong, text);
        }
    }

    /** 1,234.50, 1234.5元 or 12.3万元 in yuan; null when blank. */
    static BigDecimal amount(SourceRow row, ListingColumn column) throws RowRejected {
        String text = row.value(column);
        if (text == null) {
            return null;
        }
        try {
            return BoundedValues.yuan(text);
        } catch (InvalidValueException wrong) {
            throw rejected(column, wrong, text);
        }
    }

    /**
     * A whole number of years; null when blank or not a number (the national files write 0 or words for
     * organisations), refused when a number no one could be.
     */
    static Integer age(SourceRow row) throws RowRejected {
        String text = row.value(ListingColumn.AGE);
        if (text == null) {
            return null;
        }
        String years = text.replace("岁", "").strip();
        if (years.isEmpty() || !years.chars().allMatch(Character::isDigit)) {
            return null;
        }
        try {
            int age = BoundedValues.wholeNumber(years, 0, OLDEST_AGE);
            return age > 0 ? age : null;
        } catch (InvalidValueException wrong) {
            throw rejected(ListingColumn.AGE, wrong, text);
        }
    }

    /**
     * The end of the term when the source gives one: a date, or a whole number of years from the decision (Art. 2:
     * two, and up to three more when extended); null when it gives neither, so that Art. 2's default applies.
     */
    static LocalDate term(SourceRow row, LocalDate decidedOn) throws RowRejected {
        LocalDate expiresOn = date(row, ListingColumn.EXPIRES_ON);
        String years = row.value(ListingColumn.TERM_YEARS);
        if (expiresOn != null || years == null) {
            return expiresOn;
        }
        try {
            int longest = ListingTerm.LONGEST.getYears();
            return decidedOn.plusYears(BoundedValues.wholeNumber(years.replace("年", "").strip(), 1, longest));
        } catch (InvalidValueException wrong) {
            throw rejected(ListingColumn.TERM_YEARS, wrong, years);
        }
    }

    private static RowRejected rejected(ListingColumn column, InvalidValueException wrong, String text) {
        String shown = text.length() > SHOWN_CHARACTERS ? text.substring(0, SHOWN_CHARACTERS) + "…" : text;
        return new RowRejected("“" + column.label() + "”有误：" + wrong.getMessage() + "（原文：" + shown + "）");
    }
}
