package org.gongshi.plugin.objections;

import static java.util.Objects.requireNonNull;

import java.sql.SQLException;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.gongshi.plugin.PluginDatabase;
import org.gongshi.plugin.PluginUploads;
import org.gongshi.plugin.StoredFile;

/**
 * Receives a filing. The evidence files are already durable ({@link PluginUploads#storeFile}: written, synced, moved
 * into place) when {@link #submit} runs one short transaction for the request row, its evidence rows, the first
 * event, the audit entry and the mail (a transaction it shares with filings arriving at the same moment, so that
 * they wait for one fsync, not one each); only after it commits is the receipt shown. A crash in between leaves only
 * orphan files, which the sweep removes. The same submission token twice is the same request: the first receipt again.
 */
final class Submissions {
    private final PluginDatabase database;
    private final PluginUploads uploads;
    private final Codes codes;
    private final Procedure procedure;
    private final Deadlines deadlines;
    private final Clock clock;

    Submissions(PluginDatabase database, PluginUploads uploads, Codes codes, Procedure procedure, Deadlines deadlines,
            Clock clock) {
        this.database = requireNonNull(database, "database");
        this.uploads = requireNonNull(uploads, "uploads");
        this.codes = requireNonNull(codes, "codes");
        this.procedure = requireNonNull(procedure, "procedure");
        this.deadlines = requireNonNull(deadlines, "deadlines");
        this.clock = requireNonNull(clock, "clock");
    }

    /** The receipt of a request already received with this token, e.g. when the form is sent again. */
    Optional<Receipt> received(String submissionToken) {
        String key = Codes.sha256(submissionToken);
        return database.read(connection -> earlier(connection, key)).map(objection -> receipt(objection,
                submissionToken));
    }

    Receipt submit(Filing filing, List<StoredFile> evidence, String submissionToken) {
        requireNonNull(filing, "filing");
        String key = Codes.sha256(submissionToken);
        // Shared with filings that arrive meanwhile: one fsync for all of them, and each receipt only after it.
        Objection stored = database.inSharedTransaction(connection -> {
            Optional<Objection> earlier = earlier(connection, key);
            if (earlier.isPresent()) {
                return earlier.get();
            }
            Instant now = Timestamps.truncate(clock.instant());
            LocalDate today = LocalDate.ofInstant(now, Procedure.BEIJING);
            Objection objection = Steps.after(Objection.received(freeNumber(connection, filing.kind(), today), filing,
                    now, today), Action.SUBMIT, today, null, deadlines, null);
            ObjectionRows.insert(connection, objection, key, Codes.sha256(codes.queryCode(submissionToken)));
            int position = 1;
            for (StoredFile file : evidence) {
                uploads.record(connection, file, Procedure.APPLICANT);
                HistoryRows.addEvidence(connection, objection.trackingNumber(), new Evidence(position++,
                        file.sha256(), file.type(), file.sizeBytes(), file.displayName(), now));
            }
            procedure.record(connection, null, objection, Action.SUBMIT, Procedure.APPLICANT, null, null, now);
            return objection;
        });
        return receipt(stored, submissionToken);
    }

    private Receipt receipt(Objection objection, String submissionToken) {
        return new Receipt(objection.trackingNumber(), codes.queryCode(submissionToken), objection.kind(),
                objection.submittedOn(), deadlines.acceptBy(objection.submittedOn()));
    }

    private String freeNumber(java.sql.Connection connection, Kind kind, LocalDate today) throws SQLException {
        while (true) {
            String number = codes.trackingNumber(kind, today);
            if (ObjectionRows.find(connection, number).isEmpty()) {
                return number;
            }
        }
    }

    /** The request already received with this submission key, if any. */
    private static Optional<Objection> earlier(java.sql.Connection connection, String key) throws SQLException {
        Optional<String> number = ObjectionRows.numberOfSubmission(connection, key);
        return number.isEmpty() ? Optional.empty() : ObjectionRows.find(connection, number.get());
    }
}
