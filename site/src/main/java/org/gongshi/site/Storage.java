package org.gongshi.site;

import static java.util.Objects.requireNonNull;

import org.gongshi.content.bulletins.BulletinRepository;
import org.gongshi.content.cases.CaseRepository;
import org.gongshi.content.markdown.MarkdownRenderer;
import org.gongshi.content.outbox.Outbox;
import org.gongshi.content.policies.PolicyRepository;
import org.gongshi.content.store.Database;

/** The migrated database with the core repositories and the one Markdown pipeline; shared by the server and the CLI. */
public record Storage(
        Database database,
        Outbox outbox,
        CaseRepository cases,
        PolicyRepository policies,
        BulletinRepository bulletins,
        MarkdownRenderer markdown) {
    public Storage {
        requireNonNull(database, "database");
        requireNonNull(outbox, "outbox");
        requireNonNull(cases, "cases");
        requireNonNull(policies, "policies");
        requireNonNull(bulletins, "bulletins");
        requireNonNull(markdown, "markdown");
    }

    public static Storage open(DataDirectory directory) {
        Database database = Database.open(directory.database());
        database.migrate("db/core", "core_schema_history", Storage.class.getClassLoader());
        Outbox outbox = new Outbox(database);
        return new Storage(
                database,
                outbox,
                new CaseRepository(database, outbox),
                new PolicyRepository(database, outbox),
                new BulletinRepository(database, outbox),
                new MarkdownRenderer());
    }
}
