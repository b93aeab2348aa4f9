package org.gongshi.bench;

import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import org.apache.commons.csv.CSVRecord;

/**
 * What a team would build instead of a search index: SQLite FTS5 with the trigram tokenizer over the same rows, queried
 * with {@code LIKE '%…%'} (which the trigram index serves for three characters or more) exactly as the user typed.
 */
final class Fts5Baseline implements AutoCloseable {
    static final int TOP = 20;

    private final Path database;
    private final Connection connection;

    private Fts5Baseline(Path database) throws SQLException {
        this.database = database;
        this.connection = DriverManager.getConnection("jdbc:sqlite:" + database);
    }

    /** Loads every row of the CSV into a fresh FTS5 table; returns the baseline and the seconds it took. */
    static Fts5Baseline load(Path csv, Path database) throws IOException, SQLException {
        Fts5Baseline baseline = new Fts5Baseline(database);
        Connection connection = baseline.connection;
        try (Statement statement = connection.createStatement()) {
            statement.executeQuery("PRAGMA journal_mode=WAL").close();
            statement.execute("CREATE VIRTUAL TABLE listing USING fts5("
                    + "name, identifier, case_number, court, province, tokenize = 'trigram')");
        }
        connection.setAutoCommit(false);
        try (Reader reader = Files.newBufferedReader(csv, StandardCharsets.UTF_8);
                PreparedStatement insert = connection.prepareStatement("INSERT INTO listing VALUES (?, ?, ?, ?, ?)")) {
            int pending = 0;
            for (CSVRecord record : ListingSample.format().parse(reader)) {
                insert.setString(1, record.get(ListingSample.NAME));
                insert.setString(2, record.get(ListingSample.IDENTIFIER));
                insert.setString(3, record.get(ListingSample.CASE_NUMBER));
                insert.setString(4, record.get(ListingSample.COURT));
                insert.setString(5, record.get(ListingSample.PROVINCE));
                insert.addBatch();
                if (++pending == 10_000) {
                    insert.executeBatch();
                    pending = 0;
                }
            }
            insert.executeBatch();
        }
        connection.commit();
        return baseline;
    }

    /** The same table on a connection of its own, for another thread: a connection runs one query at a time. */
    Fts5Baseline anotherConnection() throws SQLException {
        return new Fts5Baseline(database);
    }

    /** Name and case number of the first {@link #TOP} rows matching the query as typed. */
    List<String[]> search(ListingQuery query) throws SQLException {
        List<String> conditions = new ArrayList<>();
        List<String> values = new ArrayList<>();
        add(conditions, values, "name", query.name());
        add(conditions, values, "identifier", query.identifier());
        add(conditions, values, "case_number", query.caseNumberTyped());
        add(conditions, values, "court", query.court());
        String sql = "SELECT name, case_number FROM listing WHERE " + String.join(" AND ", conditions) + " LIMIT " + TOP;
        try (PreparedStatement statement = connection.prepareStatement(sql)) {
            for (int i = 0; i < values.size(); i++) {
                statement.setString(i + 1, "%" + values.get(i) + "%");
            }
            List<String[]> rows = new ArrayList<>();
            try (ResultSet result = statement.executeQuery()) {
                while (result.next()) {
                    rows.add(new String[] {result.getString(1), result.getString(2)});
                }
            }
            return rows;
        }
    }

    private static void add(List<String> conditions, List<String> values, String column, String value) {
        if (value != null) {
            conditions.add(column + " LIKE ?");
            values.add(value);
        }
    }

    @Override
    public void close() throws SQLException {
        connection.close();
    }
}
