package org.gongshi.site.plugins;

import org.gongshi.content.store.Database;
import org.gongshi.plugin.PluginDatabase;

/** The site database lent to a plugin: its transactions end as the core's do, whatever the work throws. */
record HostedDatabase(Database database) implements PluginDatabase {
    @Override
    public <T> T inTransaction(Work<T> work) {
        return database.inTransaction(work::run);
    }

    @Override
    public <T> T inSharedTransaction(Work<T> work) {
        return database.inSharedTransaction(work::run);
    }

    @Override
    public <T> T read(Work<T> work) {
        return database.read(work::run);
    }
}
