package org.gongshi.plugin.pages;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import org.gongshi.content.audit.AuditLog;
import org.gongshi.content.calendar.WorkingDayCalendar;
import org.gongshi.content.markdown.MarkdownRenderer;
import org.gongshi.content.outbox.Outbox;
import org.gongshi.content.store.Database;
import org.gongshi.content.uploads.UploadStore;
import org.gongshi.content.uploads.Uploads;
import org.gongshi.index.DocumentSource;
import org.gongshi.index.SearchDocument;
import org.gongshi.plugin.NavigationLink;
import org.gongshi.plugin.PluginContext;
import org.gongshi.plugin.PluginListings;
import org.gongshi.plugin.Settings;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class PagesPluginTest {
    private record Context(Database database, Outbox outbox, MarkdownRenderer markdown, Settings settings, Clock clock,
            UploadStore uploads, WorkingDayCalendar calendar) implements PluginContext {
        @Override
        public PluginListings listings() {
            throw new UnsupportedOperationException("the pages plugin reads no listing");
        }

        @Override
        public AuditLog audit() {
            return new AuditLog(database, clock);
        }
    }

    @TempDir
    Path data;

    private final PagesPlugin plugin = new PagesPlugin();

    @BeforeEach
    void installPlugin() {
        Database database = Database.open(data.resolve("gongshi.db"));
        plugin.migrations().ifPresent(location ->
                database.migrate(location, plugin.id() + "_schema_history", getClass().getClassLoader()));
        Clock clock = Clock.systemUTC();
        UploadStore uploads = new Uploads(data.resolve("uploads"), database, clock).area("plugin-" + plugin.id());
        plugin.init(new Context(database, new Outbox(database), new MarkdownRenderer(), key -> "", clock, uploads,
                WorkingDayCalendar.of(List.of())));
    }

    @Test
    void itsPagesAreSearchableAsSitePages() {
        DocumentSource source = plugin.searchDocuments().get(0);
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
