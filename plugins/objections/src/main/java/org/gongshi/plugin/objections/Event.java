package org.gongshi.plugin.objections;

import java.time.Instant;

/**
 * One step in an objection's history: who did what when, from which state to which, and the note they gave;
 * {@code remedy} is what an upholding step did to the listing (null for other steps, and for those recorded before
 * it was kept).
 */
record Event(int sequence, Instant occurredAt, String actor, Action action, Remedy remedy, State from, State to,
        String note) {

    /** The step with what it did to the listing, e.g. 决定：成立，删除失信信息. */
    public String step() {
        return remedy == null ? action.label() : action.label() + "，" + remedy.label();
    }

    /** The step as the history reads it, e.g. 决定：成立，删除失信信息（异议成立，已纠正）. */
    public String what(Kind kind) {
        return step() + "（" + to.label(kind) + "）";
    }
}
