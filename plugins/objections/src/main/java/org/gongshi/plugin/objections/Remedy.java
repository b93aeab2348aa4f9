package org.gongshi.plugin.objections;

/** What upholding does to the listing, through the listings lifecycle and in the decision's transaction. */
enum Remedy {
    CORRECT("更正公布的信息"),
    REVOKE("撤销失信决定（不应纳入）"),
    DELETE("删除失信信息");

    private final String label;

    Remedy(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }

    /**
     * Whether carrying the remedy out with the decision leaves nothing to correct, so the request needs no 纠正完毕
     * step: a deleted or revoked listing is gone everywhere. A correction may need more than the decision's fields, and
     * keeps it.
     */
    boolean completesCorrection() {
        return switch (this) {
            case DELETE, REVOKE -> true;
            case CORRECT -> false;
        };
    }
}
