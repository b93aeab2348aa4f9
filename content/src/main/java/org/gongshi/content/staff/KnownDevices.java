package org.gongshi.content.staff;

import static java.util.Objects.requireNonNull;

import java.security.SecureRandom;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import org.gongshi.content.store.Database;
import org.gongshi.content.store.Timestamps;

/**
 * Browsers a staff member has fully signed in from, for the sign-in throttle (OWASP's device cookies): attempts from
 * a known browser are limited on their own, so strangers failing on the same account cannot lock its owner out. In
 * the database, so every web node and every restart knows them; a device is forgotten {@link #LIFETIME} after.
 */
public final class KnownDevices {
    public static final Duration LIFETIME = Duration.ofDays(180);

    private final Database database;
    private final Clock clock;
    private final SecretTokens tokens;

    public KnownDevices(Database database, Clock clock, SecureRandom random) {
        this.database = requireNonNull(database, "database");
        this.clock = requireNonNull(clock, "clock");
        this.tokens = new SecretTokens(random);
    }

    /** A new token for a browser that just signed in as {@code accountName}; the account's lapsed devices go. */
    public String remember(String accountName) {
        String token = tokens.next();
        Instant now = Timestamps.truncate(clock.instant());
        database.inTransaction(connection -> {
            try (PreparedStatement lapsed = connection.prepareStatement(
                    "DELETE FROM staff_device WHERE account_name = ? AND created_at < ?")) {
                lapsed.setString(1, accountName);
                lapsed.setString(2, Timestamps.format(now.minus(LIFETIME)));
                lapsed.executeUpdate();
            }
            try (PreparedStatement insert = connection.prepareStatement(
                    "INSERT INTO staff_device (id_hash, account_name, created_at) VALUES (?, ?, ?)")) {
                insert.setString(1, SecretTokens.hash(token));
                insert.setString(2, accountName);
                insert.setString(3, Timestamps.format(now));
                return insert.executeUpdate();
            }
        });
        return token;
    }

    /**
     * The device {@code token} names, as an id that is not the secret itself, if it is a browser that signed in as
     * {@code accountName} within {@link #LIFETIME}.
     */
    public Optional<String> known(String token, String accountName) {
        String idHash = SecretTokens.hash(token);
        Instant oldest = clock.instant().minus(LIFETIME);
        boolean known = database.read(connection -> {
            try (PreparedStatement query = connection.prepareStatement(
                    "SELECT created_at FROM staff_device WHERE id_hash = ? AND account_name = ?")) {
                query.setString(1, idHash);
                query.setString(2, accountName);
                try (ResultSet rows = query.executeQuery()) {
                    return rows.next() && !Timestamps.parse(rows.getString(1)).isBefore(oldest);
                }
            }
        });
        return known ? Optional.of(idHash) : Optional.empty();
    }
}
