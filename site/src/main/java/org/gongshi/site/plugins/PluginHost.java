package org.gongshi.site.plugins;

import io.javalin.http.Handler;
import java.io.IOException;
import java.net.MalformedURLException;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.ServiceLoader;
import java.util.Set;
import java.util.function.Function;
import java.util.TreeSet;
import java.util.stream.Stream;
import org.gongshi.content.listings.Listing;
import org.gongshi.index.DocumentSource;
import org.gongshi.plugin.AdminRoutes;
import org.gongshi.plugin.DashboardCounter;
import org.gongshi.plugin.HomeBlock;
import org.gongshi.plugin.ListingAddition;
import org.gongshi.plugin.ListingView;
import org.gongshi.plugin.NavigationLink;
import org.gongshi.plugin.ReviewItem;
import org.gongshi.plugin.Routes;
import org.gongshi.plugin.SitePlugin;
import org.gongshi.plugin.UploadPolicy;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Finds plugins, starts them in dependency order and installs each contribution into the part of the site that owns
 * it. The core knows plugins only through {@link SitePlugin}; it never names one.
 */
public final class PluginHost implements AutoCloseable {
    private static final Logger LOG = LoggerFactory.getLogger(PluginHost.class);

    private final List<SitePlugin> plugins;
    private final List<SitePlugin> started = new ArrayList<>();
    private PluginJobs jobs;

    private PluginHost(List<SitePlugin> plugins) {
        this.plugins = PluginOrder.of(plugins);
    }

    /** The given plugins, as tests install them. */
    public static PluginHost of(List<SitePlugin> plugins) {
        return new PluginHost(List.copyOf(plugins));
    }

    /** Every plugin declared on the classpath or in a jar in {@code pluginJarDirectory} (which may be absent). */
    public static PluginHost discover(Path pluginJarDirectory) {
        ClassLoader loader = jarLoader(pluginJarDirectory);
        List<SitePlugin> found = new ArrayList<>();
        try {
            ServiceLoader.load(SitePlugin.class, loader).forEach(found::add);
        } catch (java.util.ServiceConfigurationError e) {
            throw new PluginException("a plugin could not be loaded: " + e.getMessage(), e);
        }
        return new PluginHost(found);
    }

    /** Plugins in start order. */
    public List<SitePlugin> plugins() {
        return plugins;
    }

    /**
     * Runs each plugin's migrations, then its {@code init}, in dependency order, then starts its jobs. A configured
     * key that no plugin declares stops start-up: it is almost always a typo that would otherwise be ignored; so does
     * a plugin whose {@code init} throws, with a message naming it.
     */
    public void start(SharedServices shared, Map<String, String> configuration) {
        rejectUndeclared(configuration.keySet());
        for (SitePlugin plugin : plugins) {
            String id = plugin.id();
            plugin.migrations().ifPresent(location -> shared.database().migrate(location, id + "_schema_history",
                    plugin.getClass().getClassLoader()));
            PluginSettings settings = new PluginSettings(id, plugin.settings(), configuration);
            try {
                plugin.init(shared.contextFor(id, settings));
            } catch (RuntimeException | LinkageError e) {
                // A third party's jar is most often why: the message must say whose it is.
                throw new PluginException("plugin " + id + " (" + plugin.getClass().getName() + ") failed to start: "
                        + e, e);
            }
            started.add(plugin);
            LOG.info("plugin {} started ({})", id, plugin.getClass().getName());
        }
        jobs = new PluginJobs(plugins);
    }

    private void rejectUndeclared(Set<String> configured) {
        Set<String> declared = new TreeSet<>();
        plugins.forEach(plugin -> plugin.settings().forEach(setting -> declared.add(setting.key())));
        for (String key : new TreeSet<>(configured)) {
            if (!declared.contains(key)) {
                throw new PluginException("配置项 " + key + " 不存在；可用的配置项："
                        + (declared.isEmpty() ? "（无）" : String.join("、", declared)));
            }
        }
    }

    public List<DocumentSource> searchDocuments() {
        return plugins.stream().flatMap(plugin -> plugin.searchDocuments().stream())
                .<DocumentSource>map(PluginDocumentSource::new).toList();
    }

    /** Plugin id → classpath folder of its templates, addressed as {@code <id>/<name>.peb}. */
    public Map<String, String> templateRoots() {
        Map<String, String> roots = new LinkedHashMap<>();
        plugins.forEach(plugin -> plugin.templates().ifPresent(root -> roots.put(plugin.id(), root)));
        return roots;
    }

    public List<NavigationLink> navigation() {
        return plugins.stream().flatMap(plugin -> plugin.navigation().stream()).toList();
    }

    public List<HomeBlock> homeBlocks() {
        return plugins.stream().flatMap(plugin -> plugin.homeBlocks().stream()).toList();
    }

    /** Installs every plugin's public routes; two plugins claiming the same route stop start-up. */
    public void installRoutes(Routes target) {
        Map<String, String> owners = new HashMap<>();
        for (SitePlugin plugin : plugins) {
            plugin.routes(new ClaimingRoutes(plugin.id(), target, owners));
        }
    }

    /** Installs every plugin's back-office screens through the routes {@code forPlugin} gives for its id. */
    public void installAdminRoutes(Function<String, AdminRoutes> forPlugin) {
        plugins.forEach(plugin -> plugin.adminRoutes(forPlugin.apply(plugin.id())));
    }

    /** What every plugin adds to the public page of {@code listing}, in plugin order. */
    public List<ListingAddition> listingAdditions(Listing listing) {
        ListingView view = HostedListings.view(listing);
        return plugins.stream().flatMap(plugin -> plugin.listingAdditions(view).stream()).toList();
    }

    public List<DashboardCounter> dashboardCounters() {
        return plugins.stream().flatMap(plugin -> plugin.dashboardCounters().stream()).toList();
    }

    /** What every plugin has waiting for review, asked at request time. */
    public List<ReviewItem> reviewQueue() {
        return plugins.stream().flatMap(plugin -> plugin.reviewQueue().stream()).toList();
    }

    /** Stops the jobs, then closes the plugins in reverse start order; one failing close does not stop the rest. */
    @Override
    public void close() {
        if (jobs != null) {
            jobs.close();
        }
        for (int i = started.size() - 1; i >= 0; i--) {
            SitePlugin plugin = started.get(i);
            try {
                plugin.close();
            } catch (RuntimeException e) {
                LOG.warn("plugin {} failed to close: {}", plugin.id(), e.toString());
            }
        }
        started.clear();
    }

    private static ClassLoader jarLoader(Path directory) {
        ClassLoader parent = PluginHost.class.getClassLoader();
        if (directory == null || !Files.isDirectory(directory)) {
            return parent;
        }
        try (Stream<Path> files = Files.list(directory)) {
            List<URL> jars = new ArrayList<>();
            for (Path jar : files.filter(path -> path.toString().endsWith(".jar")).sorted().toList()) {
                jars.add(jar.toUri().toURL());
                LOG.info("plugin jar {}", jar.getFileName());
            }
            return jars.isEmpty() ? parent : new URLClassLoader(jars.toArray(URL[]::new), parent);
        } catch (MalformedURLException e) {
            throw new PluginException("bad plugin jar path in " + directory + ": " + e.getMessage(), e);
        } catch (IOException e) {
            throw new PluginException("cannot read the plugin directory " + directory + ": " + e.getMessage(), e);
        }
    }

    /** Routes of one plugin, refusing a route another plugin already claimed. */
    private record ClaimingRoutes(String pluginId, Routes target, Map<String, String> owners) implements Routes {
        @Override
        public void get(String path, Handler handler) {
            claim("GET", path);
            target.get(path, handler);
        }

        @Override
        public void post(String path, Handler handler) {
            claim("POST", path);
            target.post(path, handler);
        }

        @Override
        public void postWithFiles(String path, UploadPolicy policy, Handler handler) {
            claim("POST", path);
            target.postWithFiles(path, policy, handler);
        }

        private void claim(String method, String path) {
            Objects.requireNonNull(path, "path");
            String previous = owners.putIfAbsent(method + " " + path, pluginId);
            if (previous != null) {
                throw new PluginException("plugins '" + previous + "' and '" + pluginId + "' both register "
                        + method + " " + path);
            }
        }
    }
}
