package org.gongshi.content.staff;

import static java.util.Objects.requireNonNull;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import org.gongshi.content.store.Database;
import org.gongshi.content.store.Timestamps;

/** Staff accounts and their roles. Hashing and role names are the caller's business; this stores what it is given. */
public final class AccountRepository {
    private static final String SELECT = "SELECT name, password_hash, must_change_password, disabled, totp_secret, "
            + "created_at FROM staff_account";

    private final Database database;
    private final Clock clock;

    public AccountRepository(Database database, Clock clock) {
        this.database = requireNonNull(database, "database");
        this.clock = requireNonNull(clock, "clock");
    }

    /** Creates an account; throws {@link AccountExistsException} when the name is taken. */
    public Account create(String name, Set<String> roles, String passwordHash, boolean mustChangePassword) {
        String canonical = AccountNames.require(name);
        if (roles.isEmpty()) {
            throw new IllegalArgumentException("an account needs at least one role");
        }
        return database.inTransaction(connection -> {
            if (find(connection, canonical).isPresent()) {
                throw new AccountExistsException(canonical);
            }
            String now = Timestamps.format(Timestamps.truncate(clock.instant()));
            try (PreparedStatement insert = connection.prepareStatement("INSERT INTO staff_account (name, "
                    + "password_hash, must_change_password, disabled, created_at, updated_at) VALUES (?, ?, ?, 0, ?, ?)")) {
                insert.setString(1, canonical);
                insert.setString(2, passwordHash);
                insert.setInt(3, mustChangePassword ? 1 : 0);
                insert.setString(4, now);
                insert.setString(5, now);
                insert.executeUpdate();
            }
            try (PreparedStatement insert = connection.prepareStatement(
                    "INSERT INTO staff_account_role (account_name, role) VALUES (?, ?)")) {
                for (String role : new TreeSet<>(roles)) {
                    insert.setString(1, canonical);
                    insert.setString(2, role);
                    insert.addBatch();
                }
                insert.executeBatch();
            }
            return find(connection, canonical).orElseThrow();
        });
    }

    public Optional<Account> find(String name) {
        requireNonNull(name, "name");
        return database.read(connection -> find(connection, name));
    }

    /** Every account, by name. */
    public List<Account> list() {
        return database.read(connection -> {
            List<Account> accounts = new ArrayList<>();
            try (PreparedStatement query = connection.prepareStatement(SELECT + " ORDER BY name");
                    ResultSet rows = query.executeQuery()) {
                while (rows.next()) {
                    accounts.add(read(connection, rows));
                }
            }
            return accounts;
        });
    }

    /** Gives the account {@code role}; false when there is no such account or it has the role already. */
    public boolean grant(String name, String role) {
        requireNonNull(role, "role");
        return database.inTransaction(connection -> {
            if (find(connection, name).isEmpty()) {
                return false;
            }
            try (PreparedStatement insert = connection.prepareStatement("INSERT INTO staff_account_role "
                    + "(account_name, role) VALUES (?, ?) ON CONFLICT (account_name, role) DO NOTHING")) {
                insert.setString(1, name);
                insert.setString(2, role);
                return insert.executeUpdate() == 1;
            }
        });
    }

    /**
     * Takes {@code role} from the account; false when it did not have it. An account keeps at least one role:
     * taking its last throws {@link IllegalStateException}.
     */
    public boolean revoke(String name, String role) {
        requireNonNull(role, "role");
        return database.inTransaction(connection -> {
            Set<String> held = roles(connection, name);
            if (!held.contains(role)) {
                return false;
            }
            if (held.size() == 1) {
                throw new IllegalStateException("账号至少要保留一个角色");
            }
            try (PreparedStatement delete = connection.prepareStatement(
                    "DELETE FROM staff_account_role WHERE account_name = ? AND role = ?")) {
                delete.setString(1, name);
                delete.setString(2, role);
                return delete.executeUpdate() == 1;
            }
        });
    }

    /** Disables the account and ends its sessions in the same transaction; false when there is no such account. */
    public boolean disable(String name) {
        return updateEndingSessions(name, "UPDATE staff_account SET disabled = 1, updated_at = ? WHERE name = ?");
    }

    /** Stores a new password hash, clears the must-change flag and ends every session of the account. */
    public boolean changePassword(String name, String passwordHash) {
        requireNonNull(passwordHash, "passwordHash");
        return updateEndingSessions(name, "UPDATE staff_account SET password_hash = ?, must_change_password = 0, "
                + "updated_at = ? WHERE name = ?", passwordHash);
    }

    /** Runs {@code sql} with {@code values}, then now, then the name; ends the account's sessions in the same go. */
    private boolean updateEndingSessions(String name, String sql, String... values) {
        requireNonNull(name, "name");
        return database.inTransaction(connection -> {
            try (PreparedStatement update = connection.prepareStatement(sql)) {
                int index = 1;
                for (String value : values) {
                    update.setString(index++, value);
                }
                update.setString(index++, now());
                update.setString(index, name);
                boolean changed = update.executeUpdate() == 1;
                StaffSessions.endAll(connection, name);
                return changed;
            }
        });
    }

    /** Replaces the stored hash only: used to upgrade hashes made with older parameters, sessions stay. */
    public void rehash(String name, String passwordHash) {
        database.inTransaction(connection -> {
            try (PreparedStatement update = connection.prepareStatement(
                    "UPDATE staff_account SET password_hash = ? WHERE name = ?")) {
                update.setString(1, passwordHash);
                update.setString(2, name);
                return update.executeUpdate();
            }
        });
    }

    private String now() {
        return Timestamps.format(Timestamps.truncate(clock.instant()));
    }

    static Optional<Account> find(Connection connection, String name) throws SQLException {
        try (PreparedStatement query = connection.prepareStatement(SELECT + " WHERE name = ?")) {
            query.setString(1, name);
            try (ResultSet rows = query.executeQuery()) {
                return rows.next() ? Optional.of(read(connection, rows)) : Optional.empty();
            }
        }
    }

    private static Account read(Connection connection, ResultSet rows) throws SQLException {
        String name = rows.getString("name");
        return new Account(name, roles(connection, name), rows.getString("password_hash"),
                rows.getInt("must_change_password") == 1, rows.getInt("disabled") == 1,
                Optional.ofNullable(rows.getString("totp_secret")), Timestamps.parse(rows.getString("created_at")));
    }

    private static Set<String> roles(Connection connection, String name) throws SQLException {
        Set<String> roles = new TreeSet<>();
        try (PreparedStatement query = connection.prepareStatement(
                "SELECT role FROM staff_account_role WHERE account_name = ?")) {
            query.setString(1, name);
            try (ResultSet rows = query.executeQuery()) {
                while (rows.next()) {
                    roles.add(rows.getString(1));
                }
            }
        }
        return roles;
    }
}
