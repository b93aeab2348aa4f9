package org.gongshi.site;

import static java.util.Objects.requireNonNull;

import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import org.gongshi.content.calendar.CalendarDays;
import org.gongshi.content.listings.IdentifierKeys;
import org.gongshi.content.uploads.Uploads;
import org.gongshi.index.DocumentSource;
import org.gongshi.index.SearchIndex;
import org.gongshi.index.listings.ListingIndex;
import org.gongshi.site.listings.PublicBodyDocuments;
import org.gongshi.site.listings.RepositoryListingSource;
import org.gongshi.site.plugins.HostedListings;
import org.gongshi.site.plugins.PluginHost;
import org.gongshi.site.plugins.SharedServices;
import org.gongshi.site.staff.StaffStore;

/**
 * Everything but the web: the migrated database, the uploaded files, the started plugins, the listings with the
 * identifier key, and the two (not yet following) indexes: the search index over the core, 政务失信 and plugin
 * document sources, and the listing index. The server and the CLI commands build on this; {@link #close} undoes it
 * in reverse.
 */
public final class SiteCore implements AutoCloseable {
    private final Storage storage;
    private final Uploads uploads;
    private final PluginHost plugins;
    private final ContentTypes contentTypes;
    private final IdentifierKeys identifierKeys;
    private final Listings listings;
    private final SearchIndex index;
    private final ListingIndex listingIndex;
    private final StaffStore staff;
    private final CalendarDays calendar;

    private SiteCore(Storage storage, Uploads uploads, PluginHost plugins, ContentTypes contentTypes,
            IdentifierKeys identifierKeys, Listings listings, SearchIndex index, ListingIndex listingIndex,
            StaffStore staff, CalendarDays calendar) {
        this.storage = storage;
        this.uploads = uploads;
        this.plugins = plugins;
        this.contentTypes = contentTypes;
        this.identifierKeys = identifierKeys;
        this.listings = listings;
        this.index = index;
        this.listingIndex = listingIndex;
        this.staff = staff;
        this.calendar = calendar;
    }

    public static SiteCore open(DataDirectory directory, Clock clock) {
        requireNonNull(directory, "directory");
        Storage storage = Storage.open(directory, requireNonNull(clock, "clock"));
        Uploads uploads = new Uploads(directory.uploads(), storage.database(), clock);
        StaffStore staff = StaffStore.open(storage.database(), clock);
        CalendarDays calendar = new CalendarDays(storage.database(), staff.audit(), clock);
        Listings listings = Listings.open(storage, clock);
        PluginHost plugins = PluginHost.discover(directory.plugins());
        try {
            plugins.start(new SharedServices(storage.database(), storage.outbox(), storage.markdown(), uploads, clock,
                    calendar.calendar(), new HostedListings(listings.repository(), listings.lifecycle()),
                    staff.audit()),
                    directory.readSettings());
            ContentTypes contentTypes = ContentTypes.of(storage);
            IdentifierKeys identifierKeys = IdentifierKeys.load(directory.identifierKey());
            List<DocumentSource> sources = new ArrayList<>(contentTypes.documentSources());
            sources.add(new PublicBodyDocuments(listings.repository()));
            sources.addAll(plugins.searchDocuments());
            SearchIndex index = SearchIndex.open(directory.index(), sources, storage.outbox());
            try {
                ListingIndex listingIndex = ListingIndex.open(directory.index(),
                        new RepositoryListingSource(listings.repository()), storage.outbox());
                return new SiteCore(storage, uploads, plugins, contentTypes, identifierKeys, listings, index,
                        listingIndex, staff, calendar);
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

    /** Uploaded files by area; {@link Uploads#articles} is the one the public site serves. */
    public Uploads uploads() {
        return uploads;
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

    /** Staff accounts, sessions and the audit log. */
    public StaffStore staff() {
        return staff;
    }

    /** The working-day calendar and its audited edits. */
    public CalendarDays calendar() {
        return calendar;
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
