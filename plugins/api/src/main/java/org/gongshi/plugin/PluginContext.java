package org.gongshi.plugin;

import java.time.Clock;

/**
 * What the host hands a plugin at {@link SitePlugin#init}: the site's services, each behind a small interface of this
 * package, so a plugin never needs the site's own classes.
 *
 * @since 0.1
 */
public interface PluginContext {
    /**
     * The site database, for the plugin's own tables (prefixed with its id) through plain JDBC.
     *
     * @since 0.1
     */
    PluginDatabase database();

    /**
     * Values of the settings the plugin declared, configured or default.
     *
     * @since 0.1
     */
    Settings settings();

    /**
     * The clock every time-dependent decision uses, so tests can move it.
     *
     * @since 0.1
     */
    Clock clock();

    /**
     * The plugin's own upload area, {@code plugin-<id>}: apart from every other area and never served by the site.
     *
     * @since 0.1
     */
    PluginUploads uploads();

    /**
     * The site's append-only audit log. Never put a member of the public's personal data into an entry.
     *
     * @since 0.1
     */
    AuditTrail audit();

    /**
     * The site's one Markdown pipeline; its HTML is sanitized and safe to print raw.
     *
     * @since 0.1
     */
    Markdown markdown();

    /**
     * Chinese working days from the holiday and 调休 calendar administrators keep.
     *
     * @since 0.1
     */
    WorkingDays calendar();

    /**
     * The list of dishonest judgment debtors: read a listing, change one in the plugin's own transaction.
     *
     * @since 0.1
     */
    PluginListings listings();

    /**
     * The site's rules for identifiers and amounts people type.
     *
     * @since 0.1
     */
    InputChecks inputChecks();

    /**
     * Where the plugin reports changes to its {@link SitePlugin#searchDocuments} in the transaction making them.
     *
     * @since 0.1
     */
    SearchChanges searchChanges();
}
