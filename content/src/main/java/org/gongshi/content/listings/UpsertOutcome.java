package org.gongshi.content.listings;

/**
 * What an import did to one row. {@link #HELD}: the listing exists but is no longer {@link ListingStatus#PUBLISHED}
 * (corrected, revoked, deleted or expired through {@link ListingLifecycle}), so the import leaves staff decisions alone.
 */
public enum UpsertOutcome {
    CREATED("新增"),
    UPDATED("更新"),
    UNCHANGED("未变"),
    HELD("保留人工处理结果");

    private final String label;

    UpsertOutcome(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
