package dev.duet.analytics;

import dev.duet.storage.Dialect;
import org.jdbi.v3.core.Handle;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.List;

/**
 * Inserts many rows with few statements: {@code INSERT INTO t (a, b) VALUES (?, ?), (?, ?), ... <tail>}, up to
 * {@link #MAX_PARAMETERS} parameters per statement, bound positionally on the handle's JDBC connection. Both SQLite and
 * PostgreSQL accept multi-row VALUES with {@code ON CONFLICT}. It is what lets the event writer keep up: one statement
 * per row costs a round trip and a plan each on PostgreSQL and a JNI crossing per statement on SQLite, and a named
 * Jdbi batch adds binding work per value on top; a few hundred rows per statement cost a fraction of that.
 *
 * <p>On PostgreSQL the rows travel as one array per column instead, {@code INSERT INTO t (a, b) SELECT * FROM
 * unnest(?::int8[], ?::text[]) <tail>}: one statement and a handful of parameters however many rows, where three thousand
 * placeholders cost a parse, a bind and a plan per statement that took derivation longer than the upserts themselves.
 *
 * <p>Rows given to one call must not repeat a key that an {@code ON CONFLICT ... DO UPDATE} tail updates (PostgreSQL
 * refuses to update a row twice in one statement); callers sum such rows in memory first.
 */
final class MultiRowInsert {

    /** Well under SQLite's 32766 and PostgreSQL's 65535 parameters per statement. */
    static final int MAX_PARAMETERS = 3000;

    private final String head;
    private final String tail;
    private final int columns;

    /** {@code head}: {@code INSERT INTO t (a, b)}; {@code tail}: what follows the values, e.g. an ON CONFLICT clause. */
    MultiRowInsert(String head, int columns, String tail) {
        this.head = head;
        this.columns = columns;
        this.tail = tail;
    }

    void run(Handle handle, List<Object[]> rows) {
        if (rows.isEmpty()) return;
        for (var values : rows) {
            if (values.length != columns) {
                throw new IllegalArgumentException("a row of " + values.length + " values for " + columns + " columns");
            }
        }
        if (Dialect.of(handle) == Dialect.POSTGRES) {
            runAsArrays(handle.getConnection(), rows);
        } else {
            runAsValues(handle.getConnection(), rows);
        }
    }

    private void runAsValues(Connection connection, List<Object[]> rows) {
        int perStatement = Math.max(1, MAX_PARAMETERS / columns);
        try {
            int fullChunks = rows.size() / perStatement;
            if (fullChunks > 0) {
                try (var statement = connection.prepareStatement(sql(perStatement))) {
                    for (int chunk = 0; chunk < fullChunks; chunk++) {
                        execute(statement, rows, chunk * perStatement, perStatement);
                    }
                }
            }
            int rest = rows.size() - fullChunks * perStatement;
            if (rest > 0) execute(connection, rows, fullChunks * perStatement, rest);
        } catch (SQLException e) {
            throw new IllegalStateException("storing events failed: " + e.getMessage(), e);
        }
    }

    private void runAsArrays(Connection connection, List<Object[]> rows) {
        var columnValues = new Object[columns][rows.size()];
        for (int row = 0; row < rows.size(); row++) {
            var values = rows.get(row);
            for (int column = 0; column < columns; column++) columnValues[column][row] = values[column];
        }
        var types = new String[columns];
        for (int column = 0; column < columns; column++) types[column] = arrayType(columnValues[column]);
        try (var statement = connection.prepareStatement(unnestSql(types))) {
            for (int column = 0; column < columns; column++) {
                statement.setArray(column + 1, connection.createArrayOf(types[column], columnValues[column]));
            }
            statement.executeUpdate();
        } catch (SQLException e) {
            throw new IllegalStateException("storing events failed: " + e.getMessage(), e);
        }
    }

    /** PostgreSQL's name for the element type of a column, from its first value that is not null (text if none is). */
    private static String arrayType(Object[] values) {
        for (var value : values) {
            switch (value) {
                case null -> {
                }
                case Long ignored -> {
                    return "int8";
                }
                case Integer ignored -> {
                    return "int4";
                }
                case Double ignored -> {
                    return "float8";
                }
                case String ignored -> {
                    return "text";
                }
                default -> throw new IllegalArgumentException("no array type for " + value.getClass().getSimpleName());
            }
        }
        return "text";
    }

    private String unnestSql(String[] types) {
        var arrays = new StringBuilder();
        for (var type : types) arrays.append(arrays.isEmpty() ? "" : ", ").append("?::").append(type).append("[]");
        return head + " SELECT * FROM unnest(" + arrays + ") " + tail;
    }

    private void execute(Connection connection, List<Object[]> rows, int from, int count) throws SQLException {
        try (var statement = connection.prepareStatement(sql(count))) {
            execute(statement, rows, from, count);
        }
    }

    private void execute(PreparedStatement statement, List<Object[]> rows, int from, int count) throws SQLException {
        int parameter = 1;
        for (int row = from; row < from + count; row++) {
            for (var value : rows.get(row)) statement.setObject(parameter++, value);
        }
        statement.executeUpdate();
    }

    private String sql(int rows) {
        var row = "(" + "?, ".repeat(columns - 1) + "?)";
        var sql = new StringBuilder(head.length() + tail.length() + rows * (row.length() + 2) + 16).append(head).append(" VALUES ");
        for (int i = 0; i < rows; i++) {
            if (i > 0) sql.append(", ");
            sql.append(row);
        }
        return sql.append(' ').append(tail).toString();
    }
}
