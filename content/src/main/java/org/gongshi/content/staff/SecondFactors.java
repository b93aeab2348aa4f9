package org.gongshi.content.staff;

import static java.util.Objects.requireNonNull;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.util.List;
import java.util.function.Supplier;
import org.gongshi.content.store.Database;
import org.gongshi.content.store.Timestamps;

/**
 * The accounts' second factor: the TOTP secret (pending until confirmed), the last time step used, and the recovery
 * codes, stored only as the hashes the caller made. Every "use" is a compare-and-set in one statement, so two
 * requests racing with the same code cannot both succeed.
 */
public final class SecondFactors {
    private final Database database;
    private final Clock clock;

    public SecondFactors(Database database, Clock clock) {
        this.database = requireNonNull(database, "database");
        this.clock = requireNonNull(clock, "clock");
    }

    /** The secret waiting to be confirmed for {@code name}, stored from {@code fresh} when there is none yet. */
    public String pendingSecret(String name, Supplier<String> fresh) {
        requireNonNull(fresh, "fresh");
        return database.inTransaction(connection -> {
            try (PreparedStatement query = connection.prepareStatement(
                    "SELECT totp_pending_secret FROM staff_account WHERE name = ?")) {
                query.setString(1, name);
                try (ResultSet rows = query.executeQuery()) {
                    if (!rows.next()) {
                        throw new IllegalArgumentException("no account " + name);
                    }
                    if (rows.getString(1) != null) {
                        return rows.getString(1);
                    }
                }
            }
            String secret = fresh.get();
            update(connection, "UPDATE staff_account SET totp_pending_secret = ? WHERE name = ?", secret, name);
            return secret;
        });
    }

    /**
     * Turns the pending secret into the account's second factor, with {@code step} (the one just confirmed) as the
     * last used, and replaces any recovery codes with {@code recoveryCodeHashes}. False when {@code secret} is no
     * longer the pending one (set up again in another tab).
     */
    public boolean enable(String name, String secret, long step, List<String> recoveryCodeHashes) {
        return database.inTransaction(connection -> {
            try (PreparedStatement update = connection.prepareStatement("UPDATE staff_account SET totp_secret = ?, "
                    + "totp_pending_secret = NULL, totp_last_step = ?, updated_at = ? "
                    + "WHERE name = ? AND totp_pending_secret = ?")) {
                update.setString(1, secret);
                update.setLong(2, step);
                update.setString(3, now());
                update.setString(4, name);
                update.setString(5, secret);
                if (update.executeUpdate() != 1) {
                    return false;
                }
            }
            update(connection, "DELETE FROM staff_recovery_code WHERE account_name = ?", name);
            try (PreparedStatement insert = connection.prepareStatement(
                    "INSERT INTO staff_recovery_code (account_name, code_hash) VALUES (?, ?)")) {
                for (String hash : recoveryCodeHashes) {
                    insert.setString(1, name);
                    insert.setString(2, hash);
                    insert.addBatch();
                }
                insert.executeBatch();
            }
            return true;
        });
    }

    /** Records {@code step} as used; false when it, or a later one, already was (a replayed code). */
    public boolean useStep(String name, long step) {
        return database.inTransaction(connection -> {
            try (PreparedStatement update = connection.prepareStatement("UPDATE staff_account SET totp_last_step = ? "
                    + "WHERE name = ? AND totp_secret IS NOT NULL "
                    + "AND (totp_last_step IS NULL OR totp_last_step < ?)")) {
                update.setLong(1, step);
                update.setString(2, name);
                update.setLong(3, step);
                return update.executeUpdate() == 1;
            }
        });
    }

    /** Spends the recovery code with this hash; false when the account has no such unspent code. */
    public boolean useRecoveryCode(String name, String codeHash) {
        return database.inTransaction(connection -> update(connection, "UPDATE staff_recovery_code SET used_at = ? "
                + "WHERE account_name = ? AND code_hash = ? AND used_at IS NULL", now(), name, codeHash) == 1);
    }

    public int recoveryCodesLeft(String name) {
        return database.read(connection -> {
            try (PreparedStatement query = connection.prepareStatement(
                    "SELECT COUNT(*) FROM staff_recovery_code WHERE account_name = ? AND used_at IS NULL")) {
                query.setString(1, name);
                try (ResultSet rows = query.executeQuery()) {
                    rows.next();
                    return rows.getInt(1);
                }
            }
        });
    }

    /**
     * Removes the second factor (a lost phone): secret, pending secret, last step and recovery codes, and ends every
     * session of the account, so the next sign-in is by password alone. False when there is no such account.
     */
    public boolean reset(String name) {
        return database.inTransaction(connection -> {
            boolean changed = update(connection, "UPDATE staff_account SET totp_secret = NULL, "
                    + "totp_pending_secret = NULL, totp_last_step = NULL, updated_at = ? WHERE name = ?",
                    now(), name) == 1;
            update(connection, "DELETE FROM staff_recovery_code WHERE account_name = ?", name);
            StaffSessions.endAll(connection, name);
            return changed;
        });
    }

    private String now() {
        return Timestamps.format(Timestamps.truncate(clock.instant()));
    }

    private static int update(Connection connection, String sql, String... values) throws SQLException {
        try (PreparedStatement statement = connection.prepareStatement(sql)) {
            for (int index = 0; index < values.length; index++) {
                statement.setString(index + 1, values[index]);
            }
            return statement.executeUpdate();
        }
    }
}
