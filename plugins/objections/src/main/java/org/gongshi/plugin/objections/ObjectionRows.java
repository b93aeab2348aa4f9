package org.gongshi.plugin.objections;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Types;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** The SQL of {@code objections_objection}: one row per request, read into {@link Objection}. */
final class ObjectionRows {
    static final String COLUMNS = "tracking_number, kind, listing_id, court, case_number, listed_name, ground, "
            + "relationship, applicant_name, applicant_identifier, phone, email, reason, state, submitted_at, "
            + "submitted_on, accepted_on, review_due_on, decided_on, first_decided_on, first_decision, "
            + "decision_reasons, missing, appealed_on, due_on, version";
    static final String SELECT = "SELECT " + COLUMNS + " FROM objections_objection";

    private ObjectionRows() {}

    static Optional<Objection> find(Connection connection, String trackingNumber) throws SQLException {
        List<Objection> found = query(connection, SELECT + " WHERE tracking_number = ?", trackingNumber);
        return found.stream().findFirst();
    }

    /** The tracking number of the request sent with this submission key, if it was already received. */
    static Optional<String> numberOfSubmission(Connection connection, String submissionKey) throws SQLException {
        try (PreparedStatement query = connection.prepareStatement(
                "SELECT tracking_number FROM objections_objection WHERE submission_key = ?")) {
            query.setString(1, submissionKey);
            try (ResultSet rows = query.executeQuery()) {
                return rows.next() ? Optional.of(rows.getString(1)) : Optional.empty();
            }
        }
    }

    /** The stored hash of the request's query code, if there is such a request. */
    static Optional<String> codeHash(Connection connection, String trackingNumber) throws SQLException {
        try (PreparedStatement query = connection.prepareStatement(
                "SELECT code_hash FROM objections_objection WHERE tracking_number = ?")) {
            query.setString(1, trackingNumber);
            try (ResultSet rows = query.executeQuery()) {
                return rows.next() ? Optional.of(rows.getString(1)) : Optional.empty();
            }
        }
    }

    static List<Objection> query(Connection connection, String sql, Object... parameters) throws SQLException {
        try (PreparedStatement query = connection.prepareStatement(sql)) {
            for (int index = 0; index < parameters.length; index++) {
                query.setObject(index + 1, parameters[index]);
            }
            List<Objection> found = new ArrayList<>();
            try (ResultSet rows = query.executeQuery()) {
                while (rows.next()) {
                    found.add(read(rows));
                }
            }
            return found;
        }
    }

    static void insert(Connection connection, Objection objection, String submissionKey, String codeHash)
            throws SQLException {
        try (PreparedStatement insert = connection.prepareStatement("INSERT INTO objections_objection (" + COLUMNS
                + ", submission_key, code_hash) VALUES (?" + ", ?".repeat(27) + ")")) {
            int next = bind(insert, objection);
            insert.setString(next++, submissionKey);
            insert.setString(next, codeHash);
            insert.executeUpdate();
        }
    }

    /** Writes {@code changed} over the row at {@code changed.version() - 1}; false when someone changed it first. */
    static boolean update(Connection connection, Objection changed) throws SQLException {
        String assignments = String.join(" = ?, ", COLUMNS.split(", ")) + " = ?";
        try (PreparedStatement update = connection.prepareStatement("UPDATE objections_objection SET " + assignments
                + " WHERE tracking_number = ? AND version = ?")) {
            int next = bind(update, changed);
            update.setString(next++, changed.trackingNumber());
            update.setInt(next, changed.version() - 1);
            return update.executeUpdate() == 1;
        }
    }

    private static int bind(PreparedStatement statement, Objection objection) throws SQLException {
        Applicant applicant = objection.applicant();
        Object[] values = {objection.trackingNumber(), objection.kind().name(), objection.listingId(),
            objection.court(), objection.caseNumber(), objection.listedName(), name(objection.ground()),
            applicant.relationship().name(), applicant.name(), applicant.identifier(), applicant.phone(),
            applicant.email(), objection.reason(), objection.state().name(), Timestamps.format(objection.submittedAt()),
            date(objection.submittedOn()), date(objection.acceptedOn()), date(objection.reviewDueOn()),
            date(objection.decidedOn()), date(objection.firstDecidedOn()), name(objection.firstDecision()),
            objection.decisionReasons(), objection.missing(), date(objection.appealedOn()), date(objection.dueOn())};
        int index = 1;
        for (Object value : values) {
            if (value == null) {
                statement.setNull(index++, Types.VARCHAR);
            } else {
                statement.setString(index++, (String) value);
            }
        }
        statement.setInt(index++, objection.version());
        return index;
    }

    private static Objection read(ResultSet rows) throws SQLException {
        Kind kind = Kind.valueOf(rows.getString(2));
        String ground = rows.getString(7);
        String decision = rows.getString(21);
        Applicant applicant = new Applicant(rows.getString(9), rows.getString(10),
                Relationship.valueOf(rows.getString(8)), rows.getString(11), rows.getString(12));
        return new Objection(rows.getString(1), kind, rows.getString(3), rows.getString(4), rows.getString(5),
                rows.getString(6), ground == null ? null : Ground.valueOf(ground), applicant, rows.getString(13),
                State.valueOf(rows.getString(14)), Timestamps.parse(rows.getString(15)), day(rows.getString(16)),
                day(rows.getString(17)), day(rows.getString(18)), day(rows.getString(19)), day(rows.getString(20)),
                decision == null ? null : Action.valueOf(decision), rows.getString(22), rows.getString(23),
                day(rows.getString(24)), day(rows.getString(25)), rows.getInt(26));
    }

    private static String name(Enum<?> value) {
        return value == null ? null : value.name();
    }

    private static String date(LocalDate date) {
        return date == null ? null : date.toString();
    }

    private static LocalDate day(String text) {
        return text == null ? null : LocalDate.parse(text);
    }
}
