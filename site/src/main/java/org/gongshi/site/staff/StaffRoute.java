package org.gongshi.site.staff;

import static java.util.Objects.requireNonNull;

import io.javalin.http.HandlerType;

/** One registered back-office route and what it asks of the requester. */
public record StaffRoute(HandlerType method, String path, Access access) {
    public StaffRoute {
        requireNonNull(method, "method");
        requireNonNull(path, "path");
        requireNonNull(access, "access");
        if (!path.equals("/admin") && !path.startsWith("/admin/")) {
            throw new IllegalArgumentException("back-office routes live under /admin, got " + path);
        }
    }
}
