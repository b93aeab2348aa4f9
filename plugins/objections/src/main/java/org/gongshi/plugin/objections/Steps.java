package org.gongshi.plugin.objections;

import java.time.LocalDate;

/** The objection after a step: its new state and the dates and deadlines the step sets. Pure; checks nothing. */
final class Steps {
    private Steps() {}

    /** {@code decision}: what an upholding step does to the listing, else null. */
    static Objection after(Objection before, Action action, LocalDate today, String note, Deadlines deadlines,
            Decision decision) {
        State to = action.upholds() && decision.remedy().completesCorrection() ? State.CORRECTED : action.to();
        LocalDate acceptedOn = before.acceptedOn();
        LocalDate reviewDueOn = before.reviewDueOn();
        LocalDate decidedOn = before.decidedOn();
        LocalDate firstDecidedOn = before.firstDecidedOn();
        Action firstDecision = before.firstDecision();
        String reasons = before.decisionReasons();
        String missing = before.missing();
        LocalDate appealedOn = before.appealedOn();
        LocalDate dueOn = before.dueOn();
        switch (action) {
            case SUBMIT -> dueOn = deadlines.acceptBy(today);
            case RETURN -> {
                missing = note;
                dueOn = null;
            }
            case SUPPLEMENT -> dueOn = deadlines.acceptBy(today);
            case ACCEPT -> {
                acceptedOn = today;
                reviewDueOn = deadlines.decideBy(before.kind(), today);
                dueOn = reviewDueOn;
                missing = null;
            }
            case START_REVIEW -> { }
            case UPHOLD, REJECT -> {
                decidedOn = today;
                firstDecidedOn = firstDecidedOn == null ? today : firstDecidedOn;
                firstDecision = firstDecision == null ? action : firstDecision;
                reasons = note;
                dueOn = to == State.UPHELD ? deadlines.correctBy(today) : null;
            }
            case COMPLETE, RECONSIDER_MAINTAIN -> dueOn = null;
            case APPEAL -> {
                appealedOn = today;
                dueOn = deadlines.reconsiderBy(today);
            }
            case RECONSIDER_UPHOLD -> {
                decidedOn = today;
                reasons = note;
                dueOn = to == State.UPHELD ? deadlines.correctBy(today) : null;
            }
        }
        return new Objection(before.trackingNumber(), before.kind(), before.listingId(), before.court(),
                before.caseNumber(), before.listedName(), before.ground(), before.applicant(), before.reason(),
                to, before.submittedAt(), before.submittedOn(), acceptedOn, reviewDueOn, decidedOn,
                firstDecidedOn, firstDecision, reasons, missing, appealedOn, dueOn, before.version() + 1);
    }
}
