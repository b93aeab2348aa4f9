package org.gongshi.site.cli;

import java.nio.file.Path;
import java.time.Clock;
import org.gongshi.site.DataDirectory;
import org.gongshi.site.Storage;
import org.gongshi.site.plugins.PluginHost;
import org.gongshi.site.staff.RoleCatalog;
import org.gongshi.site.staff.StaffStore;

/** What the user commands work on: the accounts in the data directory and the roles its plugins declare. */
record StaffData(StaffStore store, RoleCatalog roles) {
    static final String ACTOR = "命令行";

    static StaffData open(Path data) {
        DataDirectory directory = DataDirectory.prepare(data);
        Storage storage = Storage.open(directory);
        return new StaffData(StaffStore.open(storage.database(), Clock.systemDefaultZone()),
                RoleCatalog.of(PluginHost.discover(directory.plugins()).plugins()));
    }
}
