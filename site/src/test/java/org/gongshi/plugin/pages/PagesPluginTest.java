package org.gongshi.plugin.pages;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.gongshi.content.audit.AuditLog;
import org.gongshi.content.calendar.WorkingDayCalendar;
import org.gongshi.content.listings.ListingLifecycle;
import org.gongshi.content.listings.ListingRepository;
import org.gongshi.content.markdown.MarkdownRenderer;
import org.gongshi.content.outbox.Outbox;
import org.gongshi.content.store.Database;
import org.gongshi.content.uploads.Uploads;
import org.gongshi.index.DocumentSource;
import org.gongshi.index.SearchDocument;
import org.gongshi.plugin.NavigationLink;
import org.gongshi.site.plugins.HostedListings;
import org.gongshi.site.plugins.PluginHost;
import org.gongshi.site.plugins.SharedServices;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The pages plugin installed by the host over a real database, as the site runs it. */
class PagesPluginTest {
    @TempDir
    Path data;

    private final PagesPlugin plugin = new PagesPlugin();
    private PluginHost host;
    private Database database;

    @BeforeEach
    void installPlugin() {
        database = Database.open(data.resolve("gongshi.db"));
        Clock clock = Clock.systemUTC();
        Outbox outbox = new Outbox(database);
        host = PluginHost.of(List.of(plugin));
        host.start(new SharedServices(database, outbox, new MarkdownRenderer(),
                new Uploads(data.resolve("uploads"), database, clock), clock, WorkingDayCalendar.of(List.of()),
                new HostedListings(new ListingRepository(database, outbox, clock),
                        new ListingLifecycle(database, outbox, clock)), new AuditLog(database, clock)), Map.of());
    }

    @AfterEach
    void stop() {
        host.close();
        database.close();
    }

    @Test
    void itsPagesAreSearchableAsSitePages() {
        DocumentSource source = host.searchDocuments().get(0);
        List<SearchDocument> documents = new ArrayList<>();
        source.forEachPublished(documents::add);

        assertEquals(List.of("关于本站", "联系我们", "隐私政策"), documents.stream().map(SearchDocument::title).toList());
        assertEquals(3, source.countPublished());
        SearchDocument privacy = source.find("privacy").orElseThrow();
        assertEquals("page:privacy", privacy.id());
        assertEquals("/privacy", privacy.url());
        assertTrue(privacy.body().contains("不使用第三方统计"), privacy.body());
        assertTrue(!privacy.body().contains("##"), "the indexed body is plain text");
        assertTrue(source.find("missing").isEmpty());
    }

    @Test
    void linksEachPageFromTheFooter() {
        assertEquals(List.of("/about", "/contact", "/privacy"),
                plugin.navigation().stream().map(NavigationLink::url).toList());
        assertTrue(plugin.navigation().stream().allMatch(link -> link.placement() == NavigationLink.Placement.FOOTER));
    }
}
