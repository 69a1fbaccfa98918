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

    /**
     * A free-text cell made safe to open in a spreadsheet: text that Excel or LibreOffice would run as a formula (it
     * begins with {@code = + - @}, a tab or a carriage return) gets a leading apostrophe, as OWASP advises, so it shows
     * as text. Text that already begins with apostrophes before such a character gets one more, so that
     * {@link #formulaUnguarded} always gives back exactly the original.
     */
    static String formulaGuarded(String value) {
        return startsLikeFormula(value, 0) ? "'" + value : value;
    }

    /** The inverse of {@link #formulaGuarded}: drops the one apostrophe export added before a formula character. */
    static String formulaUnguarded(String value) {
        return value != null && value.startsWith("'") && startsLikeFormula(value, 1) ? value.substring(1) : value;
    }

    private static boolean startsLikeFormula(String value, int from) {
        if (value == null) return false;
        int i = from;
        while (i < value.length() && value.charAt(i) == '\'') i++;
        return i < value.length() && "=+-@\t\r".indexOf(value.charAt(i)) >= 0;
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
