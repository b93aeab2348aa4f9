package org.gongshi.bench;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Objects;

/**
 * What the site holds, read as another process reads it (a read-only connection; the site may be running), checked
 * against what applicants were told: every receipt's row with the fields sent, its query code and submission token,
 * its evidence rows with the hashes, sizes and names sent, and each file's bytes on disk hashing to what was sent.
 */
final class StoredObjections {
    private static final String AREA = "plugin-objections";
    private static final String ROW = "SELECT kind, submission_key, code_hash, listing_id, ground, relationship,"
            + " applicant_name, applicant_identifier, phone, email, reason FROM objections_objection"
            + " WHERE tracking_number = ?";
    private static final String EVIDENCE = "SELECT e.position, e.sha256, e.size_bytes, e.file_name,"
            + " (SELECT COUNT(*) FROM upload u WHERE u.area = ? AND u.sha256 = e.sha256)"
            + " FROM objections_evidence e WHERE e.tracking_number = ? ORDER BY e.position";

    private static final String MISSING = ": acknowledged but not in the database";

    private final Path data;

    StoredObjections(Path data) {
        this.data = data;
    }

    /** {@code PRAGMA integrity_check}: "ok", or the damage it found. */
    String integrity() throws SQLException {
        try (Connection connection = Filings.readOnly(data.resolve("gongshi.db"));
                PreparedStatement check = connection.prepareStatement("PRAGMA integrity_check");
                ResultSet rows = check.executeQuery()) {
            List<String> lines = new ArrayList<>();
            while (rows.next()) {
                lines.add(rows.getString(1));
            }
            return String.join("; ", lines);
        }
    }

    /** How many objections the site holds. */
    long count() throws SQLException {
        try (Connection connection = Filings.readOnly(data.resolve("gongshi.db"));
                PreparedStatement count = connection.prepareStatement("SELECT COUNT(*) FROM objections_objection");
                ResultSet rows = count.executeQuery()) {
            rows.next();
            return rows.getLong(1);
        }
    }

    /** How many of the forms sent with these submission tokens the site holds. */
    int storedOf(Collection<String> tokens) throws SQLException {
        int stored = 0;
        try (Connection connection = Filings.readOnly(data.resolve("gongshi.db"));
                PreparedStatement query = connection.prepareStatement(
                        "SELECT COUNT(*) FROM objections_objection WHERE submission_key = ?")) {
            for (String token : tokens) {
                query.setString(1, EvidenceFile.sha256(bytes(token)));
                try (ResultSet rows = query.executeQuery()) {
                    rows.next();
                    stored += rows.getInt(1);
                }
            }
        }
        return stored;
    }

    /** What differs between the receipts and the site's rows and files; empty when every receipt holds. */
    List<String> differences(Collection<Filed> acknowledged) throws SQLException, IOException {
        List<String> differences = new ArrayList<>();
        try (Connection connection = Filings.readOnly(data.resolve("gongshi.db"));
                PreparedStatement row = connection.prepareStatement(ROW);
                PreparedStatement evidence = connection.prepareStatement(EVIDENCE)) {
            for (Filed filed : acknowledged) {
                String number = filed.receipt().trackingNumber();
                row.setString(1, number);
                try (ResultSet rows = row.executeQuery()) {
                    if (!rows.next()) {
                        differences.add(number + MISSING);
                        continue;
                    }
                    compareRow(filed, rows, differences);
                }
                evidence.setString(1, AREA);
                evidence.setString(2, number);
                try (ResultSet rows = evidence.executeQuery()) {
                    compareEvidence(filed, rows, differences);
                }
            }
        }
        return differences;
    }

    /** Whether a difference is a receipt whose objection is gone. */
    static boolean isMissing(String difference) {
        return difference.endsWith(MISSING);
    }

    private static void compareRow(Filed filed, ResultSet row, List<String> differences) throws SQLException {
        String number = filed.receipt().trackingNumber();
        var fields = filed.submission().fields();
        expect(differences, number, "kind", "OBJECTION", row.getString("kind"));
        expect(differences, number, "submission token", EvidenceFile.sha256(bytes(filed.submission().token())),
                row.getString("submission_key"));
        expect(differences, number, "query code", EvidenceFile.sha256(bytes(filed.receipt().queryCode())),
                row.getString("code_hash"));
        expect(differences, number, "listing", fields.get("listing"), row.getString("listing_id"));
        expect(differences, number, "ground", fields.get("ground"), row.getString("ground"));
        expect(differences, number, "relationship", fields.get("relationship"), row.getString("relationship"));
        expect(differences, number, "name", fields.get("name"), row.getString("applicant_name"));
        expect(differences, number, "identifier", fields.get("identifier"), row.getString("applicant_identifier"));
        expect(differences, number, "phone", fields.get("phone"), row.getString("phone"));
        expect(differences, number, "email", fields.get("email"), row.getString("email"));
        expect(differences, number, "reason", fields.get("reason"), row.getString("reason"));
    }

    private void compareEvidence(Filed filed, ResultSet rows, List<String> differences)
            throws SQLException, IOException {
        String number = filed.receipt().trackingNumber();
        List<EvidenceFile> sent = filed.submission().files();
        int position = 0;
        while (rows.next()) {
            if (position >= sent.size()) {
                differences.add(number + ": evidence row " + rows.getInt(1) + " that was never sent");
                continue;
            }
            EvidenceFile file = sent.get(position++);
            String sha256 = rows.getString(2);
            expect(differences, number, "evidence " + position + " position", Integer.toString(position),
                    Integer.toString(rows.getInt(1)));
            expect(differences, number, "evidence " + position + " hash", file.sha256(), sha256);
            expect(differences, number, "evidence " + position + " size", Integer.toString(file.content().length),
                    Long.toString(rows.getLong(3)));
            expect(differences, number, "evidence " + position + " name", file.name(), rows.getString(4));
            if (rows.getInt(5) != 1) {
                differences.add(number + ": evidence " + position + " has no upload row");
            }
            Path stored = data.resolve("uploads").resolve(AREA).resolve(sha256.substring(0, 2)).resolve(sha256);
            if (!Files.isRegularFile(stored)) {
                differences.add(number + ": evidence " + position + " is not on disk at " + stored);
            } else {
                expect(differences, number, "evidence " + position + " bytes on disk", file.sha256(),
                        EvidenceFile.sha256(Files.readAllBytes(stored)));
            }
        }
        if (position < sent.size()) {
            differences.add(number + ": " + sent.size() + " files sent, " + position + " recorded");
        }
    }

    private static void expect(List<String> differences, String number, String what, String sent, String stored) {
        if (!Objects.equals(sent, stored)) {
            differences.add(number + ": " + what + " sent as " + sent + ", stored as " + stored);
        }
    }

    private static byte[] bytes(String text) {
        return text.getBytes(StandardCharsets.UTF_8);
    }
}
