package dev.duet.delivery;

import com.fasterxml.jackson.databind.JsonNode;

import java.math.BigDecimal;
import java.util.List;
import java.util.regex.Pattern;

/** The operators of {@code filter_query}, each with the value(s) it compares a field with. */
sealed interface Operation {

    boolean matches(JsonNode value);

    /** The field equals one of the values (compared as text: 4 matches "4", true matches "true"). */
    record In(List<String> values) implements Operation {
        @Override
        public boolean matches(JsonNode value) {
            var text = scalar(value);
            return text != null && values.contains(text);
        }
    }

    record NotIn(List<String> values) implements Operation {
        @Override
        public boolean matches(JsonNode value) {
            return !new In(values).matches(value);
        }
    }

    /** The field matches one of the patterns, where {@code *} stands for any text. */
    record Like(List<Pattern> patterns) implements Operation {
        @Override
        public boolean matches(JsonNode value) {
            var text = scalar(value);
            if (text == null) return false;
            for (var pattern : patterns) if (pattern.matcher(text).matches()) return true;
            return false;
        }
    }

    record NotLike(List<Pattern> patterns) implements Operation {
        @Override
        public boolean matches(JsonNode value) {
            return !new Like(patterns).matches(value);
        }
    }

    /** An array field (or a single value, as a one-element array) holds at least one of the values. */
    record AnyInArray(List<String> values) implements Operation {
        @Override
        public boolean matches(JsonNode value) {
            for (var item : elements(value)) if (values.contains(item)) return true;
            return false;
        }
    }

    record AllInArray(List<String> values) implements Operation {
        @Override
        public boolean matches(JsonNode value) {
            return !values.isEmpty() && elements(value).containsAll(values);
        }
    }

    /** A datetime field ({@code YYYY-MM-DD HH:MM}) after or before {@code minute}, compared to the minute. */
    record DateCompare(String minute, boolean after) implements Operation {
        @Override
        public boolean matches(JsonNode value) {
            var text = scalar(value);
            var field = text == null ? null : FilterParser.minute(text);
            if (field == null) return false;
            int order = field.compareTo(minute);
            return after ? order > 0 : order < 0;
        }
    }

    /** A number field (numbers are often stored as text) above or below {@code bound}. */
    record NumberCompare(BigDecimal bound, boolean above) implements Operation {
        @Override
        public boolean matches(JsonNode value) {
            var number = number(value);
            if (number == null) return false;
            int order = number.compareTo(bound);
            return above ? order > 0 : order < 0;
        }
    }

    /** {@code is}: emptiness, truth or nullness. A missing field counts as empty and as not null, as in Storyblok. */
    record Is(Check check) implements Operation {

        enum Check { EMPTY, NOT_EMPTY, EMPTY_ARRAY, NOT_EMPTY_ARRAY, TRUE, FALSE, NULL, NOT_NULL }

        @Override
        public boolean matches(JsonNode value) {
            return switch (check) {
                case EMPTY -> empty(value);
                case NOT_EMPTY -> !empty(value);
                case EMPTY_ARRAY -> value.isArray() && value.isEmpty();
                case NOT_EMPTY_ARRAY -> value.isArray() && !value.isEmpty();
                case TRUE -> value.isBoolean() ? value.booleanValue() : "true".equals(scalar(value));
                case FALSE -> value.isBoolean() ? !value.booleanValue() : "false".equals(scalar(value));
                case NULL -> value.isNull();
                case NOT_NULL -> !value.isNull();
            };
        }

        private static boolean empty(JsonNode value) {
            return value.isMissingNode() || value.isNull() || value.isTextual() && value.asText().isEmpty();
        }
    }

    /** A string, number or boolean as text; null for anything else. */
    static String scalar(JsonNode value) {
        return value.isValueNode() && !value.isNull() ? value.asText() : null;
    }

    private static List<String> elements(JsonNode value) {
        if (value.isArray()) {
            var items = new java.util.ArrayList<String>(value.size());
            for (var item : value) {
                var text = scalar(item);
                if (text != null) items.add(text);
            }
            return items;
        }
        var text = scalar(value);
        return text == null ? List.of() : List.of(text);
    }

    private static BigDecimal number(JsonNode value) {
        if (value.isNumber()) return value.decimalValue();
        var text = scalar(value);
        if (text == null || text.isBlank()) return null;
        try {
            return new BigDecimal(text.strip());
        } catch (NumberFormatException e) {
            return null;
        }
    }
}
