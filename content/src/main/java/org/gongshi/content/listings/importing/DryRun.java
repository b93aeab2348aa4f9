package org.gongshi.content.listings.importing;

import static java.util.Objects.requireNonNull;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.List;
import org.gongshi.content.listings.Listing;
import org.gongshi.content.listings.ListingRepository;

/**
 * Checks every row of a listing file the way an import does, through the same conversion and the repository's own
 * last checks (a full ID number in a text column), and saves nothing.
 */
final class DryRun {
    private final ListingRepository repository;

    DryRun(ListingRepository repository) {
        this.repository = requireNonNull(repository, "repository");
    }

    ListingFileCheck check(String name, InputStream in, ListingRows rows, ListingImportListener listener,
            long totalBytes) throws IOException {
        ListingInput.ByteCount count = new ListingInput.ByteCount();
        ReportTally tally = new ReportTally();
        long read = 0;
        long valid = 0;
        try (RowReader reader = ListingInput.open(name, in, count)) {
            listener.starting(totalBytes);
            for (SourceRow source = reader.next(); source != null; source = reader.next()) {
                read++;
                ConvertedRow row = rows.convert(source);
                tally.checked(row);
                if (row.listing() != null && storable(row.line(), row.listing(), tally)) {
                    valid++;
                }
                if (read % ListingImporter.BATCH_SIZE == 0) {
                    listener.progressed(read, count.bytes());
                }
            }
            tally.warn(reader.columnWarnings());
            listener.progressed(read, count.bytes());
        } catch (UncheckedIOException unreadable) {
            throw new ListingImportException("文件无法读取：" + unreadable.getMessage(), unreadable);
        }
        ListingImportReport report = tally.report();
        return new ListingFileCheck(read, valid, report.rejected(), report.warnings());
    }

    private boolean storable(long line, Listing listing, ReportTally tally) {
        try {
            repository.prepare(List.of(listing));
            return true;
        } catch (IllegalArgumentException refused) {
            tally.rejected(line, refused.getMessage());
            return false;
        }
    }
}
