package org.gongshi.site.staff;

import static java.util.Objects.requireNonNull;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/** What a back-office route asks of the person requesting it. Every staff route is registered with one. */
public record Access(Kind kind, List<String> permissions) {
    public enum Kind {
        /** Sign-in pages: anyone may open them. */
        ANYONE,
        /** Any signed-in staff member, whatever the role: the dashboard, logout, one's own password. */
        SIGNED_IN,
        /** A signed-in staff member holding at least one of {@link #permissions}. */
        PERMISSION
    }

    public Access {
        requireNonNull(kind, "kind");
        permissions = List.copyOf(permissions);
        if ((kind == Kind.PERMISSION) == permissions.isEmpty()) {
            throw new IllegalArgumentException("only a permission route names permissions: " + kind + permissions);
        }
        for (String permission : permissions) {
            if (permission.isBlank()) {
                throw new IllegalArgumentException("a permission name must not be blank");
            }
        }
    }

    public static Access anyone() {
        return new Access(Kind.ANYONE, List.of());
    }

    public static Access signedIn() {
        return new Access(Kind.SIGNED_IN, List.of());
    }

    public static Access permission(String permission) {
        return new Access(Kind.PERMISSION, List.of(requireNonNull(permission, "permission")));
    }

    /** For a screen several roles share, e.g. a staged import the uploader and the publisher both open. */
    public static Access anyPermission(String first, String... others) {
        List<String> permissions = new ArrayList<>();
        permissions.add(requireNonNull(first, "first"));
        permissions.addAll(List.of(others));
        return new Access(Kind.PERMISSION, permissions);
    }

    /** Whether someone holding {@code held} may pass (signed in, for all but {@link Kind#ANYONE}). */
    public boolean admits(Set<String> held) {
        return switch (kind) {
            case ANYONE, SIGNED_IN -> true;
            case PERMISSION -> permissions.stream().anyMatch(held::contains);
        };
    }

    @Override
    public String toString() {
        return kind == Kind.PERMISSION ? String.join("|", permissions) : kind.name().toLowerCase(java.util.Locale.ROOT);
    }
}
