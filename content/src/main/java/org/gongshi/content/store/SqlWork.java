package org.gongshi.content.store;

import java.sql.Connection;
import java.sql.SQLException;

/** A unit of JDBC work run on a connection the {@link Database} owns. */
@FunctionalInterface
public interface SqlWork<T> {
    T run(Connection connection) throws SQLException;
}
