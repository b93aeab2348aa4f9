package org.gongshi.site.plugins;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Set;
import org.gongshi.plugin.SitePlugin;
import org.junit.jupiter.api.Test;

class PluginOrderTest {
    private record Plugin(String id, Set<String> dependsOn) implements SitePlugin {
        Plugin(String id, String... dependsOn) {
            this(id, Set.of(dependsOn));
        }
    }

    @Test
    void dependenciesStartFirstWhateverTheDiscoveryOrder() {
        List<SitePlugin> ordered = PluginOrder.of(List.of(
                new Plugin("objections", "listings", "mail"), new Plugin("mail"), new Plugin("listings", "mail")));

        assertEquals(List.of("mail", "listings", "objections"), ordered.stream().map(SitePlugin::id).toList());
    }

    @Test
    void independentPluginsAreOrderedById() {
        List<SitePlugin> ordered = PluginOrder.of(List.of(new Plugin("qa"), new Plugin("campaigns")));

        assertEquals(List.of("campaigns", "qa"), ordered.stream().map(SitePlugin::id).toList());
    }

    @Test
    void duplicateIdsNameBothPlugins() {
        SitePlugin other = new SitePlugin() {
            @Override
            public String id() {
                return "qa";
            }
        };

        PluginException failure = assertThrows(PluginException.class,
                () -> PluginOrder.of(List.of(new Plugin("qa"), other)));

        assertTrue(failure.getMessage().contains("'qa'"), failure.getMessage());
        assertTrue(failure.getMessage().contains(Plugin.class.getName()), failure.getMessage());
        assertTrue(failure.getMessage().contains(other.getClass().getName()), failure.getMessage());
    }

    @Test
    void missingDependencyNamesBothSides() {
        PluginException failure = assertThrows(PluginException.class,
                () -> PluginOrder.of(List.of(new Plugin("objections", "listings"))));

        assertTrue(failure.getMessage().contains("'objections'"), failure.getMessage());
        assertTrue(failure.getMessage().contains("'listings', which is not installed"), failure.getMessage());
    }

    @Test
    void cycleIsShownInFull() {
        PluginException failure = assertThrows(PluginException.class, () -> PluginOrder.of(List.of(
                new Plugin("a", "b"), new Plugin("b", "c"), new Plugin("c", "a"))));

        assertEquals("plugin dependency cycle: a → b → c → a", failure.getMessage());
    }

    @Test
    void badIdIsRefused() {
        PluginException failure = assertThrows(PluginException.class,
                () -> PluginOrder.of(List.of(new Plugin("Q&A"))));

        assertTrue(failure.getMessage().contains("'Q&A'"), failure.getMessage());
    }
}
