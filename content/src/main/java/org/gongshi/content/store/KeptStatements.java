package org.gongshi.content.store;

import java.lang.reflect.InvocationHandler;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.Proxy;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;

/**
 * A read connection that keeps its prepared statements, because sqlite-jdbc keeps none: SQLite compiling a listing's
 * query was a fifth of its page. Callers use plain JDBC; {@code prepareStatement(sql)} lends a kept statement, and
 * closing it closes its result set, which resets it, so a kept statement never holds a read snapshot open and every
 * read still sees the latest commit. A statement used for anything but binding and {@code executeQuery} is closed for
 * real instead of kept. Not thread-safe: a connection serves one read at a time.
 */
final class KeptStatements implements InvocationHandler {
    /** A connection's distinct queries are few; past this, the least recently used statement is closed. */
    private static final int KEPT_PER_CONNECTION = 32;
    /** What a lent statement may do and still be kept: run its query, and bind or clear its parameters. */
    private static final Set<String> KEEPABLE = Set.of("executeQuery", "clearParameters", "getMetaData",
            "getParameterMetaData", "isClosed", "getConnection", "unwrap", "isWrapperFor");

    private final Connection connection;
    private final Map<String, PreparedStatement> idle = new LinkedHashMap<>(16, 0.75f, true) {
        @Override
        protected boolean removeEldestEntry(Map.Entry<String, PreparedStatement> eldest) {
            if (size() <= KEPT_PER_CONNECTION) {
                return false;
            }
            closeQuietly(eldest.getValue());
            return true;
        }
    };

    private KeptStatements(Connection connection) {
        this.connection = connection;
    }

    static Connection around(Connection connection) {
        return (Connection) Proxy.newProxyInstance(KeptStatements.class.getClassLoader(),
                new Class<?>[] {Connection.class}, new KeptStatements(connection));
    }

    @Override
    public Object invoke(Object proxy, Method method, Object[] arguments) throws Throwable {
        switch (method.getName()) {
            case "prepareStatement":
                if (arguments.length == 1) {
                    String sql = (String) arguments[0];
                    PreparedStatement kept = idle.remove(sql);
                    return Lent.of(this, sql, kept != null ? kept : connection.prepareStatement(sql));
                }
                break;
            case "close":
                idle.values().forEach(KeptStatements::closeQuietly);
                idle.clear();
                break;
            case "equals":
                return proxy == arguments[0];
            case "hashCode":
                return System.identityHashCode(proxy);
            default:
                break;
        }
        return call(connection, method, arguments);
    }

    private void giveBack(String sql, PreparedStatement statement) {
        try {
            if (statement.isClosed()) {
                return;
            }
            statement.clearParameters();
        } catch (SQLException e) {
            closeQuietly(statement);
            return;
        }
        PreparedStatement replaced = idle.put(sql, statement);
        if (replaced != null) {
            closeQuietly(replaced);
        }
    }

    private static Object call(Object target, Method method, Object[] arguments) throws Throwable {
        try {
            return method.invoke(target, arguments);
        } catch (InvocationTargetException e) {
            throw e.getCause();
        }
    }

    private static void closeQuietly(PreparedStatement statement) {
        try {
            statement.close();
        } catch (SQLException e) {
            // a statement that cannot close is dropped all the same; its connection's close finalizes it
        }
    }

    /** A kept statement while one caller has it. */
    private static final class Lent implements InvocationHandler {
        private final KeptStatements owner;
        private final String sql;
        private final PreparedStatement statement;
        private ResultSet results;
        private boolean keepable = true;
        private boolean closed;

        private Lent(KeptStatements owner, String sql, PreparedStatement statement) {
            this.owner = owner;
            this.sql = sql;
            this.statement = statement;
        }

        static PreparedStatement of(KeptStatements owner, String sql, PreparedStatement statement) {
            return (PreparedStatement) Proxy.newProxyInstance(KeptStatements.class.getClassLoader(),
                    new Class<?>[] {PreparedStatement.class}, new Lent(owner, sql, statement));
        }

        @Override
        public Object invoke(Object proxy, Method method, Object[] arguments) throws Throwable {
            String name = method.getName();
            switch (name) {
                case "close":
                    close();
                    return null;
                case "isClosed":
                    return closed;
                case "equals":
                    return proxy == arguments[0];
                case "hashCode":
                    return System.identityHashCode(proxy);
                default:
                    break;
            }
            if (closed) {
                throw new SQLException("statement is closed");
            }
            // Parameter setters take the parameter's index and a value; one-argument setters change the statement.
            boolean binds = name.startsWith("set") && method.getParameterCount() >= 2;
            keepable &= binds || KEEPABLE.contains(name);
            Object result = call(statement, method, arguments);
            if ("executeQuery".equals(name)) {
                results = (ResultSet) result;
            }
            return result;
        }

        private void close() throws SQLException {
            if (closed) {
                return;
            }
            closed = true;
            try {
                if (results != null) {
                    results.close();
                }
            } catch (SQLException | RuntimeException e) {
                statement.close();
                throw e;
            }
            if (keepable) {
                owner.giveBack(sql, statement);
            } else {
                statement.close();
            }
        }
    }
}
