package com.suanli.data.store;

import java.sql.Connection;
import java.sql.Date;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Optional;

/**
 * The plain JDBC the repositories share: statements with positional parameters, rows to records.
 * Parameters may be the JDBC types and also {@link LocalDate}, {@link YearMonth} (kept as
 * {@code 2027-01}) and enum constants (kept by name), so that each repository states only its SQL
 * and its mapping.
 */
public final class Sql {

    private Sql() {
    }

    /** Every row the query gives, in its order. */
    public static <T> List<T> list(Connection connection, String sql, RowReader<T> reader, Object... parameters)
            throws SQLException {
        try (PreparedStatement statement = prepared(connection, sql, parameters);
             ResultSet rows = statement.executeQuery()) {
            List<T> records = new ArrayList<>();
            while (rows.next()) {
                records.add(reader.read(rows));
            }
            return records;
        }
    }

    /** The one row the query gives, or empty; more than one is a bug in the query. */
    public static <T> Optional<T> one(Connection connection, String sql, RowReader<T> reader, Object... parameters)
            throws SQLException {
        List<T> records = list(connection, sql, reader, parameters);
        if (records.size() > 1) {
            throw new IllegalStateException("expected at most one row, got " + records.size() + ": " + sql);
        }
        return records.stream().findFirst();
    }

    /** The rows changed. */
    public static int update(Connection connection, String sql, Object... parameters) throws SQLException {
        try (PreparedStatement statement = prepared(connection, sql, parameters)) {
            return statement.executeUpdate();
        }
    }

    /** Inserts one row and gives the key the database generated for it. */
    public static long insertReturningKey(Connection connection, String sql, Object... parameters) throws SQLException {
        try (PreparedStatement statement = connection.prepareStatement(sql, Statement.RETURN_GENERATED_KEYS)) {
            bind(statement, parameters);
            statement.executeUpdate();
            try (ResultSet keys = statement.getGeneratedKeys()) {
                if (!keys.next()) {
                    throw new IllegalStateException("no generated key: " + sql);
                }
                return keys.getLong(1);
            }
        }
    }

    /** One statement run once per element, in one batch. */
    public static <T> void batch(Connection connection, String sql, Collection<T> elements, Binder<T> binder)
            throws SQLException {
        try (PreparedStatement statement = connection.prepareStatement(sql)) {
            for (T element : elements) {
                bind(statement, binder.parameters(element));
                statement.addBatch();
            }
            statement.executeBatch();
        }
    }

    /** The parameters of one element of a batch. */
    @FunctionalInterface
    public interface Binder<T> {
        Object[] parameters(T element);
    }

    public static LocalDate date(ResultSet row, String column) throws SQLException {
        Date date = row.getDate(column);
        return date == null ? null : date.toLocalDate();
    }

    public static YearMonth month(ResultSet row, String column) throws SQLException {
        String text = row.getString(column);
        return text == null ? null : YearMonth.parse(text);
    }

    public static <E extends Enum<E>> E constant(ResultSet row, String column, Class<E> type) throws SQLException {
        String name = row.getString(column);
        return name == null ? null : Enum.valueOf(type, name);
    }

    /** A nullable BIGINT column. */
    public static Long nullableLong(ResultSet row, String column) throws SQLException {
        long value = row.getLong(column);
        return row.wasNull() ? null : value;
    }

    private static PreparedStatement prepared(Connection connection, String sql, Object[] parameters)
            throws SQLException {
        PreparedStatement statement = connection.prepareStatement(sql);
        try {
            bind(statement, parameters);
            return statement;
        } catch (SQLException | RuntimeException e) {
            statement.close();
            throw e;
        }
    }

    private static void bind(PreparedStatement statement, Object[] parameters) throws SQLException {
        for (int i = 0; i < parameters.length; i++) {
            statement.setObject(i + 1, jdbcValue(parameters[i]));
        }
    }

    private static Object jdbcValue(Object value) {
        if (value instanceof Enum<?> constant) {
            return constant.name();
        }
        if (value instanceof YearMonth month) {
            return month.toString();
        }
        return value;
    }
}
