package org.gongshi.content.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotSame;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import org.gongshi.content.testing.Storage;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class KeptStatementsTest {
    private static final String COUNT = "SELECT count(*) FROM kept";
    private static final String VALUES = "SELECT value FROM kept ORDER BY value";

    @TempDir
    Path directory;
    private Database database;

    @BeforeEach
    void threeRows() {
        database = Storage.migrated(directory);
        database.inTransaction(connection -> {
            Database.execute(connection, "CREATE TABLE kept (value INTEGER NOT NULL)");
            Database.execute(connection, "INSERT INTO kept VALUES (1), (2), (3)");
            return null;
        });
    }

    @Test
    void aQueryIsCompiledOnceAndStillSeesEveryLaterCommit() {
        PreparedStatement first = database.read(connection -> compiled(connection, COUNT));
        insert(4);
        PreparedStatement second = database.read(connection -> compiled(connection, COUNT));

        assertSame(first, second);
        assertEquals(4, (int) database.read(connection -> count(connection, COUNT)));
    }

    @Test
    void aStatementClosedBeforeItsLastRowHoldsNoSnapshotForTheConnectionsNextRead() throws SQLException {
        database.read(connection -> {
            PreparedStatement query = connection.prepareStatement(VALUES);
            ResultSet rows = query.executeQuery();
            assertTrue(rows.next());
            query.close();
            return null;
        });
        insert(4);

        // The same idle connection answers; a statement left mid-way would keep it in the snapshot of three rows.
        assertEquals(4, (int) database.read(connection -> count(connection, COUNT)));
        assertEquals(4, (int) database.read(connection -> count(connection, VALUES)));
    }

    @Test
    void theSameQueryOpenTwiceAtOnceGivesTwoStatements() {
        int pairs = database.read(connection -> {
            int seen = 0;
            try (PreparedStatement outer = connection.prepareStatement(VALUES);
                    ResultSet outerRows = outer.executeQuery()) {
                while (outerRows.next()) {
                    seen += count(connection, VALUES);
                }
            }
            return seen;
        });

        assertEquals(9, pairs);
    }

    @Test
    void aStatementChangedBeyondItsParametersIsClosedNotKept() {
        PreparedStatement limited = database.read(connection -> {
            try (PreparedStatement query = connection.prepareStatement(VALUES)) {
                query.setMaxRows(1);
                query.executeQuery().close();
                return query.unwrap(PreparedStatement.class);
            }
        });

        PreparedStatement next = database.read(connection -> compiled(connection, VALUES));

        assertNotSame(limited, next);
        assertEquals(3, (int) database.read(connection -> count(connection, VALUES)));
    }

    @Test
    void aClosedStatementCannotRunAgain() {
        assertThrows(StorageException.class, () -> database.read(connection -> {
            PreparedStatement query = connection.prepareStatement(COUNT);
            query.close();
            return query.executeQuery();
        }));
    }

    private void insert(int value) {
        database.inTransaction(connection -> {
            Database.execute(connection, "INSERT INTO kept VALUES (" + value + ")");
            return null;
        });
    }

    /** The driver's own statement behind the one lent, after one run. */
    private static PreparedStatement compiled(Connection connection, String sql) throws SQLException {
        try (PreparedStatement query = connection.prepareStatement(sql)) {
            query.executeQuery().close();
            return query.unwrap(PreparedStatement.class);
        }
    }

    /** The number of rows {@code sql} returns, or its count when it is one. */
    private static int count(Connection connection, String sql) throws SQLException {
        try (PreparedStatement query = connection.prepareStatement(sql); ResultSet rows = query.executeQuery()) {
            int seen = 0;
            while (rows.next()) {
                seen = sql.equals(COUNT) ? rows.getInt(1) : seen + 1;
            }
            return seen;
        }
    }
}
