package org.gongshi.content.listings;

/** Where a listing stands. Only {@link #PUBLISHED} and {@link #CORRECTED} listings are public. */
public enum ListingStatus {
    PUBLISHED("已发布"),
    CORRECTED("已更正"),
    REVOKED("已撤销"),
    DELETED("已删除"),
    EXPIRED("已到期");

    private final String label;

    ListingStatus(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }

    public boolean isPublic() {
        return switch (this) {
            case PUBLISHED, CORRECTED -> true;
            case REVOKED, DELETED, EXPIRED -> false;
        };
    }
}
