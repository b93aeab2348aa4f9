package org.gongshi.site;

import static java.util.Objects.requireNonNull;

import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import org.gongshi.index.DocumentSource;
import org.gongshi.index.SearchIndex;
import org.gongshi.site.plugins.PluginHost;

/**
 * Everything but the web: the migrated database, the started plugins and the (not yet following) search index over the
 * core and plugin document sources. The server and the CLI commands build on this; {@link #close} undoes it in reverse.
 */
public final class SiteCore implements AutoCloseable {
    private final Storage storage;
    private final PluginHost plugins;
    private final ContentTypes contentTypes;
    private final SearchIndex index;

    private SiteCore(Storage storage, PluginHost plugins, ContentTypes contentTypes, SearchIndex index) {
        this.storage = storage;
        this.plugins = plugins;
        this.contentTypes = contentTypes;
        this.index = index;
    }

    public static SiteCore open(DataDirectory directory, Clock clock) {
        requireNonNull(directory, "directory");
        Storage storage = Storage.open(directory);
        PluginHost plugins = PluginHost.discover(directory.plugins());
        try {
            plugins.start(storage.database(), storage.outbox(), storage.markdown(), requireNonNull(clock, "clock"),
                    directory.readSettings());
            ContentTypes contentTypes = ContentTypes.of(storage);
            List<DocumentSource> sources = new ArrayList<>(contentTypes.documentSources());
            sources.addAll(plugins.searchDocuments());
            SearchIndex index = SearchIndex.open(directory.index(), sources, storage.outbox());
            return new SiteCore(storage, plugins, contentTypes, index);
        } catch (RuntimeException e) {
            plugins.close();
            throw e;
        }
    }

    public Storage storage() {
        return storage;
    }

    public SearchIndex index() {
        return index;
    }

    PluginHost plugins() {
        return plugins;
    }

    ContentTypes contentTypes() {
        return contentTypes;
    }

    @Override
    public void close() {
        try {
            index.close();
        } finally {
            plugins.close();
        }
    }
}
