package org.gongshi.site;

import static java.util.Objects.requireNonNull;

import java.time.Clock;
import java.util.List;
import org.gongshi.content.audit.AuditLog;
import org.gongshi.content.bulletins.BulletinRepository;
import org.gongshi.content.cases.CaseRepository;
import org.gongshi.content.editorial.EditorialWorkflow;
import org.gongshi.content.listings.ListingTermRepair;
import org.gongshi.content.markdown.MarkdownRenderer;
import org.gongshi.content.outbox.Outbox;
import org.gongshi.content.policies.PolicyRepository;
import org.gongshi.content.store.Database;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The migrated (and, where a migration needs the application's rules, repaired) database with the core repositories
 * and the one Markdown pipeline; shared by the server and the CLI.
 */
public record Storage(
        Database database,
        Outbox outbox,
        CaseRepository cases,
        PolicyRepository policies,
        BulletinRepository bulletins,
        MarkdownRenderer markdown) {
    private static final Logger LOG = LoggerFactory.getLogger(Storage.class);

    public Storage {
        requireNonNull(database, "database");
        requireNonNull(outbox, "outbox");
        requireNonNull(cases, "cases");
        requireNonNull(policies, "policies");
        requireNonNull(bulletins, "bulletins");
        requireNonNull(markdown, "markdown");
    }

    public static Storage open(DataDirectory directory) {
        return open(directory, Clock.systemUTC());
    }

    /** {@code clock} times revisions and tells the editorial workflow what "now" is. */
    public static Storage open(DataDirectory directory, Clock clock) {
        requireNonNull(clock, "clock");
        Database database = Database.open(directory.database());
        database.migrate("db/core", "core_schema_history", Storage.class.getClassLoader());
        Outbox outbox = new Outbox(database);
        new ListingTermRepair(database, outbox, new AuditLog(database, clock), clock).runOnce()
                .filter(counts -> counts.listings() > 0)
                .ifPresent(counts -> LOG.info("listing terms set by Art. 2 of the 2017 provisions: {} listings, {} "
                        + "with no fixed term ({} unrecognised), {} wrongly expired ones public again",
                        counts.listings(), counts.untilRemoved(), counts.unrecognised(), counts.reinstated()));
        MarkdownRenderer markdown = new MarkdownRenderer();
        Storage storage = new Storage(
                database,
                outbox,
                new CaseRepository(database, outbox, clock, markdown),
                new PolicyRepository(database, outbox, clock, markdown),
                new BulletinRepository(database, outbox, clock, markdown),
                markdown);
        int rendered = storage.cases().refreshRendered() + storage.policies().refreshRendered()
                + storage.bulletins().refreshRendered();
        if (rendered > 0) {
            LOG.info("articles rendered for Markdown pipeline version {}: {}", MarkdownRenderer.VERSION, rendered);
        }
        return storage;
    }

    /** The editorial workflows of the three core content types, e.g. for publishing what is scheduled. */
    public List<EditorialWorkflow<?>> workflows() {
        return List.of(cases.workflow(), policies.workflow(), bulletins.workflow());
    }
}
