package org.gongshi.content.calendar;

/** How a listed day departs from the default week of Monday to Friday at work. */
public enum DayKind {
    /** A public holiday on a weekday (法定节假日放假): no work. */
    HOLIDAY,
    /** A make-up working day on a weekend (调休上班): work as on a weekday. */
    WORKDAY
}
