package org.gongshi.site;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.javalin.http.HandlerType;
import java.io.IOException;
import java.io.InputStream;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import org.gongshi.site.staff.StaffRoute;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * Walks every registered back-office route as every role and as the signed-out, and compares what the gate did with
 * the hand-written table in staff-routes.txt. A new route fails this test until someone writes down who may use it.
 */
class StaffRouteTableIT {
    private static final String PASSWORD = "route table password";
    private static final List<String> COLUMNS = List.of("anonymous", "admin", "editor", "reviewer",
            "objections.handler", "objections.reconsider");

    @RegisterExtension
    static final RunningSite site = RunningSite.withDemo();

    private final Map<String, StaffClient> clients = new HashMap<>();
    private final List<String> htmlWithoutCharset = new ArrayList<>();

    @Test
    void everyRouteAnswersEveryRoleAsTheTableSays() throws IOException {
        Map<String, List<String>> expected = table();
        List<String> registered = site.staffRoutes().stream().map(StaffRouteTableIT::key).toList();
        assertEquals(new TreeSet<>(expected.keySet()), new TreeSet<>(registered),
                "staff-routes.txt must list exactly the registered back-office routes");
        for (String role : COLUMNS.subList(1, COLUMNS.size())) {
            site.addStaff(account(role), PASSWORD, role);
        }
        List<String> mismatches = new ArrayList<>();
        for (StaffRoute route : site.staffRoutes()) {
            for (int column = 0; column < COLUMNS.size(); column++) {
                String who = COLUMNS.get(column);
                String outcome = outcome(route, who);
                String wanted = expected.get(key(route)).get(column);
                if (!outcome.equals(wanted)) {
                    mismatches.add(key(route) + " as " + who + ": " + outcome + ", table says " + wanted);
                }
            }
        }
        assertEquals(List.of(), mismatches);
        assertEquals(List.of(), htmlWithoutCharset, "every back-office page says it is UTF-8");
    }

    private String outcome(StaffRoute route, String who) {
        StaffClient client = client(who);
        String path = route.path().replaceAll("\\{[^}]+}", "route-table-example");
        HttpResponse<String> response = route.method() == HandlerType.GET ? client.get(path)
                : client.post(path, Map.of());
        String type = response.headers().firstValue("Content-Type").orElse("");
        if (type.startsWith("text/html") && !type.replace(" ", "").equalsIgnoreCase("text/html;charset=utf-8")) {
            htmlWithoutCharset.add(route.method() + " " + path + " as " + who + ": " + type);
        }
        if (path.equals("/admin/logout") && response.statusCode() == 303) {
            clients.remove(who); // signed out: the next route needs a fresh sign-in
        }
        boolean toSignIn = response.statusCode() == 303 && response.headers().firstValue("Location").orElse("")
                .contains("/admin/login?");
        return response.statusCode() == 403 || toSignIn ? "deny" : "allow";
    }

    private StaffClient client(String who) {
        return clients.computeIfAbsent(who, role -> {
            StaffClient client = site.staffClient();
            if (role.equals("anonymous")) {
                client.get("/admin/login"); // holds a sign-in form token, as a browser would
            } else {
                assertEquals(303, client.signIn(account(role), PASSWORD).statusCode(), "sign-in as " + role);
                client.get("/admin");
            }
            return client;
        });
    }

    /** An account per role; the plugin roles' dots are not in account names. */
    private static String account(String role) {
        return "table-" + role.replace('.', '-');
    }

    private static String key(StaffRoute route) {
        return route.method() + " " + route.path();
    }

    private static Map<String, List<String>> table() throws IOException {
        Map<String, List<String>> rows = new LinkedHashMap<>();
        try (InputStream in = StaffRouteTableIT.class.getResourceAsStream("/staff-routes.txt")) {
            for (String line : new String(in.readAllBytes(), StandardCharsets.UTF_8).split("\n")) {
                if (line.isBlank() || line.startsWith("#")) {
                    continue;
                }
                String[] cells = line.trim().split("\\s+");
                rows.put(cells[0] + " " + cells[1], List.of(cells).subList(2, cells.length));
            }
        }
        return rows;
    }
}
