package org.gongshi.site.staff;

import static java.util.Objects.requireNonNull;

import io.javalin.config.RoutesConfig;
import io.javalin.http.Handler;
import io.javalin.http.HandlerType;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.gongshi.plugin.DashboardCounter;

/**
 * The only way onto {@code /admin}: each route is registered with its {@link Access}, and the {@link StaffGate} runs
 * before its handler. A permission no role grants, or a route registered twice, stops start-up.
 */
public final class StaffRoutes {
    private final RoutesConfig routes;
    private final StaffGate gate;
    private final Set<String> grantable;
    private final List<StaffRoute> registered = new ArrayList<>();
    private final Set<String> keys = new HashSet<>();
    private final List<MenuEntry> menu = new ArrayList<>();
    private final List<DashboardCounter> counters = new ArrayList<>();

    StaffRoutes(RoutesConfig routes, StaffGate gate, Set<String> grantable) {
        this.routes = requireNonNull(routes, "routes");
        this.gate = requireNonNull(gate, "gate");
        this.grantable = Set.copyOf(grantable);
    }

    public void get(String path, Access access, Handler handler) {
        add(new StaffRoute(HandlerType.GET, path, access), handler);
        routes.get(path, gate.guard(access, handler));
    }

    public void post(String path, Access access, Handler handler) {
        add(new StaffRoute(HandlerType.POST, path, access), handler);
        routes.post(path, gate.guard(access, handler));
    }

    public void menu(String label, String path, Access access) {
        check(access, path);
        menu.add(new MenuEntry(label, path, access));
    }

    /** A number on the dashboard; its permission must be one some role grants. */
    public void counter(DashboardCounter counter) {
        check(Access.permission(counter.permission()), counter.link());
        counters.add(counter);
    }

    List<DashboardCounter> counters() {
        return List.copyOf(counters);
    }

    /** Every registered route, in registration order (the route × role test walks these). */
    public List<StaffRoute> registered() {
        return List.copyOf(registered);
    }

    List<MenuEntry> menu() {
        return List.copyOf(menu);
    }

    private void add(StaffRoute route, Handler handler) {
        requireNonNull(handler, "handler");
        check(route.access(), route.path());
        if (!keys.add(route.method() + " " + route.path())) {
            throw new IllegalStateException("后台路由 " + route.method() + " " + route.path() + " 被注册了两次");
        }
        registered.add(route);
    }

    private void check(Access access, String path) {
        for (String permission : access.permissions()) {
            if (!grantable.contains(permission)) {
                throw new IllegalStateException("后台路由 " + path + " 需要的权限 " + permission + " 不属于任何角色");
            }
        }
    }
}
