package org.gongshi.site.plugins;

import java.time.Clock;
import org.gongshi.content.audit.AuditLog;
import org.gongshi.content.calendar.WorkingDayCalendar;
import org.gongshi.content.markdown.MarkdownRenderer;
import org.gongshi.content.outbox.Outbox;
import org.gongshi.content.store.Database;
import org.gongshi.content.uploads.UploadStore;
import org.gongshi.plugin.PluginContext;
import org.gongshi.plugin.PluginListings;
import org.gongshi.plugin.Settings;

/** What the host hands one plugin: shared services plus that plugin's own settings and upload area. */
record HostedPluginContext(SharedServices shared, Settings settings, UploadStore uploads) implements PluginContext {
    @Override
    public Database database() {
        return shared.database();
    }

    @Override
    public Outbox outbox() {
        return shared.outbox();
    }

    @Override
    public MarkdownRenderer markdown() {
        return shared.markdown();
    }

    @Override
    public Clock clock() {
        return shared.clock();
    }

    @Override
    public WorkingDayCalendar calendar() {
        return shared.calendar();
    }

    @Override
    public PluginListings listings() {
        return shared.listings();
    }

    @Override
    public AuditLog audit() {
        return shared.audit();
    }
}
