package dev.duet.collab.stack;

import dev.duet.failure.InvalidInput;

import java.util.ArrayList;
import java.util.List;

/**
 * Comma-separated values as RFC 4180 has them: fields with a comma, a double quote or a line break are quoted,
 * quotes inside doubled, records end in CRLF. Reading also takes LF line ends and a leading byte-order mark (what
 * spreadsheets save). Pure and thread-safe.
 */
final class Csv {

    /** One record and the line of the file it starts on (from 1), for messages people can find. */
    record Row(int line, List<String> fields) {
    }

    private Csv() {
    }

    static String write(List<List<String>> rows) {
        var out = new StringBuilder();
        for (var row : rows) {
            for (int i = 0; i < row.size(); i++) {
                if (i > 0) out.append(',');
                out.append(field(row.get(i)));
            }
            out.append("\r\n");
        }
        return out.toString();
    }

    private static String field(String value) {
        if (value == null) return "";
        boolean quote = value.indexOf(',') >= 0 || value.indexOf('"') >= 0 || value.indexOf('\n') >= 0
                || value.indexOf('\r') >= 0 || !value.equals(value.strip());
        return quote ? "\"" + value.replace("\"", "\"\"") + "\"" : value;
    }

    /** The records of {@code text}; blank lines between records are skipped. A quote left open fails naming its line. */
    static List<Row> read(String text) {
        var rows = new ArrayList<Row>();
        var fields = new ArrayList<String>();
        var field = new StringBuilder();
        int start = 1;
        int line = 1;
        boolean quoted = false;
        boolean wasQuoted = false;
        int i = text.startsWith("\uFEFF") ? 1 : 0;
        for (; i < text.length(); i++) {
            char c = text.charAt(i);
            if (quoted) {
                if (c == '"' && i + 1 < text.length() && text.charAt(i + 1) == '"') {
                    field.append('"');
                    i++;
                } else if (c == '"') {
                    quoted = false;
                } else {
                    if (c == '\n') line++;
                    field.append(c);
                }
            } else if (c == '"' && field.isEmpty() && !wasQuoted) {
                quoted = true;
                wasQuoted = true;
            } else if (c == '"') {
                throw InvalidInput.field("line " + line, "has a quote inside an unquoted field; put the field in quotes and double the quote (\"\")");
            } else if (c == ',') {
                fields.add(field.toString());
                field.setLength(0);
                wasQuoted = false;
            } else if (c == '\r' || c == '\n') {
                if (c == '\r' && i + 1 < text.length() && text.charAt(i + 1) == '\n') i++;
                fields.add(field.toString());
                if (!(fields.size() == 1 && fields.getFirst().isEmpty() && !wasQuoted)) rows.add(new Row(start, List.copyOf(fields)));
                fields.clear();
                field.setLength(0);
                wasQuoted = false;
                line++;
                start = line;
            } else if (wasQuoted) {
                throw InvalidInput.field("line " + line, "has text after a closing quote; a quoted field must end at a comma or the line's end");
            } else {
                field.append(c);
            }
        }
        if (quoted) throw InvalidInput.field("line " + start, "opens a quoted field that never closes");
        if (!field.isEmpty() || !fields.isEmpty() || wasQuoted) {
            fields.add(field.toString());
            rows.add(new Row(start, List.copyOf(fields)));
        }
        return rows;
    }
}
