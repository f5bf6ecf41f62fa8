package com.suanli.data.store;

import java.sql.Connection;
import java.sql.SQLException;

/** Work done on one connection of the desk database, inside the transaction {@link DeskStore} gives it. */
@FunctionalInterface
public interface SqlWork<T> {

    T run(Connection connection) throws SQLException;
}
