package org.gongshi.site.staff;

import static java.util.Objects.requireNonNull;

/** What a back-office route asks of the person requesting it. Every staff route is registered with one. */
public record Access(Kind kind, String permission) {
    public enum Kind {
        /** Sign-in pages: anyone may open them. */
        ANYONE,
        /** Any signed-in staff member, whatever the role: the dashboard, logout, one's own password. */
        SIGNED_IN,
        /** A signed-in staff member holding {@link #permission}. */
        PERMISSION
    }

    public Access {
        requireNonNull(kind, "kind");
        requireNonNull(permission, "permission");
    }

    public static Access anyone() {
        return new Access(Kind.ANYONE, "");
    }

    public static Access signedIn() {
        return new Access(Kind.SIGNED_IN, "");
    }

    public static Access permission(String permission) {
        if (requireNonNull(permission, "permission").isBlank()) {
            throw new IllegalArgumentException("a permission name must not be blank");
        }
        return new Access(Kind.PERMISSION, permission);
    }

    @Override
    public String toString() {
        return kind == Kind.PERMISSION ? permission : kind.name().toLowerCase(java.util.Locale.ROOT);
    }
}
