package org.gongshi.content.staging;

/** What a staged file holds. */
public enum ImportKind {
    /** A case, policy text or bulletin, as .md or .txt. */
    DOCUMENT("文件"),
    /** Listings of dishonest judgment debtors, as CSV or JSON Lines. */
    LISTINGS("失信名单");

    private final String label;

    ImportKind(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
