package org.gongshi.plugin;

import io.javalin.http.Handler;

/**
 * Where a plugin registers its back-office screens. Paths are relative to {@code /admin/<plugin id>}, e.g.
 * {@code /queue} becomes {@code /admin/objections/queue}. Every route names the permission it needs; the host checks
 * sign-in, permission and (for POST) the CSRF token before the handler runs, and {@link StaffMember#current} then
 * tells the handler who is acting. A permission is one of the plugin's own ({@code <id>.*}) or a core one.
 *
 * @since 0.1
 */
public interface AdminRoutes {
    /** @since 0.1 */
    void get(String path, String permission, Handler handler);

    /** @since 0.1 */
    void post(String path, String permission, Handler handler);

    /**
     * An entry in the back-office menu, shown to staff holding {@code permission}.
     *
     * @since 0.1
     */
    void menu(String label, String path, String permission);
}
