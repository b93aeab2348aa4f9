package org.gongshi.site.plugins;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.regex.Pattern;
import org.gongshi.plugin.SitePlugin;

/**
 * Orders plugins so each comes after the plugins it depends on. Ties are broken by id, so the order never depends on
 * classpath order. Bad ids, duplicates, missing dependencies and cycles fail with a message naming both sides.
 */
final class PluginOrder {
    private static final Pattern ID = Pattern.compile("[a-z][a-z0-9]{0,30}");

    private PluginOrder() {}

    static List<SitePlugin> of(List<SitePlugin> plugins) {
        Map<String, SitePlugin> byId = indexById(plugins);
        for (SitePlugin plugin : byId.values()) {
            for (String dependency : plugin.dependsOn()) {
                if (!byId.containsKey(dependency)) {
                    throw new PluginException("plugin '" + plugin.id() + "' (" + plugin.getClass().getName()
                            + ") depends on '" + dependency + "', which is not installed");
                }
            }
        }
        List<SitePlugin> ordered = new ArrayList<>();
        Set<String> done = new LinkedHashSet<>();
        for (String id : byId.keySet()) {
            visit(id, byId, done, new ArrayList<>(), ordered);
        }
        return List.copyOf(ordered);
    }

    private static Map<String, SitePlugin> indexById(List<SitePlugin> plugins) {
        Map<String, SitePlugin> byId = new TreeMap<>();
        for (SitePlugin plugin : plugins) {
            String id = plugin.id();
            if (id == null || !ID.matcher(id).matches()) {
                throw new PluginException("plugin " + plugin.getClass().getName() + " has the id '" + id
                        + "'; an id is 1–31 lowercase letters and digits, starting with a letter");
            }
            SitePlugin previous = byId.putIfAbsent(id, plugin);
            if (previous != null) {
                throw new PluginException("two plugins have the id '" + id + "': " + previous.getClass().getName()
                        + " and " + plugin.getClass().getName());
            }
        }
        return byId;
    }

    private static void visit(
            String id, Map<String, SitePlugin> byId, Set<String> done, List<String> path, List<SitePlugin> ordered) {
        if (done.contains(id)) {
            return;
        }
        int start = path.indexOf(id);
        if (start >= 0) {
            List<String> cycle = new ArrayList<>(path.subList(start, path.size()));
            cycle.add(id);
            throw new PluginException("plugin dependency cycle: " + String.join(" → ", cycle));
        }
        path.add(id);
        byId.get(id).dependsOn().stream().sorted(Comparator.naturalOrder())
                .forEach(dependency -> visit(dependency, byId, done, path, ordered));
        path.remove(path.size() - 1);
        done.add(id);
        ordered.add(byId.get(id));
    }
}
