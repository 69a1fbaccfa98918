package dev.duet.storage;

import org.jdbi.v3.core.Handle;
import org.postgresql.PGConnection;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.sql.SQLException;
import java.util.List;

/**
 * Appends many rows to a PostgreSQL table with {@code COPY ... FROM STDIN} in the caller's transaction: the rows travel
 * as one stream of text the server parses in bulk, rather than as statements with thousands of bound parameters that
 * each value costs a bind on the client and the server. Plain appends only (no {@code ON CONFLICT}); on SQLite, where
 * a statement is a call into the same process, multi-row inserts are as fast, so {@link #available} says no.
 *
 * <p>Values are written in COPY's text format: {@code \N} for null, numbers as Java prints them (PostgreSQL reads
 * {@code 1.0E10}), text with backslash, tab, newline and carriage return escaped.
 */
public final class RowCopy {

    private RowCopy() {
    }

    /** Whether the handle's connection is PostgreSQL's, so {@link #copy} can be used. */
    public static boolean available(Handle handle) {
        return Dialect.of(handle) == Dialect.POSTGRES;
    }

    /** Appends {@code rows} (values in the order of {@code columns}) to {@code table}. */
    public static void copy(Handle handle, String table, List<String> columns, List<Object[]> rows) {
        if (rows.isEmpty()) return;
        var text = new StringBuilder(rows.size() * 160);
        for (var row : rows) {
            if (row.length != columns.size()) {
                throw new IllegalArgumentException("a row of " + row.length + " values for " + columns.size() + " columns");
            }
            for (int i = 0; i < row.length; i++) {
                if (i > 0) text.append('\t');
                append(text, row[i]);
            }
            text.append('\n');
        }
        var sql = "COPY " + table + " (" + String.join(", ", columns) + ") FROM STDIN";
        try {
            var copier = handle.getConnection().unwrap(PGConnection.class).getCopyAPI();
            copier.copyIn(sql, new ByteArrayInputStream(text.toString().getBytes(StandardCharsets.UTF_8)));
        } catch (SQLException | IOException e) {
            throw new IllegalStateException("copying rows into " + table + " failed: " + e.getMessage(), e);
        }
    }

    static void append(StringBuilder text, Object value) {
        switch (value) {
            case null -> text.append("\\N");
            case Number number -> text.append(number);
            case Boolean bool -> text.append(bool ? 't' : 'f');
            default -> escape(text, value.toString());
        }
    }

    private static void escape(StringBuilder text, String value) {
        for (int i = 0; i < value.length(); i++) {
            char c = value.charAt(i);
            switch (c) {
                case '\\' -> text.append("\\\\");
                case '\t' -> text.append("\\t");
                case '\n' -> text.append("\\n");
                case '\r' -> text.append("\\r");
                default -> text.append(c);
            }
        }
    }
}
