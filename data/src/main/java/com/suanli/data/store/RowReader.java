package com.suanli.data.store;

import java.sql.ResultSet;
import java.sql.SQLException;

/** Makes one record of the current row. */
@FunctionalInterface
public interface RowReader<T> {

    T read(ResultSet row) throws SQLException;
}
