package org.gongshi.plugin;

import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * A plugin: one Maven module, one line in {@code META-INF/services/org.gongshi.plugin.SitePlugin}. Every method but
 * {@link #id()} has a default that contributes nothing, so a plugin overrides only what it adds.
 *
 * <p>Lifecycle: the host orders plugins by {@link #dependsOn()}, runs their migrations, calls {@link #init} on each,
 * then asks each for its contributions and installs them, serves, and finally calls {@link #close()} in reverse order.
 *
 * <p>Versions: each method says since which version of this API it exists. A method added later always has a
 * default that contributes nothing, so a plugin built against an older version keeps loading and working as before.
 *
 * @since 0.1
 */
public interface SitePlugin {
    /**
     * Unique, lowercase {@code [a-z][a-z0-9]*}; prefixes the plugin's tables, templates and settings.
     *
     * @since 0.1
     */
    String id();

    /**
     * Ids of plugins that must be initialised before this one.
     *
     * @since 0.1
     */
    default Set<String> dependsOn() {
        return Set.of();
    }

    /**
     * Called once, after this plugin's migrations ran and every plugin it depends on was initialised.
     *
     * @since 0.1
     */
    default void init(PluginContext context) {}

    /**
     * Classpath folder of this plugin's Flyway migrations, recorded in the table {@code <id>_schema_history}.
     *
     * @since 0.1
     */
    default Optional<String> migrations() {
        return Optional.empty();
    }

    /**
     * Classpath folder holding this plugin's Pebble templates; they are addressed as {@code <id>/<name>.peb}.
     *
     * @since 0.1
     */
    default Optional<String> templates() {
        return Optional.empty();
    }

    /**
     * Public routes of this plugin.
     *
     * @since 0.1
     */
    default void routes(Routes routes) {}

    /**
     * The search document types this plugin feeds to the site search.
     *
     * @since 0.1
     */
    default List<SearchDocuments> searchDocuments() {
        return List.of();
    }

    /**
     * Links this plugin adds to the site's navigation.
     *
     * @since 0.1
     */
    default List<NavigationLink> navigation() {
        return List.of();
    }

    /**
     * Blocks this plugin adds to the home page.
     *
     * @since 0.1
     */
    default List<HomeBlock> homeBlocks() {
        return List.of();
    }

    /**
     * Jobs the host runs on a schedule, off the request path.
     *
     * @since 0.1
     */
    default List<ScheduledJob> scheduledJobs() {
        return List.of();
    }

    /**
     * Settings this plugin reads through {@link PluginContext#settings()}, with their defaults.
     *
     * @since 0.1
     */
    default List<Setting> settings() {
        return List.of();
    }

    /**
     * Staff roles this plugin adds, e.g. an objection handler; administrators grant them like the core roles.
     *
     * @since 0.1
     */
    default List<StaffRole> staffRoles() {
        return List.of();
    }

    /**
     * Back-office screens, under {@code /admin/<id>/}; each route names the permission it needs.
     *
     * @since 0.1
     */
    default void adminRoutes(AdminRoutes routes) {}

    /**
     * Numbers this plugin adds to the back-office dashboard.
     *
     * @since 0.1
     */
    default List<DashboardCounter> dashboardCounters() {
        return List.of();
    }

    /**
     * What this plugin has waiting for review, listed with the core's content in the one review queue; those needing
     * {@code content.review} also count towards the dashboard's 待审核的内容. Called on every view of the queue and of
     * the dashboard, so keep it to one indexed query.
     *
     * @since 0.1
     */
    default List<ReviewItem> reviewQueue() {
        return List.of();
    }

    /**
     * What this plugin adds to the public page of {@code listing} (a public one). Called on every view of that page,
     * so keep it to one indexed query.
     *
     * @since 0.1
     */
    default List<ListingAddition> listingAdditions(ListingView listing) {
        return List.of();
    }

    /**
     * Releases what {@link #init} acquired. Called in reverse initialisation order.
     *
     * @since 0.1
     */
    default void close() {}
}
