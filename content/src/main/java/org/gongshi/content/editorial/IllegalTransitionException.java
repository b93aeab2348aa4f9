package org.gongshi.content.editorial;

import org.gongshi.content.Status;

/** An action the item's current status does not allow, e.g. archiving a draft; the message is zh-CN for staff. */
public final class IllegalTransitionException extends RuntimeException {
    private final String slug;
    private final Status status;
    private final EditorialAction action;

    IllegalTransitionException(String slug, String title, Status status, EditorialAction action) {
        super("“" + title + "”当前状态为“" + status.label() + "”，不能" + action.label() + "："
                + Transitions.rule(action));
        this.slug = slug;
        this.status = status;
        this.action = action;
    }

    public String slug() {
        return slug;
    }

    public Status status() {
        return status;
    }

    public EditorialAction action() {
        return action;
    }
}
