package org.gongshi.site.plugins;

import java.time.Clock;
import org.gongshi.content.uploads.UploadStore;
import org.gongshi.plugin.AuditTrail;
import org.gongshi.plugin.InputChecks;
import org.gongshi.plugin.Markdown;
import org.gongshi.plugin.PluginContext;
import org.gongshi.plugin.PluginDatabase;
import org.gongshi.plugin.PluginListings;
import org.gongshi.plugin.PluginUploads;
import org.gongshi.plugin.SearchChanges;
import org.gongshi.plugin.Settings;
import org.gongshi.plugin.WorkingDays;

/** What the host hands one plugin: the shared services behind the API's interfaces, its settings and upload area. */
record HostedPluginContext(SharedServices shared, Settings settings, UploadStore uploadArea) implements PluginContext {
    @Override
    public PluginDatabase database() {
        return new HostedDatabase(shared.database());
    }

    @Override
    public Clock clock() {
        return shared.clock();
    }

    @Override
    public PluginUploads uploads() {
        return new HostedUploads(uploadArea);
    }

    @Override
    public AuditTrail audit() {
        return new HostedAudit(shared.audit());
    }

    @Override
    public Markdown markdown() {
        return new HostedMarkdown(shared.markdown());
    }

    @Override
    public WorkingDays calendar() {
        return new HostedCalendar(shared.calendar());
    }

    @Override
    public PluginListings listings() {
        return shared.listings();
    }

    @Override
    public InputChecks inputChecks() {
        return new HostedInputChecks();
    }

    @Override
    public SearchChanges searchChanges() {
        return shared.outbox()::record;
    }
}
