package org.gongshi.site.plugins;

import static java.util.Objects.requireNonNull;

import java.time.Clock;
import org.gongshi.content.audit.AuditLog;
import org.gongshi.content.calendar.WorkingDayCalendar;
import org.gongshi.content.markdown.MarkdownRenderer;
import org.gongshi.content.outbox.Outbox;
import org.gongshi.content.store.Database;
import org.gongshi.content.uploads.Uploads;
import org.gongshi.plugin.PluginContext;
import org.gongshi.plugin.PluginListings;
import org.gongshi.plugin.Settings;

/** What the host shares with every plugin; each also gets its own settings and upload area. */
public record SharedServices(Database database, Outbox outbox, MarkdownRenderer markdown, Uploads uploads, Clock clock,
        WorkingDayCalendar calendar, PluginListings listings, AuditLog audit) {
    public SharedServices {
        requireNonNull(database, "database");
        requireNonNull(markdown, "markdown");
        requireNonNull(uploads, "uploads");
        requireNonNull(clock, "clock");
        requireNonNull(calendar, "calendar");
        requireNonNull(listings, "listings");
        requireNonNull(audit, "audit");
    }

    /**
     * What plugin {@code pluginId} is handed: these services behind the API's interfaces, its {@code settings} and
     * its own upload area, {@code plugin-<id>}, so no plugin id can name a core area such as articles.
     */
    public PluginContext contextFor(String pluginId, Settings settings) {
        return new HostedPluginContext(this, settings, uploads.area("plugin-" + pluginId));
    }
}
