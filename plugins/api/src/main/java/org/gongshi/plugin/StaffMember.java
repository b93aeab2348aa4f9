package org.gongshi.plugin;

import static java.util.Objects.requireNonNull;

import io.javalin.http.Context;
import java.util.Set;

/**
 * The signed-in staff member a back-office request acts for. {@code csrfToken} goes into every form as the hidden
 * field {@value #CSRF_FIELD}; templates rendered under {@code /admin} also find this record as {@code staff}.
 *
 * @since 0.1
 */
public record StaffMember(String name, Set<String> roles, Set<String> permissions, String csrfToken) {
    public static final String CSRF_FIELD = "_csrf";
    static final String ATTRIBUTE = "gongshi.staff";

    public StaffMember {
        requireNonNull(name, "name");
        roles = Set.copyOf(roles);
        permissions = Set.copyOf(permissions);
        requireNonNull(csrfToken, "csrfToken");
    }

    /** @since 0.1 */
    public boolean can(String permission) {
        return permissions.contains(permission);
    }

    /**
     * Who is acting; only ever absent outside back-office routes, where asking is a programming error.
     *
     * @since 0.1
     */
    public static StaffMember current(Context context) {
        StaffMember member = context.attribute(ATTRIBUTE);
        if (member == null) {
            throw new IllegalStateException("no staff member on " + context.path() + ": not a back-office route");
        }
        return member;
    }

    /**
     * The host's side: marks the request as acting for {@code member}.
     *
     * @since 0.1
     */
    public static void actFor(Context context, StaffMember member) {
        context.attribute(ATTRIBUTE, requireNonNull(member, "member"));
    }

    /**
     * Whether anyone is signed in on this request (back-office routes that also serve the signed-out).
     *
     * @since 0.1
     */
    public static boolean present(Context context) {
        return context.attribute(ATTRIBUTE) != null;
    }
}
