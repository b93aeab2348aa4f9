package org.gongshi.plugin.objections;

import java.io.ByteArrayInputStream;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.time.LocalDate;
import java.util.List;
import org.gongshi.content.audit.AuditLog;
import org.gongshi.content.calendar.CalendarDays;
import org.gongshi.content.listings.Debtor;
import org.gongshi.content.listings.DebtorKind;
import org.gongshi.content.listings.Enforcement;
import org.gongshi.content.listings.Listing;
import org.gongshi.content.listings.ListingLifecycle;
import org.gongshi.content.listings.ListingRepository;
import org.gongshi.content.markdown.MarkdownRenderer;
import org.gongshi.content.outbox.Outbox;
import org.gongshi.content.store.Database;
import org.gongshi.content.testing.SettableClock;
import org.gongshi.content.testing.Storage;
import org.gongshi.content.uploads.UploadStore;
import org.gongshi.content.uploads.Uploads;
import org.gongshi.plugin.ListingView;
import org.gongshi.plugin.PluginContext;
import org.gongshi.plugin.PluginDatabase;
import org.gongshi.plugin.StoredFile;
import org.gongshi.site.plugins.HostedListings;
import org.gongshi.site.plugins.SharedServices;

/**
 * The plugin's parts over a migrated temporary database with the shipped holiday calendar, one public listing and a
 * hand-moved clock, wired through the context the host hands the plugin (hand-written, no mocks). It lives with the
 * site's tests because only the host implements the plugin API over the real database.
 */
final class Harness {
    static final byte[] PDF = "%PDF-1.4\n1 0 obj<<>>endobj\ntrailer<<>>\n%%EOF\n".getBytes(StandardCharsets.US_ASCII);

    final SettableClock clock;
    final PluginContext context;
    final PluginDatabase database;
    final Outbox outbox;
    final ListingRepository listings;
    final AuditLog audit;
    final Deadlines deadlines;
    /** The plugin's upload area as the site sees it, to check what was recorded. */
    final UploadStore uploads;
    final Codes codes;
    final ObjectionStore store;
    final Procedure procedure;
    final Submissions submissions;
    final String listingId;

    Harness(Path directory, SettableClock clock, boolean mail) {
        this.clock = clock;
        Database site = Storage.migrated(directory);
        site.migrate("db/objections", "objections_schema_history", Harness.class.getClassLoader());
        outbox = new Outbox(site);
        listings = new ListingRepository(site, outbox, clock);
        audit = new AuditLog(site, clock);
        Uploads allUploads = new Uploads(directory.resolve("uploads"), site, clock);
        uploads = allUploads.area("plugin-objections");
        context = new SharedServices(site, outbox, new MarkdownRenderer(), allUploads, clock,
                new CalendarDays(site, audit, clock).calendar(),
                new HostedListings(listings, new ListingLifecycle(site, outbox, clock)), audit)
                .contextFor("objections", key -> "");
        database = context.database();
        deadlines = Deadlines.standard(context.calendar(), 3);
        codes = new Codes(new SecureRandom(), Secret.load(database, new SecureRandom()));
        store = new ObjectionStore(database);
        procedure = new Procedure(database, context.listings(), context.audit(),
                new Notifications(mail, "https://gongshi.test/"), deadlines, clock);
        submissions = new Submissions(database, context.uploads(), codes, procedure, deadlines, clock);
        listingId = listings.upsertAll(List.of(listing())).rows().get(0).id();
    }

    static Listing listing() {
        return new Listing(null, new Debtor(DebtorKind.NATURAL_PERSON, "琥珀赵", "男", 45, "1101051949****002X",
                "key-of-zhao", null, null), new Enforcement("北京市朝阳区人民法院", "北京", "（2025）京0105执77号", null, null,
                LocalDate.of(2025, 1, 2), "支付货款", "全部未履行", null, new BigDecimal("1000.00"), "拒不履行"),
                LocalDate.of(2025, 3, 1), null, LocalDate.of(2025, 2, 20), null, null, "batch-1", null, null);
    }

    ListingView listingView() {
        return context.listings().find(listingId).orElseThrow();
    }

    Filing filing(Kind kind, String email) {
        return new Filing(kind, listingView(), kind == Kind.OBJECTION ? Ground.INACCURATE : null,
                new Applicant("琥珀赵", "11010519491231002X", Relationship.SELF, "13800138000", email),
                "未履行金额有误，我已于2025年6月全部清偿，请予更正。");
    }

    StoredFile pdf() {
        return context.uploads().storeFile(new ByteArrayInputStream(PDF), "判决书.pdf", Evidence.POLICY);
    }

    Objection find(String number) {
        return store.find(number).orElseThrow();
    }

    Objection take(String number, Action action, String note, Decision decision) {
        return procedure.take(number, action, "法官甲", note, find(number).version(), decision);
    }
}
