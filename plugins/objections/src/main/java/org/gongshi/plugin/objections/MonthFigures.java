package org.gongshi.plugin.objections;

import java.time.YearMonth;

/**
 * One month of the public statistics: requests received in it; first decisions made in it, upheld and rejected; the
 * median working days from submission to those decisions and the share (percent) made by the review deadline —
 * both null when nothing was decided that month.
 */
record MonthFigures(YearMonth month, int received, int upheld, int rejected, Double medianWorkingDays,
        Integer withinDeadlinePercent) {
    public String label() {
        return month.getYear() + "年" + month.getMonthValue() + "月";
    }

    public int decided() {
        return upheld + rejected;
    }
}
