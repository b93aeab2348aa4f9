package org.gongshi.plugin.objections;

import java.time.LocalDate;
import java.util.List;

/**
 * What the applicant sees of their request on /objections/status: the state, dates and deadlines, what is missing,
 * the decision and its reasons, the steps so far with the notes addressed to them, the names of their files, and
 * what they may do next. Staff names are not shown (a step says 工作人员); the applicant's own number only masked.
 */
record PublicView(String trackingNumber, String kindLabel, String stateLabel, String listedName, String caseNumber,
        String court, String groundLabel, String applicantName, String applicantIdentifierShown, LocalDate submittedOn,
        LocalDate dueOn, String dueWhat, String missing, String decisionReasons, LocalDate decidedOn,
        List<Step> steps, List<String> files, boolean maySupplement, LocalDate appealBy, boolean mayAppeal) {

    /** One step as the applicant reads it. */
    record Step(LocalDate on, String what, String note) {}

    /** {@code identifierShown}: the applicant's identifier as the public may see it. */
    static PublicView of(Objection objection, String identifierShown, List<Evidence> evidence, List<Event> events,
            Deadlines deadlines, LocalDate today) {
        List<Step> steps = events.stream().map(event -> new Step(LocalDate.ofInstant(event.occurredAt(),
                Procedure.BEIJING), event.what(objection.kind()),
                addressedToApplicant(event.action()) ? event.note() : null)).toList();
        LocalDate appealBy = objection.decidedOn() == null ? null : deadlines.appealBy(objection.decidedOn());
        boolean mayAppeal = Action.APPEAL.allowedFrom(objection.state()) && objection.appealedOn() == null
                && appealBy != null && !today.isAfter(appealBy);
        return new PublicView(objection.trackingNumber(), objection.kind().label(), objection.stateLabel(),
                objection.listedName(), objection.caseNumber(), objection.court(),
                objection.ground() == null ? null : objection.ground().label(), objection.applicant().name(),
                identifierShown, objection.submittedOn(), objection.dueOn(),
                dueWhat(objection.state()), objection.state() == State.RETURNED ? objection.missing() : null,
                objection.decisionReasons(), objection.decidedOn(), steps,
                evidence.stream().map(Evidence::fileName).toList(), objection.state() == State.RETURNED,
                mayAppeal ? appealBy : null, mayAppeal);
    }

    /** Notes staff write for the applicant: what is missing, a decision's reasons. Others are internal. */
    private static boolean addressedToApplicant(Action action) {
        return switch (action) {
            case RETURN, UPHOLD, REJECT, RECONSIDER_UPHOLD, RECONSIDER_MAINTAIN, SUPPLEMENT, APPEAL -> true;
            case SUBMIT, ACCEPT, START_REVIEW, COMPLETE -> false;
        };
    }

    private static String dueWhat(State state) {
        return switch (state) {
            case SUBMITTED -> "受理期限";
            case ACCEPTED, UNDER_REVIEW -> "审查期限";
            case UPHELD -> "纠正期限";
            case RECONSIDERING -> "复核期限";
            case RETURNED, REJECTED, CORRECTED, MAINTAINED -> null;
        };
    }
}
