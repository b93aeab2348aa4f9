package org.gongshi.site.plugins;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.javalin.http.Handler;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.gongshi.content.audit.AuditLog;
import org.gongshi.content.listings.ListingLifecycle;
import org.gongshi.content.listings.ListingRepository;
import org.gongshi.content.calendar.WorkingDayCalendar;
import org.gongshi.content.markdown.MarkdownRenderer;
import org.gongshi.content.outbox.Outbox;
import org.gongshi.content.store.Database;
import org.gongshi.content.uploads.Uploads;
import org.gongshi.plugin.PluginContext;
import org.gongshi.plugin.Routes;
import org.gongshi.plugin.Setting;
import org.gongshi.plugin.SitePlugin;
import org.gongshi.plugin.UploadPolicy;
import org.gongshi.plugin.WorkingDays;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class PluginHostTest {
    private static final WorkingDayCalendar MONDAY_TO_FRIDAY = WorkingDayCalendar.of(List.of());

    @TempDir
    Path data;

    /** Records the lifecycle calls of every instance into one shared journal. */
    private record Recording(String id, List<String> journal, String route) implements SitePlugin {
        @Override
        public List<Setting> settings() {
            return List.of(new Setting(id + ".greeting", "你好", "a greeting"));
        }

        @Override
        public void init(PluginContext context) {
            journal.add("init " + id + " " + context.settings().get(id + ".greeting"));
        }

        @Override
        public void routes(Routes routes) {
            routes.get(route, ctx -> ctx.result(id));
        }

        @Override
        public void close() {
            journal.add("close " + id);
        }
    }

    @Test
    void startsInOrderWithConfiguredSettingsAndClosesInReverse() {
        List<String> journal = new ArrayList<>();
        PluginHost host = PluginHost.of(List.of(new Recording("zeta", journal, "/z"), new Recording("alpha", journal, "/a")));

        host.start(shared(database()), Map.of("zeta.greeting", "您好"));
        host.close();

        assertEquals(List.of("init alpha 你好", "init zeta 您好", "close zeta", "close alpha"), journal);
    }

    @Test
    void eachPluginIsHandedTheSitesWorkingDayCalendar() {
        List<WorkingDays> handed = new ArrayList<>();
        SitePlugin deadlines = new SitePlugin() {
            @Override
            public String id() {
                return "deadlines";
            }

            @Override
            public void init(PluginContext context) {
                handed.add(context.calendar());
            }
        };

        PluginHost.of(List.of(deadlines)).start(shared(database()), Map.of());

        assertEquals(List.of(new HostedCalendar(MONDAY_TO_FRIDAY)), handed);
    }

    @Test
    void aConfiguredKeyNoPluginDeclaresStopsStartUp() {
        PluginHost host = PluginHost.of(List.of(new Recording("alpha", new ArrayList<>(), "/a")));

        PluginException failure = assertThrows(PluginException.class, () -> host.start(shared(database()),
                Map.of("alpha.greetng", "typo")));

        assertEquals("配置项 alpha.greetng 不存在；可用的配置项：alpha.greeting", failure.getMessage());
    }

    @Test
    void twoPluginsClaimingOneRouteStopStartUp() {
        List<String> journal = new ArrayList<>();
        PluginHost host = PluginHost.of(List.of(new Recording("one", journal, "/same"), new Recording("two", journal, "/same")));
        List<String> installed = new ArrayList<>();

        PluginException failure = assertThrows(PluginException.class, () -> host.installRoutes(recordingRoutes(installed)));

        assertEquals("plugins 'one' and 'two' both register GET /same", failure.getMessage());
    }

    @Test
    void runsEachPluginsMigrationsIntoItsOwnHistoryTable() {
        SitePlugin migrating = new SitePlugin() {
            @Override
            public String id() {
                return "sample";
            }

            @Override
            public Optional<String> migrations() {
                return Optional.of("db/sample");
            }
        };
        Database database = database();

        PluginHost.of(List.of(migrating)).start(shared(database), Map.of());

        List<String> tables = database.read(connection -> {
            List<String> names = new ArrayList<>();
            try (var rows = connection.createStatement().executeQuery(
                    "SELECT name FROM sqlite_master WHERE type = 'table' ORDER BY name")) {
                while (rows.next()) {
                    names.add(rows.getString(1));
                }
            }
            return names;
        });
        assertTrue(tables.contains("sample_note"), tables.toString());
        assertTrue(tables.contains("sample_schema_history"), tables.toString());
    }

    @Test
    void eachPluginGetsAnUploadAreaOfItsOwn() {
        List<String> areas = new ArrayList<>();
        SitePlugin uploading = new SitePlugin() {
            @Override
            public String id() {
                return "articles";
            }

            @Override
            public void init(PluginContext context) {
                areas.add(((HostedUploads) context.uploads()).store().area());
            }
        };

        PluginHost.of(List.of(uploading)).start(shared(database()), Map.of());

        assertEquals(List.of("plugin-articles"), areas, "a plugin never reaches the public articles area");
    }

    private Database database() {
        return Database.open(data.resolve("gongshi.db"));
    }

    private SharedServices shared(Database database) {
        Clock clock = Clock.systemUTC();
        Outbox outbox = new Outbox(database);
        return new SharedServices(database, outbox, new MarkdownRenderer(),
                new Uploads(data.resolve("uploads"), database, clock), clock, MONDAY_TO_FRIDAY,
                new HostedListings(new ListingRepository(database, outbox, clock),
                        new ListingLifecycle(database, outbox, clock)), new AuditLog(database, clock));
    }

    private static Routes recordingRoutes(List<String> installed) {
        return new Routes() {
            @Override
            public void get(String path, Handler handler) {
                installed.add("GET " + path);
            }

            @Override
            public void post(String path, Handler handler) {
                installed.add("POST " + path);
            }

            @Override
            public void postWithFiles(String path, UploadPolicy policy, Handler handler) {
                installed.add("POST " + path);
            }
        };
    }
}
