package org.gongshi.content.testing;

import java.nio.file.Path;
import org.gongshi.content.store.Database;

/** A migrated core database in a test's temporary directory, opened the way the site opens it. */
public final class Storage {
    private Storage() {}

    public static Database migrated(Path directory) {
        Database database = Database.open(directory.resolve("gongshi.db"));
        database.migrate("db/core", "core_schema_history", Storage.class.getClassLoader());
        return database;
    }
}
