package dev.duet.delivery;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.regex.Pattern;

/**
 * Reads {@code filter_query} parameters: {@code filter_query[field][op]=v1,v2} (ANDed), and OR groups in every form
 * clients send: {@code filter_query[__or][][field][op]} (each parameter is one alternative),
 * {@code filter_query[__or][0][field][op]} (parameters with the same index form one alternative, ANDed), repeated
 * names, and raw or percent-encoded brackets (decoding happened before). Anything else is a 422 naming the parameter.
 */
final class FilterParser {

    static final String PARAMETER = "filter_query";
    private static final Pattern FIELD = Pattern.compile("[A-Za-z0-9_\\-]+(\\.[A-Za-z0-9_\\-]+)*");
    private static final Pattern MINUTE = Pattern.compile("(\\d{4}-\\d{2}-\\d{2})(?:[ T](\\d{2}):(\\d{2})(?::\\d{2}(?:\\.\\d+)?)?Z?)?");

    private FilterParser() {
    }

    /** The filter the parameters describe, or null when there is none. */
    static Filter parse(QueryParams params) {
        var all = new ArrayList<Filter>();
        var alternatives = new ArrayList<Filter>();
        var indexed = new TreeMap<Integer, List<Filter>>();
        for (var name : params.names()) {
            if (!name.equals(PARAMETER) && !name.startsWith(PARAMETER + "[")) continue;
            var segments = segments(name);
            for (var value : params.all(name)) {
                if (segments.size() == 2 && !segments.getFirst().equals("__or")) {
                    all.add(condition(name, segments.get(0), segments.get(1), value));
                } else if (segments.size() == 4 && segments.getFirst().equals("__or")) {
                    var condition = condition(name, segments.get(2), segments.get(3), value);
                    if (segments.get(1).isEmpty()) {
                        alternatives.add(condition);
                    } else {
                        indexed.computeIfAbsent(index(name, segments.get(1)), i -> new ArrayList<>()).add(condition);
                    }
                } else {
                    throw malformed(name);
                }
            }
        }
        for (var group : indexed.values()) alternatives.add(group.size() == 1 ? group.getFirst() : new Filter.All(group));
        if (!alternatives.isEmpty()) all.add(new Filter.Any(alternatives));
        if (all.isEmpty()) return null;
        return all.size() == 1 ? all.getFirst() : new Filter.All(all);
    }

    /** The bracketed parts after {@code filter_query}: {@code [a][b]} gives a, b; {@code []} gives an empty part. */
    private static List<String> segments(String name) {
        var segments = new ArrayList<String>();
        int at = PARAMETER.length();
        while (at < name.length()) {
            if (name.charAt(at) != '[') throw malformed(name);
            int close = name.indexOf(']', at);
            if (close < 0) throw malformed(name);
            segments.add(name.substring(at + 1, close));
            at = close + 1;
        }
        return segments;
    }

    private static int index(String name, String text) {
        try {
            return Integer.parseInt(text);
        } catch (NumberFormatException e) {
            throw new BadParameter(name, "an __or group is [] or a number like [0], not [" + text + "]");
        }
    }

    private static Filter condition(String name, String field, String operator, String value) {
        if (!FIELD.matcher(field).matches()) {
            throw new BadParameter(name, "the field must be a content field name like headline or seo.title, got '" + field + "'");
        }
        return new Filter.Condition(field, operation(name, operator, value));
    }

    private static Operation operation(String name, String operator, String value) {
        return switch (operator) {
            case "in" -> new Operation.In(list(value));
            case "not_in" -> new Operation.NotIn(list(value));
            case "like" -> new Operation.Like(patterns(value));
            case "not_like" -> new Operation.NotLike(patterns(value));
            case "any_in_array", "in_array" -> new Operation.AnyInArray(list(value));
            case "all_in_array" -> new Operation.AllInArray(list(value));
            case "gt_date", "lt_date" -> new Operation.DateCompare(date(name, value), operator.startsWith("gt"));
            case "gt_int", "lt_int" -> new Operation.NumberCompare(number(name, value, true), operator.startsWith("gt"));
            case "gt_float", "lt_float" -> new Operation.NumberCompare(number(name, value, false), operator.startsWith("gt"));
            case "is" -> new Operation.Is(check(name, value));
            default -> throw new BadParameter(name, "unknown operator '" + operator + "'; use in, not_in, like, not_like, "
                    + "any_in_array, all_in_array, gt_date, lt_date, gt_int, lt_int, gt_float, lt_float or is");
        };
    }

    private static List<String> list(String value) {
        return List.of(value.split(",", -1));
    }

    private static List<Pattern> patterns(String value) {
        return list(value).stream().map(FilterParser::wildcard).toList();
    }

    /** {@code *} matches any text; everything else literally. */
    static Pattern wildcard(String pattern) {
        var regex = new StringBuilder();
        var parts = pattern.split("\\*", -1);
        for (int i = 0; i < parts.length; i++) {
            if (i > 0) regex.append(".*");
            if (!parts[i].isEmpty()) regex.append(Pattern.quote(parts[i]));
        }
        return Pattern.compile(regex.toString(), Pattern.DOTALL);
    }

    private static String date(String name, String value) {
        var minute = minute(value.strip());
        if (minute == null) throw new BadParameter(name, "must be a date like 2024-03-01 10:00, got '" + value + "'");
        return minute;
    }

    /** A date or datetime as {@code YYYY-MM-DD HH:MM} (midnight when only a date), or null when it is none. */
    static String minute(String text) {
        var matcher = MINUTE.matcher(text);
        if (!matcher.matches()) return null;
        return matcher.group(1) + " " + (matcher.group(2) == null ? "00:00" : matcher.group(2) + ":" + matcher.group(3));
    }

    private static BigDecimal number(String name, String value, boolean whole) {
        try {
            var number = new BigDecimal(value.strip());
            if (whole && number.stripTrailingZeros().scale() > 0) throw new NumberFormatException();
            return number;
        } catch (NumberFormatException e) {
            throw new BadParameter(name, "must be " + (whole ? "a whole number" : "a number") + ", got '" + value + "'");
        }
    }

    private static Operation.Is.Check check(String name, String value) {
        var checks = Map.of("empty", Operation.Is.Check.EMPTY, "not_empty", Operation.Is.Check.NOT_EMPTY,
                "empty_array", Operation.Is.Check.EMPTY_ARRAY, "not_empty_array", Operation.Is.Check.NOT_EMPTY_ARRAY,
                "true", Operation.Is.Check.TRUE, "false", Operation.Is.Check.FALSE, "null", Operation.Is.Check.NULL,
                "not_null", Operation.Is.Check.NOT_NULL);
        var check = checks.get(value.strip().toLowerCase(Locale.ROOT));
        if (check == null) {
            throw new BadParameter(name, "must be one of " + String.join(", ", Arrays.stream(Operation.Is.Check.values())
                    .map(c -> c.name().toLowerCase(Locale.ROOT)).toList()) + ", got '" + value + "'");
        }
        return check;
    }

    private static BadParameter malformed(String name) {
        return new BadParameter(name, "write filter_query[field][operator]=value or filter_query[__or][][field][operator]=value");
    }
}
