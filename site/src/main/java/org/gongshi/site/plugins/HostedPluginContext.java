package org.gongshi.site.plugins;

import java.time.Clock;
import org.gongshi.content.calendar.WorkingDayCalendar;
import org.gongshi.content.markdown.MarkdownRenderer;
import org.gongshi.content.outbox.Outbox;
import org.gongshi.content.store.Database;
import org.gongshi.content.uploads.UploadStore;
import org.gongshi.plugin.PluginContext;
import org.gongshi.plugin.Settings;

/** What the host hands one plugin: shared services plus that plugin's own settings and upload area. */
record HostedPluginContext(Database database, Outbox outbox, MarkdownRenderer markdown, Settings settings, Clock clock,
        UploadStore uploads, WorkingDayCalendar calendar) implements PluginContext {}
