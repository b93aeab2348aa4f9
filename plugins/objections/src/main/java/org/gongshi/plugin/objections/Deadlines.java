package org.gongshi.plugin.objections;

import static java.util.Objects.requireNonNull;

import java.time.LocalDate;
import org.gongshi.plugin.WorkingDays;

/**
 * The periods of the procedure, in working days of the site's holiday and 调休 calendar unless said otherwise:
 * acceptance 2, review 15 (credit repair: as configured, 3 by default), correction 3 after upholding, reconsideration
 * 15; the applicant's appeal window is 10 calendar days after the decision, moved to the next working day when it
 * ends on a rest day. The day a period starts from is not counted.
 */
record Deadlines(WorkingDays days, int acceptance, int review, int repairReview, int correction, int appeal,
        int reconsideration) {
    Deadlines {
        requireNonNull(days, "days");
    }

    static Deadlines standard(WorkingDays days, int repairReview) {
        return new Deadlines(days, 2, 15, repairReview, 3, 10, 15);
    }

    LocalDate acceptBy(LocalDate submittedOn) {
        return days.plusWorkingDays(submittedOn, acceptance);
    }

    LocalDate decideBy(Kind kind, LocalDate acceptedOn) {
        return days.plusWorkingDays(acceptedOn, switch (kind) {
            case OBJECTION -> review;
            case CREDIT_REPAIR -> repairReview;
        });
    }

    LocalDate correctBy(LocalDate decidedOn) {
        return days.plusWorkingDays(decidedOn, correction);
    }

    LocalDate appealBy(LocalDate decidedOn) {
        return days.lastDayWithinDays(decidedOn, appeal);
    }

    LocalDate reconsiderBy(LocalDate appealedOn) {
        return days.plusWorkingDays(appealedOn, reconsideration);
    }

    int workingDaysBetween(LocalDate start, LocalDate end) {
        return days.workingDaysBetween(start, end);
    }
}
