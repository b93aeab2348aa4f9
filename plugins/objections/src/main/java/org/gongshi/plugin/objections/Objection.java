package org.gongshi.plugin.objections;

import static java.util.Objects.requireNonNull;

import java.time.Instant;
import java.time.LocalDate;

/**
 * An objection or credit repair request as stored. {@code listedName}, {@code court} and {@code caseNumber} are the
 * listing's at the time of filing: {@code court} routes it to that court's queue. {@code dueOn} is the last day of the
 * step staff owe now (null when they owe none); {@code reviewDueOn} the review deadline set at acceptance;
 * {@code firstDecidedOn} and {@code firstDecision} the first decision, which the statistics count.
 */
record Objection(
        String trackingNumber,
        Kind kind,
        String listingId,
        String court,
        String caseNumber,
        String listedName,
        Ground ground,
        Applicant applicant,
        String reason,
        State state,
        Instant submittedAt,
        LocalDate submittedOn,
        LocalDate acceptedOn,
        LocalDate reviewDueOn,
        LocalDate decidedOn,
        LocalDate firstDecidedOn,
        Action firstDecision,
        String decisionReasons,
        String missing,
        LocalDate appealedOn,
        LocalDate dueOn,
        int version) {
    Objection {
        requireNonNull(trackingNumber, "trackingNumber");
        requireNonNull(kind, "kind");
        requireNonNull(listingId, "listingId");
        requireNonNull(applicant, "applicant");
        requireNonNull(state, "state");
    }

    /**
     * {@code filing} as received under {@code trackingNumber}, before its first step: nothing accepted, decided or due
     * yet, version 0, so {@link Steps#after} with {@link Action#SUBMIT} makes it version 1, SUBMITTED.
     */
    static Objection received(String trackingNumber, Filing filing, Instant submittedAt, LocalDate submittedOn) {
        return new Objection(trackingNumber, filing.kind(), filing.listing().id(), text(filing.listing().court()),
                text(filing.listing().caseNumber()), text(filing.listing().debtorName()), filing.ground(),
                filing.applicant(), filing.reason(), State.SUBMITTED, submittedAt, submittedOn, null, null, null, null,
                null, null, null, null, null, 0);
    }

    private static String text(String value) {
        return value == null ? "" : value;
    }

    public String stateLabel() {
        return state.label(kind);
    }

    /** Staff owe a step whose last day has passed. */
    boolean overdueOn(LocalDate today) {
        return dueOn != null && state.awaitsStaff() && today.isAfter(dueOn);
    }
}
