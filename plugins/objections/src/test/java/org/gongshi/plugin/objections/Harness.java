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
import org.gongshi.content.calendar.WorkingDayCalendar;
import org.gongshi.content.listings.Debtor;
import org.gongshi.content.listings.DebtorKind;
import org.gongshi.content.listings.Enforcement;
import org.gongshi.content.listings.Listing;
import org.gongshi.content.listings.ListingLifecycle;
import org.gongshi.content.listings.ListingRepository;
import org.gongshi.content.outbox.Outbox;
import org.gongshi.content.store.Database;
import org.gongshi.content.testing.SettableClock;
import org.gongshi.content.testing.Storage;
import org.gongshi.content.uploads.StoredFile;
import org.gongshi.content.uploads.UploadPolicy;
import org.gongshi.content.uploads.UploadStore;
import org.gongshi.content.uploads.Uploads;
import org.gongshi.plugin.PluginListings;

/**
 * The plugin's parts over a migrated temporary database with the shipped holiday calendar, one public listing and a
 * hand-moved clock, as the host would wire them (hand-written, no mocks).
 */
final class Harness {
    static final byte[] PDF = "%PDF-1.4\n1 0 obj<<>>endobj\ntrailer<<>>\n%%EOF\n".getBytes(StandardCharsets.US_ASCII);

    final SettableClock clock;
    final Database database;
    final Outbox outbox;
    final ListingRepository listings;
    final AuditLog audit;
    final WorkingDayCalendar calendar;
    final Deadlines deadlines;
    final UploadStore uploads;
    final Codes codes;
    final ObjectionStore store;
    final Procedure procedure;
    final Submissions submissions;
    final String listingId;

    Harness(Path directory, SettableClock clock, boolean mail) {
        this.clock = clock;
        database = Storage.migrated(directory);
        database.migrate("db/objections", "objections_schema_history", Harness.class.getClassLoader());
        outbox = new Outbox(database);
        listings = new ListingRepository(database, outbox, clock);
        audit = new AuditLog(database, clock);
        calendar = new CalendarDays(database, audit, clock).calendar();
        deadlines = Deadlines.standard(calendar, 3);
        uploads = new Uploads(directory.resolve("uploads"), database, clock).area("plugin-objections");
        codes = new Codes(new SecureRandom(), Secret.load(database, new SecureRandom()));
        store = new ObjectionStore(database);
        PluginListings pluginListings = new PluginListings() {
            @Override
            public java.util.Optional<Listing> find(String id) {
                return listings.find(id);
            }

            @Override
            public org.gongshi.content.listings.ListingChanges within(java.sql.Connection transaction) {
                return new ListingLifecycle(database, outbox, clock).within(transaction);
            }
        };
        procedure = new Procedure(database, pluginListings, audit, new Notifications(mail, "https://gongshi.test/"),
                deadlines, clock);
        submissions = new Submissions(database, uploads, codes, procedure, deadlines, clock);
        listingId = listings.upsertAll(List.of(listing())).rows().get(0).id();
    }

    static Listing listing() {
        return new Listing(null, new Debtor(DebtorKind.NATURAL_PERSON, "琥珀赵", "男", 45, "1101051949****002X",
                "key-of-zhao", null, null), new Enforcement("北京市朝阳区人民法院", "北京", "（2025）京0105执77号", null, null,
                LocalDate.of(2025, 1, 2), "支付货款", "全部未履行", null, new BigDecimal("1000.00"), "拒不履行"),
                LocalDate.of(2025, 3, 1), null, LocalDate.of(2025, 2, 20), null, null, "batch-1", null, null);
    }

    Filing filing(Kind kind, String email) {
        return new Filing(kind, listings.find(listingId).orElseThrow(), kind == Kind.OBJECTION ? Ground.INACCURATE
                : null, new Applicant("琥珀赵", "11010519491231002X", Relationship.SELF, "13800138000", email),
                "未履行金额有误，我已于2025年6月全部清偿，请予更正。");
    }

    StoredFile pdf() {
        return uploads.storeFile(new ByteArrayInputStream(PDF), "判决书.pdf", UploadPolicy.EVIDENCE);
    }

    Objection find(String number) {
        return store.find(number).orElseThrow();
    }

    Objection take(String number, Action action, String note, Decision decision) {
        return procedure.take(number, action, "法官甲", note, find(number).version(), decision);
    }
}
