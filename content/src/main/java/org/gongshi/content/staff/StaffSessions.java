package org.gongshi.content.staff;

import static java.util.Objects.requireNonNull;

import java.security.SecureRandom;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import org.gongshi.content.store.Database;
import org.gongshi.content.store.Timestamps;

/**
 * Server-side staff sessions in the database, so that several web nodes share them and ending one takes effect
 * everywhere at once. A session lapses after {@link #IDLE} without a request and {@link #ABSOLUTE} after it began.
 */
public final class StaffSessions {
    public static final Duration IDLE = Duration.ofMinutes(30);
    public static final Duration ABSOLUTE = Duration.ofHours(8);
    /** last_seen_at is written at most this often, so that reading pages does not mean writing the database. */
    private static final Duration TOUCH_EVERY = Duration.ofMinutes(1);

    private final Database database;
    private final Clock clock;
    private final SecretTokens tokens;

    public StaffSessions(Database database, Clock clock, SecureRandom random) {
        this.database = requireNonNull(database, "database");
        this.clock = requireNonNull(clock, "clock");
        this.tokens = new SecretTokens(random);
    }

    /**
     * Starts a session for an enabled account; {@code replacing} (the browser's previous token, if any) ends in the
     * same transaction, so a login always rotates the id. {@code client} is the staff member's address.
     */
    public NewSession start(String accountName, boolean authenticated, String client, Optional<String> replacing) {
        String token = newToken();
        String csrf = newToken();
        Instant now = Timestamps.truncate(clock.instant());
        database.inTransaction(connection -> {
            if (replacing.isPresent()) {
                delete(connection, "DELETE FROM staff_session WHERE id_hash = ?", hash(replacing.get()));
            }
            Account account = AccountRepository.find(connection, accountName)
                    .orElseThrow(() -> new IllegalArgumentException("no account " + accountName));
            if (account.disabled()) {
                throw new IllegalStateException("account " + accountName + " is disabled");
            }
            try (PreparedStatement insert = connection.prepareStatement("INSERT INTO staff_session (id_hash, "
                    + "account_name, csrf_token, authenticated, client, created_at, last_seen_at) "
                    + "VALUES (?, ?, ?, ?, ?, ?, ?)")) {
                insert.setString(1, hash(token));
                insert.setString(2, accountName);
                insert.setString(3, csrf);
                insert.setInt(4, authenticated ? 1 : 0);
                insert.setString(5, client);
                insert.setString(6, Timestamps.format(now));
                insert.setString(7, Timestamps.format(now));
                return insert.executeUpdate();
            }
        });
        return new NewSession(token, new StaffSession(accountName, csrf, authenticated, now));
    }

    /** The live session behind {@code token}; a lapsed one is removed and reads as absent. */
    public Optional<StaffSession> find(String token) {
        requireNonNull(token, "token");
        String idHash = hash(token);
        Instant now = clock.instant();
        Optional<Row> row = database.read(connection -> read(connection, idHash));
        if (row.isEmpty()) {
            return Optional.empty();
        }
        Row found = row.get();
        if (now.isAfter(found.lastSeenAt().plus(IDLE)) || now.isAfter(found.session().createdAt().plus(ABSOLUTE))) {
            end(token);
            return Optional.empty();
        }
        if (now.isAfter(found.lastSeenAt().plus(TOUCH_EVERY))) {
            database.inTransaction(connection -> {
                try (PreparedStatement update = connection.prepareStatement(
                        "UPDATE staff_session SET last_seen_at = ? WHERE id_hash = ?")) {
                    update.setString(1, Timestamps.format(Timestamps.truncate(now)));
                    update.setString(2, idHash);
                    return update.executeUpdate();
                }
            });
        }
        return Optional.of(found.session());
    }

    public void end(String token) {
        requireNonNull(token, "token");
        database.inTransaction(connection -> delete(connection, "DELETE FROM staff_session WHERE id_hash = ?",
                hash(token)));
    }

    /** Removes sessions that lapsed long ago and were never looked up again. */
    public int purgeLapsed() {
        Instant now = clock.instant();
        return database.inTransaction(connection -> {
            try (PreparedStatement delete = connection.prepareStatement(
                    "DELETE FROM staff_session WHERE last_seen_at < ? OR created_at < ?")) {
                delete.setString(1, Timestamps.format(now.minus(IDLE)));
                delete.setString(2, Timestamps.format(now.minus(ABSOLUTE)));
                return delete.executeUpdate();
            }
        });
    }

    static void endAll(Connection connection, String accountName) throws SQLException {
        delete(connection, "DELETE FROM staff_session WHERE account_name = ?", accountName);
    }

    private static int delete(Connection connection, String sql, String key) throws SQLException {
        try (PreparedStatement delete = connection.prepareStatement(sql)) {
            delete.setString(1, key);
            return delete.executeUpdate();
        }
    }

    private static Optional<Row> read(Connection connection, String idHash) throws SQLException {
        try (PreparedStatement query = connection.prepareStatement("SELECT account_name, csrf_token, authenticated, "
                + "created_at, last_seen_at FROM staff_session WHERE id_hash = ?")) {
            query.setString(1, idHash);
            try (ResultSet rows = query.executeQuery()) {
                if (!rows.next()) {
                    return Optional.empty();
                }
                StaffSession session = new StaffSession(rows.getString(1), rows.getString(2), rows.getInt(3) == 1,
                        Timestamps.parse(rows.getString(4)));
                return Optional.of(new Row(session, Timestamps.parse(rows.getString(5))));
            }
        }
    }

    private String newToken() {
        return tokens.next();
    }

    private static String hash(String token) {
        return SecretTokens.hash(token);
    }

    private record Row(StaffSession session, Instant lastSeenAt) {}
}
