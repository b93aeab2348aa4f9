package org.gongshi.plugin;

import java.time.Clock;
import org.gongshi.content.audit.AuditLog;
import org.gongshi.content.calendar.WorkingDayCalendar;
import org.gongshi.content.markdown.MarkdownRenderer;
import org.gongshi.content.outbox.Outbox;
import org.gongshi.content.store.Database;
import org.gongshi.content.uploads.UploadStore;

/** What the host hands a plugin at {@link SitePlugin#init}. */
public interface PluginContext {
    /** The site database; the plugin's own tables are prefixed with its id. */
    Database database();

    /** Record a change to one of the plugin's search documents in the same transaction as the change. */
    Outbox outbox();

    /** The site's one Markdown pipeline; its output is sanitized and safe to print raw. */
    MarkdownRenderer markdown();

    /** Values of the settings the plugin declared, configured or default. */
    Settings settings();

    /** The clock every time-dependent decision uses, so tests can move it. */
    Clock clock();

    /**
     * The plugin's own upload area, {@code plugin-<id>}: apart from every other area and never served by the site.
     * Hand a file only to those allowed to see it, with {@link Attachment#send}.
     */
    UploadStore uploads();

    /** The list of dishonest judgment debtors: read a listing, change one in the plugin's own transaction. */
    PluginListings listings();

    /**
     * The site's append-only audit log; record staff actions with {@code record(connection, event)} in the same
     * transaction as the change. Never put a member of the public's personal data into an entry.
     */
    AuditLog audit();
    /**
     * Chinese working days from the holiday and make-up working day (调休) calendar administrators keep, for
     * deadlines such as "within 2 working days"; always current, and {@code knows(year)} tells when it only guesses.
     */
    WorkingDayCalendar calendar();
}
