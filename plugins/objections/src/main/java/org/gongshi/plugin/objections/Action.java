package org.gongshi.plugin.objections;

import java.util.EnumSet;
import java.util.Set;

/**
 * The steps of the state machine, each with the states it may start from, the state it leads to and who may take
 * it. Staff steps need a note where the applicant must be told why (what is missing, the decision's reasons).
 *
 * <pre>
 * SUBMITTED ─accept→ ACCEPTED ─start review→ UNDER_REVIEW ─uphold→ UPHELD ─complete→ CORRECTED
 *     │  ↑                                        ├─uphold, deleting the listing→ CORRECTED
 *     │  ↑                                        └─reject→ REJECTED
 *  return supplement                UPHELD, REJECTED, CORRECTED ─appeal (10 days)→ RECONSIDERING
 *     ↓  │                          RECONSIDERING ─uphold→ UPHELD (deleting: CORRECTED), ─maintain→ MAINTAINED
 *   RETURNED
 * </pre>
 *
 * {@link #to()} is where a step usually leads; {@link Steps#after} has the exception.
 */
enum Action {
    SUBMIT("提交", Actor.APPLICANT, EnumSet.noneOf(State.class), State.SUBMITTED, false),
    RETURN("退回补正", Actor.HANDLER, EnumSet.of(State.SUBMITTED), State.RETURNED, true),
    SUPPLEMENT("补充材料", Actor.APPLICANT, EnumSet.of(State.RETURNED), State.SUBMITTED, false),
    ACCEPT("受理", Actor.HANDLER, EnumSet.of(State.SUBMITTED), State.ACCEPTED, false),
    START_REVIEW("开始审查", Actor.HANDLER, EnumSet.of(State.ACCEPTED), State.UNDER_REVIEW, false),
    UPHOLD("决定：成立", Actor.HANDLER, EnumSet.of(State.UNDER_REVIEW), State.UPHELD, true),
    REJECT("决定：不成立", Actor.HANDLER, EnumSet.of(State.UNDER_REVIEW), State.REJECTED, true),
    COMPLETE("纠正完毕", Actor.HANDLER, EnumSet.of(State.UPHELD), State.CORRECTED, false),
    APPEAL("申请复核", Actor.APPLICANT, EnumSet.of(State.UPHELD, State.REJECTED, State.CORRECTED),
            State.RECONSIDERING, true),
    RECONSIDER_UPHOLD("复核：成立", Actor.RECONSIDERER, EnumSet.of(State.RECONSIDERING), State.UPHELD, true),
    RECONSIDER_MAINTAIN("复核：维持原决定", Actor.RECONSIDERER, EnumSet.of(State.RECONSIDERING), State.MAINTAINED, true);

    /** Who takes a step: the applicant (with tracking number and query code), a handler, the higher level. */
    enum Actor {
        APPLICANT,
        HANDLER,
        RECONSIDERER
    }

    private final String label;
    private final Actor actor;
    private final Set<State> from;
    private final State to;
    private final boolean noteRequired;

    Action(String label, Actor actor, Set<State> from, State to, boolean noteRequired) {
        this.label = label;
        this.actor = actor;
        this.from = from;
        this.to = to;
        this.noteRequired = noteRequired;
    }

    public String label() {
        return label;
    }

    public Actor actor() {
        return actor;
    }

    boolean allowedFrom(State state) {
        return from.contains(state);
    }

    State to() {
        return to;
    }

    public boolean noteRequired() {
        return noteRequired;
    }

    /** What to ask for when the required note is left empty, naming the field as the form does. */
    String missingNote() {
        return switch (this) {
            case RETURN -> "请写明需要补充哪些材料。";
            case APPEAL -> "请写明申请复核的理由。";
            case UPHOLD, REJECT, RECONSIDER_UPHOLD, RECONSIDER_MAINTAIN -> "请写明决定的理由。";
            case SUBMIT, SUPPLEMENT, ACCEPT, START_REVIEW, COMPLETE ->
                    throw new IllegalStateException(name() + " needs no note");
        };
    }

    /** Whether this step decides the request, so upholding changes the listing. */
    boolean upholds() {
        return switch (this) {
            case UPHOLD, RECONSIDER_UPHOLD -> true;
            case SUBMIT, RETURN, SUPPLEMENT, ACCEPT, START_REVIEW, REJECT, COMPLETE, APPEAL,
                    RECONSIDER_MAINTAIN -> false;
        };
    }
}
