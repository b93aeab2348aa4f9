package org.gongshi.content.staging;

import static java.util.Objects.requireNonNull;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Types;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.gongshi.content.listings.importing.RowProblem;
import org.gongshi.content.store.Database;
import org.gongshi.content.store.Timestamps;

/**
 * The files staff uploaded for review. Writes take the caller's transaction, so staging or deciding a file and its
 * audit entry commit together; a file is decided once: publishing or discarding one that is no longer waiting changes
 * nothing.
 */
public final class StagedImports {
    /** How many rejected rows, and how many warnings, a dry run keeps to show. */
    public static final int KEPT_PROBLEMS = 200;

    private static final String SELECT = "SELECT id, kind, state, file_name, file_hash, file_size, title, staged_by, "
            + "staged_at, row_count, valid_count, rejected_count, warning_count, decided_by, decided_at, outcome "
            + "FROM staged_import";

    private final Database database;
    private final Clock clock;

    public StagedImports(Database database, Clock clock) {
        this.database = requireNonNull(database, "database");
        this.clock = requireNonNull(clock, "clock");
    }

    /** Records a staged file in the caller's transaction; answers its id. */
    public long stage(Connection transaction, NewStagedImport file) throws SQLException {
        requireNonNull(file, "file");
        long id;
        try (PreparedStatement insert = transaction.prepareStatement("INSERT INTO staged_import (kind, state, "
                + "file_name, file_hash, file_size, title, staged_by, staged_at, row_count, valid_count, "
                + "rejected_count, warning_count) VALUES (?, 'STAGED', ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
                Statement.RETURN_GENERATED_KEYS)) {
            insert.setString(1, file.kind().name());
            insert.setString(2, file.fileName());
            insert.setString(3, file.fileHash());
            insert.setLong(4, file.fileSize());
            insert.setString(5, file.title().orElse(null));
            insert.setString(6, file.stagedBy());
            insert.setString(7, Timestamps.format(Timestamps.truncate(clock.instant())));
            Optional<RowCounts> counts = file.counts();
            setCount(insert, 8, counts.map(RowCounts::rows));
            setCount(insert, 9, counts.map(RowCounts::valid));
            setCount(insert, 10, counts.map(RowCounts::rejected));
            setCount(insert, 11, counts.map(RowCounts::warnings));
            insert.executeUpdate();
            try (ResultSet keys = insert.getGeneratedKeys()) {
                keys.next();
                id = keys.getLong(1);
            }
        }
        try (PreparedStatement problem = transaction.prepareStatement("INSERT INTO staged_import_problem "
                + "(import_id, position, line, severity, reason) VALUES (?, ?, ?, ?, ?)")) {
            int position = 0;
            position = addProblems(problem, id, position, "REJECTED", file.rejected());
            addProblems(problem, id, position, "WARNING", file.warnings());
            problem.executeBatch();
        }
        return id;
    }

    /**
     * Marks a waiting file {@code state} (published or discarded) in the caller's transaction; false, changing
     * nothing, when it is not waiting (any more).
     */
    public boolean decide(Connection transaction, long id, ImportState state, String actor, String outcome)
            throws SQLException {
        if (requireNonNull(state, "state") == ImportState.STAGED) {
            throw new IllegalArgumentException("a staged file is decided by publishing or discarding it");
        }
        try (PreparedStatement update = transaction.prepareStatement("UPDATE staged_import SET state = ?, "
                + "decided_by = ?, decided_at = ?, outcome = ? WHERE id = ? AND state = 'STAGED'")) {
            update.setString(1, state.name());
            update.setString(2, requireNonNull(actor, "actor"));
            update.setString(3, Timestamps.format(Timestamps.truncate(clock.instant())));
            update.setString(4, outcome);
            update.setLong(5, id);
            return update.executeUpdate() == 1;
        }
    }

    public Optional<StagedImport> find(long id) {
        return database.read(connection -> {
            try (PreparedStatement query = connection.prepareStatement(SELECT + " WHERE id = ?")) {
                query.setLong(1, id);
                List<StagedImport> found = readAll(query);
                return found.stream().findFirst();
            }
        });
    }

    /** The newest {@code limit} staged files, whatever became of them. */
    public List<StagedImport> recent(int limit) {
        return database.read(connection -> {
            try (PreparedStatement query = connection.prepareStatement(SELECT + " ORDER BY id DESC LIMIT ?")) {
                query.setInt(1, limit);
                return readAll(query);
            }
        });
    }

    /** How many files of {@code kind} wait for someone to publish or discard them. */
    public long countAwaiting(ImportKind kind) {
        return database.read(connection -> {
            try (PreparedStatement query = connection.prepareStatement(
                    "SELECT COUNT(*) FROM staged_import WHERE state = 'STAGED' AND kind = ?")) {
                query.setString(1, requireNonNull(kind, "kind").name());
                try (ResultSet rows = query.executeQuery()) {
                    rows.next();
                    return rows.getLong(1);
                }
            }
        });
    }

    /** The problems the dry run kept, in line order. */
    public StagedProblems problems(long id) {
        return database.read(connection -> {
            List<RowProblem> rejected = new ArrayList<>();
            List<RowProblem> warnings = new ArrayList<>();
            try (PreparedStatement query = connection.prepareStatement("SELECT line, severity, reason FROM "
                    + "staged_import_problem WHERE import_id = ? ORDER BY position")) {
                query.setLong(1, id);
                try (ResultSet rows = query.executeQuery()) {
                    while (rows.next()) {
                        RowProblem problem = new RowProblem(rows.getLong(1), rows.getString(3));
                        (rows.getString(2).equals("REJECTED") ? rejected : warnings).add(problem);
                    }
                }
            }
            return new StagedProblems(rejected, warnings);
        });
    }

    private static int addProblems(PreparedStatement insert, long id, int start, String severity,
            List<RowProblem> problems) throws SQLException {
        int position = start;
        for (RowProblem problem : problems.subList(0, Math.min(problems.size(), KEPT_PROBLEMS))) {
            insert.setLong(1, id);
            insert.setInt(2, position++);
            insert.setLong(3, problem.line());
            insert.setString(4, severity);
            insert.setString(5, problem.reason());
            insert.addBatch();
        }
        return position;
    }

    private static void setCount(PreparedStatement statement, int index, Optional<Long> count) throws SQLException {
        if (count.isPresent()) {
            statement.setLong(index, count.get());
        } else {
            statement.setNull(index, Types.BIGINT);
        }
    }

    private static List<StagedImport> readAll(PreparedStatement query) throws SQLException {
        List<StagedImport> found = new ArrayList<>();
        try (ResultSet rows = query.executeQuery()) {
            while (rows.next()) {
                Optional<RowCounts> counts = rows.getObject("row_count") == null ? Optional.empty()
                        : Optional.of(new RowCounts(rows.getLong("row_count"), rows.getLong("valid_count"),
                                rows.getLong("rejected_count"), rows.getLong("warning_count")));
                found.add(new StagedImport(rows.getLong("id"), ImportKind.valueOf(rows.getString("kind")),
                        ImportState.valueOf(rows.getString("state")), rows.getString("file_name"),
                        rows.getString("file_hash"), rows.getLong("file_size"),
                        Optional.ofNullable(rows.getString("title")), rows.getString("staged_by"),
                        Timestamps.parse(rows.getString("staged_at")), counts,
                        Optional.ofNullable(rows.getString("decided_by")),
                        Optional.ofNullable(Timestamps.parse(rows.getString("decided_at"))),
                        Optional.ofNullable(rows.getString("outcome"))));
            }
        }
        return found;
    }
}
