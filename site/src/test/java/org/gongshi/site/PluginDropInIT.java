package org.gongshi.site;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.gongshi.site.plugins.PluginJar;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;

/**
 * A third party's plugin, built against the plugin API jar alone and dropped into {@code DATA/plugins/}, is found,
 * started and served; so is one built against an older API that lacked today's methods. One whose {@code init}
 * throws stops start-up with a message naming it.
 */
class PluginDropInIT {
    private static final String GREETING_PLUGIN = """
            package example;

            import io.javalin.http.Context;
            import org.gongshi.plugin.Markdown;
            import org.gongshi.plugin.PluginContext;
            import org.gongshi.plugin.Routes;
            import org.gongshi.plugin.SitePlugin;

            public final class GreetingPlugin implements SitePlugin {
                private Markdown markdown;

                public String id() {
                    return "greeting";
                }

                public void init(PluginContext context) {
                    markdown = context.markdown();
                }

                public void routes(Routes routes) {
                    routes.get("/greeting", this::greet);
                }

                private void greet(Context context) {
                    context.html(markdown.toHtml("**你好**，<script>alert(1)</script>"));
                }
            }
            """;

    /** The API's plugin interface as a first version had it: no search, review queue, listing additions, … */
    private static final String FIRST_SITE_PLUGIN = """
            package org.gongshi.plugin;

            public interface SitePlugin {
                String id();

                default void init(PluginContext context) {}

                default void routes(Routes routes) {}
            }
            """;

    private static final String OLD_PLUGIN = """
            package example;

            public final class OldPlugin implements org.gongshi.plugin.SitePlugin {
                public String id() {
                    return "old";
                }

                public void routes(org.gongshi.plugin.Routes routes) {
                    routes.get("/old", context -> context.result("still here"));
                }
            }
            """;

    private static final String BROKEN_PLUGIN = """
            package example;

            public final class BrokenPlugin implements org.gongshi.plugin.SitePlugin {
                public String id() {
                    return "broken";
                }

                public void init(org.gongshi.plugin.PluginContext context) {
                    throw new IllegalStateException("cannot reach its licence server");
                }
            }
            """;

    @RegisterExtension
    static final RunningSite site = RunningSite.withDemo(data -> {
        Path plugins = DataDirectory.prepare(data).plugins();
        PluginJar.write(plugins.resolve("greeting.jar"), "GreetingPlugin", GREETING_PLUGIN);
        PluginJar.write(plugins.resolve("old.jar"), "OldPlugin", OLD_PLUGIN,
                Map.of("org.gongshi.plugin.SitePlugin", FIRST_SITE_PLUGIN));
    });

    @Test
    void aPluginBuiltAgainstTheApiJarAloneIsServedWithTheSitesServices() {
        var response = site.get("/greeting");

        assertEquals(200, response.statusCode());
        assertTrue(response.body().contains("<strong>你好</strong>"), response.body());
        assertTrue(!response.body().contains("<script>"), "the site's Markdown pipeline sanitizes: " + response.body());
    }

    @Test
    void aPluginBuiltAgainstAnOlderApiStillLoads() {
        var response = site.get("/old");

        assertEquals(200, response.statusCode());
        assertEquals("still here", response.body());
    }

    @Test
    void aPluginThatFailsToStartStopsStartUpNamingIt(@TempDir Path data) throws IOException {
        PluginJar.write(Files.createDirectories(DataDirectory.prepare(data).plugins()).resolve("broken.jar"),
                "BrokenPlugin", BROKEN_PLUGIN);

        RuntimeException refused = assertThrows(RuntimeException.class, () -> RunningSite.startWithDemo(data).close());

        assertTrue(refused.getMessage().contains("plugin broken (example.BrokenPlugin) failed to start"),
                refused.getMessage());
        assertTrue(refused.getMessage().contains("cannot reach its licence server"), refused.getMessage());
    }
}
