package org.gongshi.site.staff;

import static java.util.Objects.requireNonNull;

import io.javalin.config.RoutesConfig;
import java.net.URI;
import java.security.SecureRandom;
import java.util.function.Supplier;
import org.gongshi.site.web.Messages;
import org.gongshi.site.web.guard.ClientAddress;

/**
 * Puts the back office onto the site: sign-in, sign-out and the dashboard, and the {@link StaffRoutes} through which
 * every other back-office screen (core or plugin) is registered.
 */
public final class StaffShell {
    private final StaffRoutes routes;

    private StaffShell(StaffRoutes routes) {
        this.routes = routes;
    }

    public static StaffShell install(RoutesConfig config, StaffStore store, RoleCatalog roles, PasswordHasher hasher,
            ClientAddress client, Supplier<URI> publicUrl, Messages messages) {
        requireNonNull(store, "store");
        SecureRandom random = new SecureRandom();
        Visits visits = new Visits(new SessionCookie("gongshi_staff", publicUrl), store.sessions(), store.accounts());
        FormTokens formTokens = new FormTokens(visits, new SessionCookie("gongshi_form", publicUrl), random);
        MenuHolder menu = new MenuHolder();
        StaffGate gate = new StaffGate(visits, formTokens, new RequestOrigin(publicUrl), roles, store.audit(), client,
                menu::get);
        StaffRoutes routes = new StaffRoutes(config, gate, roles.allPermissions());
        menu.routes = routes;
        LoginPage login = new LoginPage(store.accounts(), hasher, visits, formTokens, store.audit(), client, messages);
        routes.get("/admin/login", Access.anyone(), login::show);
        routes.post("/admin/login", Access.anyone(), login::submit);
        routes.post("/admin/logout", Access.signedIn(), new LogoutAction(visits, store.audit(), client)::submit);
        routes.get("/admin", Access.signedIn(), new DashboardPage(routes::counters)::show);
        routes.menu(messages.get("admin.menu.dashboard"), "/admin", Access.signedIn());
        return new StaffShell(routes);
    }

    public StaffRoutes routes() {
        return routes;
    }

    /** The menu is read per request, after every screen has added its entry. */
    private static final class MenuHolder {
        private StaffRoutes routes;

        AdminMenu get() {
            return new AdminMenu(routes.menu());
        }
    }
}
