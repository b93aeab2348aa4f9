package org.gongshi.site.staff;

import static java.util.Objects.requireNonNull;

import io.javalin.http.Handler;
import java.util.Set;
import org.gongshi.plugin.AdminRoutes;

/**
 * One plugin's view of the back office: its paths live under {@code /admin/<id>}, and it may require only its own
 * permissions or the core's, never another plugin's.
 */
public final class PluginAdminRoutes implements AdminRoutes {
    private final String pluginId;
    private final StaffRoutes routes;
    private final Set<String> corePermissions;

    public PluginAdminRoutes(String pluginId, StaffRoutes routes, Set<String> corePermissions) {
        this.pluginId = requireNonNull(pluginId, "pluginId");
        this.routes = requireNonNull(routes, "routes");
        this.corePermissions = Set.copyOf(corePermissions);
    }

    @Override
    public void get(String path, String permission, Handler handler) {
        routes.get(mounted(path), access(permission), handler);
    }

    @Override
    public void post(String path, String permission, Handler handler) {
        routes.post(mounted(path), access(permission), handler);
    }

    @Override
    public void menu(String label, String path, String permission) {
        routes.menu(label, mounted(path), access(permission));
    }

    private String mounted(String path) {
        if (!requireNonNull(path, "path").startsWith("/")) {
            throw new IllegalArgumentException("插件 " + pluginId + " 的后台路径须以 / 开头：" + path);
        }
        return "/admin/" + pluginId + (path.equals("/") ? "" : path);
    }

    private Access access(String permission) {
        if (!permission.startsWith(pluginId + ".") && !corePermissions.contains(permission)) {
            throw new IllegalStateException("插件 " + pluginId + " 的后台页面不能使用其他插件的权限 " + permission);
        }
        return Access.permission(permission);
    }
}
