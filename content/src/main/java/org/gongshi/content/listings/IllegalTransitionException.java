package org.gongshi.content.listings;

/** A lifecycle change the listing's current status does not allow, e.g. deleting a listing twice. */
public final class IllegalTransitionException extends RuntimeException {
    private final String id;
    private final ListingStatus status;
    private final HistoryAction action;

    public IllegalTransitionException(String id, ListingStatus status, HistoryAction action, String detail) {
        super("失信名单条目 " + id + " 当前状态为“" + status.label() + "”，不能" + action.label()
                + (detail == null ? "" : "：" + detail));
        this.id = id;
        this.status = status;
        this.action = action;
    }

    public String id() {
        return id;
    }

    public ListingStatus status() {
        return status;
    }

    public HistoryAction action() {
        return action;
    }
}
