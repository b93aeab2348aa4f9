package org.gongshi.site;

import static java.util.Objects.requireNonNull;

import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import org.gongshi.content.listings.IdentifierKeys;
import org.gongshi.index.DocumentSource;
import org.gongshi.index.SearchIndex;
import org.gongshi.index.listings.ListingIndex;
import org.gongshi.site.listings.PublicBodyDocuments;
import org.gongshi.site.listings.RepositoryListingSource;
import org.gongshi.site.plugins.PluginHost;

/**
 * Everything but the web: the migrated database, the started plugins, the listings with the identifier key, and the
 * two (not yet following) indexes: the search index over the core, 政务失信 and plugin document sources, and the
 * listing index. The server and the CLI commands build on this; {@link #close} undoes it in reverse.
 */
public final class SiteCore implements AutoCloseable {
    private final Storage storage;
    private final PluginHost plugins;
    private final ContentTypes contentTypes;
    private final IdentifierKeys identifierKeys;
    private final Listings listings;
    private final SearchIndex index;
    private final ListingIndex listingIndex;

    private SiteCore(Storage storage, PluginHost plugins, ContentTypes contentTypes, IdentifierKeys identifierKeys,
            Listings listings, SearchIndex index, ListingIndex listingIndex) {
        this.storage = storage;
        this.plugins = plugins;
        this.contentTypes = contentTypes;
        this.identifierKeys = identifierKeys;
        this.listings = listings;
        this.index = index;
        this.listingIndex = listingIndex;
    }

    public static SiteCore open(DataDirectory directory, Clock clock) {
        requireNonNull(directory, "directory");
        Storage storage = Storage.open(directory, requireNonNull(clock, "clock"));
        PluginHost plugins = PluginHost.discover(directory.plugins());
        try {
            plugins.start(storage.database(), storage.outbox(), storage.markdown(), requireNonNull(clock, "clock"),
                    directory.readSettings());
            ContentTypes contentTypes = ContentTypes.of(storage);
            IdentifierKeys identifierKeys = IdentifierKeys.load(directory.identifierKey());
            Listings listings = Listings.open(storage, clock);
            List<DocumentSource> sources = new ArrayList<>(contentTypes.documentSources());
            sources.add(new PublicBodyDocuments(listings.repository()));
            sources.addAll(plugins.searchDocuments());
            SearchIndex index = SearchIndex.open(directory.index(), sources, storage.outbox());
            try {
                ListingIndex listingIndex = ListingIndex.open(directory.index(),
                        new RepositoryListingSource(listings.repository()), storage.outbox());
                return new SiteCore(storage, plugins, contentTypes, identifierKeys, listings, index, listingIndex);
            } catch (RuntimeException e) {
                index.close();
                throw e;
            }
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

    /** The list of dishonest judgment debtors, in its own index with exact lookups by keyed identifier. */
    public ListingIndex listingIndex() {
        return listingIndex;
    }

    public Listings listings() {
        return listings;
    }

    IdentifierKeys identifierKeys() {
        return identifierKeys;
    }

    /** Both indexes have caught up with the database. */
    public boolean isReady() {
        return index.isReady() && listingIndex.isReady();
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
            listingIndex.close();
        } finally {
            try {
                index.close();
            } finally {
                plugins.close();
            }
        }
    }
}
