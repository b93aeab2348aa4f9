package org.gongshi.content.calendar;

import org.gongshi.content.calendar.InvalidDayEntryException.Reason;

/** What makes an entry worth a row: a short name, and a kind that changes what the weekday would say. */
public final class DayEntries {
    /** Names such as 国庆节、中秋节调休上班 (11 characters) fit with room to spare. */
    public static final int MAXIMUM_NAME_LENGTH = 20;

    private DayEntries() {}

    /** The entry with its name trimmed; throws {@link InvalidDayEntryException} when it would be meaningless. */
    static DayEntry check(DayEntry entry) {
        String name = entry.name().strip();
        if (name.isEmpty()) {
            throw new InvalidDayEntryException(Reason.NAME_MISSING, "the name is empty");
        }
        if (name.codePointCount(0, name.length()) > MAXIMUM_NAME_LENGTH) {
            throw new InvalidDayEntryException(Reason.NAME_TOO_LONG, "the name is longer than " + MAXIMUM_NAME_LENGTH);
        }
        if (name.codePoints().anyMatch(Character::isISOControl)) {
            throw new InvalidDayEntryException(Reason.NAME_CONTROL_CHARACTER, "the name holds a control character");
        }
        boolean weekend = Schedule.isWeekend(entry.date());
        switch (entry.kind()) {
            case HOLIDAY -> {
                if (weekend) {
                    throw new InvalidDayEntryException(Reason.HOLIDAY_ON_WEEKEND, entry.date() + " is a weekend");
                }
            }
            case WORKDAY -> {
                if (!weekend) {
                    throw new InvalidDayEntryException(Reason.WORKDAY_ON_WEEKDAY, entry.date() + " is a weekday");
                }
            }
        }
        return new DayEntry(entry.date(), entry.kind(), name);
    }
}
