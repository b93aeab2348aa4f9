package org.gongshi.site;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.LocalDate;
import org.gongshi.content.importing.DemoContent;
import org.gongshi.content.importing.DocumentImporter;
import org.gongshi.content.importing.ImportReport;
import org.gongshi.content.listings.demo.SyntheticListings;
import org.gongshi.content.listings.importing.ListingImportListener;
import org.gongshi.content.listings.importing.ListingImportReport;
import org.gongshi.content.listings.importing.ListingImporter;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * --demo: fills an empty database with the demo cases, policies and bulletins, and an empty list of debtors with
 * {@value #LISTINGS} fictitious listings (see SyntheticListings); what already has content is left alone.
 */
final class DemoData {
    static final int LISTINGS = 3_000;
    private static final long SEED = 20_261_121L;
    private static final Logger LOG = LoggerFactory.getLogger(DemoData.class);

    private DemoData() {}

    static void fillIfEmpty(SiteCore core, Clock clock) {
        Storage storage = core.storage();
        boolean empty = storage.cases().countPublished() == 0 && storage.policies().countPublished() == 0
                && storage.bulletins().countPublished() == 0;
        if (empty) {
            ImportReport report = new DemoContent(
                    new DocumentImporter(storage.cases(), storage.policies(), storage.bulletins())).load();
            if (report.failed() > 0) {
                throw new IllegalStateException("演示内容有 " + report.failed() + " 个文件无法导入：" + report.failures());
            }
            LOG.info("demo content loaded: {}", report.summary());
        } else {
            LOG.info("demo content not loaded: the database already has content");
        }
        if (core.listings().repository().countPublic() == 0) {
            LOG.info("demo listings loaded: {}", loadListings(core, clock).summary());
        }
    }

    private static ListingImportReport loadListings(SiteCore core, Clock clock) {
        ListingImporter importer = new ListingImporter(core.listings().repository(), core.identifierKeys(), clock);
        try {
            ListingImportReport report = importer.importStream("demo-listings.csv",
                    new ByteArrayInputStream(listingsCsv(clock)), ListingImportListener.NONE);
            if (!report.rejected().isEmpty()) {
                throw new IllegalStateException("演示失信名单有 " + report.rejected().size() + " 行无法导入：" + report.rejected());
            }
            return report;
        } catch (IOException e) {
            throw new UncheckedIOException("cannot load the demo listings", e);
        }
    }

    /** Listed in the two years up to today, so none has expired when the demo starts. */
    private static byte[] listingsCsv(Clock clock) {
        ByteArrayOutputStream csv = new ByteArrayOutputStream();
        try (Writer writer = new OutputStreamWriter(csv, StandardCharsets.UTF_8)) {
            new SyntheticListings(SEED, LocalDate.now(clock)).writeCsv(LISTINGS, writer);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write the demo listings", e);
        }
        return csv.toByteArray();
    }
}
