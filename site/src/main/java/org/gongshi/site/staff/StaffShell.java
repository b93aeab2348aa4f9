package org.gongshi.site.staff;

import org.gongshi.site.web.SiteCookie;
import static java.util.Objects.requireNonNull;

import io.javalin.config.RoutesConfig;
import io.javalin.http.HttpStatus;
import java.net.URI;
import java.security.SecureRandom;
import java.time.Clock;
import java.util.Map;
import java.util.function.Supplier;
import org.gongshi.site.web.CookieToken;
import org.gongshi.site.web.Messages;
import org.gongshi.site.web.RequestOrigin;
import org.gongshi.site.web.guard.ClientAddress;

/**
 * Puts the back office onto the site: sign-in (password, then the second factor where set up), sign-out, one's own
 * password and second factor, the dashboard, account management, and the {@link StaffRoutes} through which every
 * other back-office screen (core or plugin) is registered.
 */
public final class StaffShell {
    private final StaffRoutes routes;

    private StaffShell(StaffRoutes routes) {
        this.routes = routes;
    }

    /** What the back office is built from; {@code clock} times sessions' lockouts and codes. */
    public record Parts(StaffStore store, RoleCatalog roles, PasswordHasher hasher, PasswordPolicy policy,
            ClientAddress client, Supplier<URI> publicUrl, Clock clock, Messages messages) {
        public Parts {
            requireNonNull(store, "store");
            requireNonNull(roles, "roles");
            requireNonNull(hasher, "hasher");
            requireNonNull(policy, "policy");
            requireNonNull(client, "client");
            requireNonNull(publicUrl, "publicUrl");
            requireNonNull(clock, "clock");
            requireNonNull(messages, "messages");
        }
    }

    public static StaffShell install(RoutesConfig config, Parts parts) {
        StaffStore store = parts.store();
        ClientAddress client = parts.client();
        AuditTrail trail = new AuditTrail(store.audit(), client);
        Messages messages = parts.messages();
        SecureRandom random = new SecureRandom();
        Visits visits = new Visits(new SiteCookie("gongshi_staff", parts.publicUrl()), store.sessions(),
                store.accounts());
        FormTokens formTokens = new FormTokens(visits,
                new CookieToken(new SiteCookie("gongshi_form", parts.publicUrl()), random));
        MenuHolder menu = new MenuHolder();
        StaffGate gate = new StaffGate(visits, formTokens, new RequestOrigin(parts.publicUrl()), parts.roles(),
                store.audit(), client, menu::get);
        StaffRoutes routes = new StaffRoutes(config, gate, parts.roles().allPermissions());
        menu.routes = routes;
        SignInThrottle throttle = new SignInThrottle(new LoginThrottle(parts.clock()), store.devices(),
                new SiteCookie("gongshi_device", parts.publicUrl()), store.accounts(), store.audit(), messages);

        LoginPage login = new LoginPage(store.accounts(), parts.hasher(), visits, formTokens, store.audit(), client,
                throttle, messages);
        routes.get("/admin/login", Access.anyone(), login::show);
        routes.post("/admin/login", Access.anyone(), login::submit);
        SecondFactorPage code = new SecondFactorPage(visits, formTokens, store.secondFactors(), throttle,
                store.audit(), client, parts.clock(), messages);
        routes.get(StaffGate.SECOND_FACTOR_PATH, Access.anyone(), code::show);
        routes.post(StaffGate.SECOND_FACTOR_PATH, Access.anyone(), code::submit);
        routes.post(StaffGate.LOGOUT_PATH, Access.signedIn(), new LogoutAction(visits, trail)::submit);
        routes.get("/admin", Access.signedIn(), new DashboardPage(routes::counters)::show);
        routes.menu(messages.get("admin.menu.dashboard"), "/admin", Access.signedIn());

        PasswordPage password = new PasswordPage(store, parts.hasher(), parts.policy(), visits, throttle, client,
                messages);
        routes.get(StaffGate.PASSWORD_PATH, Access.signedIn(), password::show);
        routes.post(StaffGate.PASSWORD_PATH, Access.signedIn(), password::submit);
        SecondFactorSetupPage setup = new SecondFactorSetupPage(store, trail, parts.clock(), random,
                parts.publicUrl(), messages);
        routes.get("/admin/account/second-factor", Access.signedIn(), setup::show);
        routes.post("/admin/account/second-factor", Access.signedIn(), setup::submit);

        Access accounts = Access.permission(CorePermissions.ACCOUNTS);
        UsersPage users = new UsersPage(store, parts.roles(), parts.hasher(), new OneTimePasswords(random), trail);
        routes.get("/admin/users", accounts, users::show);
        routes.post("/admin/users", accounts, users::add);
        UserActions actions = new UserActions(store, parts.roles(), trail);
        routes.post("/admin/users/{name}/disable", accounts, actions::disable);
        routes.post("/admin/users/{name}/second-factor/reset", accounts, actions::resetSecondFactor);
        routes.post("/admin/users/{name}/roles", accounts, actions::changeRole);
        routes.menu(messages.get("admin.menu.users"), "/admin/users", accounts);
        routes.menu(messages.get("admin.menu.password"), StaffGate.PASSWORD_PATH, Access.signedIn());
        routes.menu(messages.get("admin.menu.secondFactor"), "/admin/account/second-factor", Access.signedIn());

        config.exception(HasherBusyException.class, (busy, context) -> {
            context.status(HttpStatus.TOO_MANY_REQUESTS).header("Retry-After", "5").header("Cache-Control", "no-store");
            context.render("admin/busy.peb", Map.of());
        });
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
