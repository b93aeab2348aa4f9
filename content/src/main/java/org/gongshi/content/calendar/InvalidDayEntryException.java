package org.gongshi.content.calendar;

import static java.util.Objects.requireNonNull;

/** An entry the calendar refuses, with the {@link Reason} the admin screen explains in Chinese. */
public final class InvalidDayEntryException extends RuntimeException {
    /** Why an entry is refused. */
    public enum Reason {
        /** The name is empty or only spaces. */
        NAME_MISSING,
        /** The name is longer than {@link DayEntries#MAXIMUM_NAME_LENGTH} characters. */
        NAME_TOO_LONG,
        /** The name holds a line break or another control character. */
        NAME_CONTROL_CHARACTER,
        /** A holiday on a Saturday or Sunday, which is a rest day anyway. */
        HOLIDAY_ON_WEEKEND,
        /** A make-up working day on Monday to Friday, which is a working day anyway. */
        WORKDAY_ON_WEEKDAY
    }

    private final Reason reason;

    InvalidDayEntryException(Reason reason, String message) {
        super(message);
        this.reason = requireNonNull(reason, "reason");
    }

    public Reason reason() {
        return reason;
    }
}
