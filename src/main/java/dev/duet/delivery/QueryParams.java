package dev.duet.delivery;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

/**
 * The query parameters of a delivery request, decoded from the raw query string by this one parser in both the Jetty
 * fast path and the Javalin routes, so both see exactly the same names and values (brackets raw or percent-encoded,
 * {@code +} as space, repeated names kept in order). Immutable but for the memo of {@link #canonical()}
 * (one request, one thread).
 */
final class QueryParams {

    static final QueryParams NONE = new QueryParams(Map.of());
    private static final Set<String> NOT_CANONICAL = Set.of("token", "cv", ExperimentView.VISITOR_PARAM,
            ExperimentView.FORCED_PARAM);

    private final Map<String, List<String>> values;
    private String canonical;

    private QueryParams(Map<String, List<String>> values) {
        this.values = values;
    }

    static QueryParams parse(String rawQuery) {
        if (rawQuery == null || rawQuery.isEmpty()) return NONE;
        var values = new LinkedHashMap<String, List<String>>();
        int start = 0;
        while (start <= rawQuery.length()) {
            int end = rawQuery.indexOf('&', start);
            if (end < 0) end = rawQuery.length();
            if (end > start) {
                int equals = rawQuery.indexOf('=', start);
                String name;
                String value;
                if (equals < 0 || equals > end) {
                    name = decode(rawQuery, start, end, true);
                    value = "";
                } else {
                    name = decode(rawQuery, start, equals, true);
                    value = decode(rawQuery, equals + 1, end, true);
                }
                values.computeIfAbsent(name, n -> new ArrayList<>(1)).add(value);
            }
            start = end + 1;
        }
        return new QueryParams(Collections.unmodifiableMap(values));
    }

    /** The first value of {@code name}, stripped, or null when absent or blank (the CDN treats both as not given). */
    String get(String name) {
        var list = values.get(name);
        if (list == null) return null;
        var value = list.getFirst().strip();
        return value.isEmpty() ? null : value;
    }

    /** Every value of {@code name} in the order sent. */
    List<String> all(String name) {
        return values.getOrDefault(name, List.of());
    }

    Set<String> names() {
        return values.keySet();
    }

    boolean has(String name) {
        return get(name) != null;
    }

    /**
     * The parameters that shape an answer, in one canonical text: sorted by name, without the credential, the
     * cache version and the experiment parameters (the first two do not change what a published answer contains; what
     * the others change is keyed by the variant combination, see {@link ExperimentView#combination}, so an answer
     * without experiments is the same with or without a visitor id). Keys response caches and ETags.
     */
    String canonical() {
        var known = canonical;
        if (known == null) canonical = known = canonicalText();
        return known;
    }

    /** Whether any of {@code names} is given (with a value). */
    boolean hasAny(List<String> names) {
        for (var name : names) if (has(name)) return true;
        return false;
    }

    private String canonicalText() {
        boolean onlyCredentials = true;
        for (var name : values.keySet()) onlyCredentials &= NOT_CANONICAL.contains(name);
        if (onlyCredentials) return "";
        var sorted = new TreeMap<String, List<String>>(values);
        NOT_CANONICAL.forEach(sorted::remove);
        var text = new StringBuilder();
        sorted.forEach((name, list) -> list.forEach(value -> text.append(name).append('=').append(value).append('&')));
        return text.toString();
    }

    /** Percent-decodes {@code text[from, to)} as UTF-8; {@code plusIsSpace} for queries, not for paths. */
    static String decode(String text, int from, int to, boolean plusIsSpace) {
        boolean plain = true;
        for (int i = from; i < to && plain; i++) {
            char c = text.charAt(i);
            plain = c != '%' && !(plusIsSpace && c == '+');
        }
        if (plain) return text.substring(from, to);
        var bytes = new ByteArrayOutputStream(to - from);
        for (int i = from; i < to; i++) {
            char c = text.charAt(i);
            if (c == '%' && i + 2 < to && hex(text.charAt(i + 1)) >= 0 && hex(text.charAt(i + 2)) >= 0) {
                bytes.write(hex(text.charAt(i + 1)) * 16 + hex(text.charAt(i + 2)));
                i += 2;
            } else if (c == '+' && plusIsSpace) {
                bytes.write(' ');
            } else {
                var encoded = String.valueOf(c).getBytes(StandardCharsets.UTF_8);
                if (Character.isHighSurrogate(c) && i + 1 < to) {
                    encoded = text.substring(i, i + 2).getBytes(StandardCharsets.UTF_8);
                    i++;
                }
                bytes.writeBytes(encoded);
            }
        }
        return bytes.toString(StandardCharsets.UTF_8);
    }

    private static int hex(char c) {
        if (c >= '0' && c <= '9') return c - '0';
        if (c >= 'a' && c <= 'f') return c - 'a' + 10;
        if (c >= 'A' && c <= 'F') return c - 'A' + 10;
        return -1;
    }
}
