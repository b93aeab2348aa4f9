package org.gongshi.plugin;

import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.gongshi.content.listings.Listing;
import org.gongshi.index.DocumentSource;

/**
 * A plugin: one Maven module, one line in {@code META-INF/services/org.gongshi.plugin.SitePlugin}. Every method but
 * {@link #id()} has a default that contributes nothing, so a plugin overrides only what it adds.
 *
 * <p>Lifecycle: the host orders plugins by {@link #dependsOn()}, runs their migrations, calls {@link #init} on each,
 * then asks each for its contributions and installs them, serves, and finally calls {@link #close()} in reverse order.
 */
public interface SitePlugin {
    /** Unique, lowercase {@code [a-z][a-z0-9]*}; prefixes the plugin's tables, templates and settings. */
    String id();

    /** Ids of plugins that must be initialised before this one. */
    default Set<String> dependsOn() {
        return Set.of();
    }

    /** Called once, after this plugin's migrations ran and every plugin it depends on was initialised. */
    default void init(PluginContext context) {}

    /** Classpath folder of this plugin's Flyway migrations, recorded in the table {@code <id>_schema_history}. */
    default Optional<String> migrations() {
        return Optional.empty();
    }

    /** Classpath folder holding this plugin's Pebble templates; they are addressed as {@code <id>/<name>.peb}. */
    default Optional<String> templates() {
        return Optional.empty();
    }

    /** Public routes of this plugin. */
    default void routes(Routes routes) {}

    /** The search document types this plugin feeds to the site search. */
    default List<DocumentSource> searchDocuments() {
        return List.of();
    }

    /** Links this plugin adds to the site's navigation. */
    default List<NavigationLink> navigation() {
        return List.of();
    }

    /** Blocks this plugin adds to the home page. */
    default List<HomeBlock> homeBlocks() {
        return List.of();
    }

    /** Jobs the host runs on a schedule, off the request path. */
    default List<ScheduledJob> scheduledJobs() {
        return List.of();
    }

    /** Settings this plugin reads through {@link PluginContext#settings()}, with their defaults. */
    default List<Setting> settings() {
        return List.of();
    }

    /** Staff roles this plugin adds, e.g. an objection handler; administrators grant them like the core roles. */
    default List<StaffRole> staffRoles() {
        return List.of();
    }

    /** Back-office screens, under {@code /admin/<id>/}; each route names the permission it needs. */
    default void adminRoutes(AdminRoutes routes) {}

    /** Numbers this plugin adds to the back-office dashboard. */
    default List<DashboardCounter> dashboardCounters() {
        return List.of();
    }

    /**
     * What this plugin has waiting for review, listed with the core's content in the one review queue; those needing
     * {@code content.review} also count towards the dashboard's 待审核的内容. Called on every view of the queue and of
     * the dashboard, so keep it to one indexed query.
     */
    default List<ReviewItem> reviewQueue() {
        return List.of();
    }

    /**
     * What this plugin adds to the public page of {@code listing} (a public one). Called on every view of that page,
     * so keep it to one indexed query.
     */
    default List<ListingAddition> listingAdditions(Listing listing) {
        return List.of();
    }

    /** Releases what {@link #init} acquired. Called in reverse initialisation order. */
    default void close() {}
}
