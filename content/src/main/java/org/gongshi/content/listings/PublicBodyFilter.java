package org.gongshi.content.listings;

/**
 * Which public listings of public bodies (政务失信) to show: each of {@code province}, {@code kind} and
 * {@code rectification} narrows the list when given, null when not. {@code kind} must be a public-body kind.
 */
public record PublicBodyFilter(String province, DebtorKind kind, Rectification.State rectification) {
    public static final PublicBodyFilter NONE = new PublicBodyFilter(null, null, null);

    public PublicBodyFilter {
        if (kind != null && !kind.isPublicBody()) {
            throw new IllegalArgumentException("not a public-body kind: " + kind);
        }
    }
}
