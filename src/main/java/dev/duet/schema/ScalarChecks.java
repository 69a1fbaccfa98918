package dev.duet.schema;

import dev.duet.failure.Problems;
import com.fasterxml.jackson.databind.JsonNode;
import dev.duet.schema.FieldType.NumberField;

import java.math.BigDecimal;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.format.ResolverStyle;
import java.util.List;

/** Number and datetime values, which Storyblok stores as strings. */
final class ScalarChecks {

    private static final List<DateTimeFormatter> DATETIMES = List.of(
            DateTimeFormatter.ofPattern("uuuu-MM-dd HH:mm").withResolverStyle(ResolverStyle.STRICT),
            DateTimeFormatter.ofPattern("uuuu-MM-dd HH:mm:ss").withResolverStyle(ResolverStyle.STRICT),
            DateTimeFormatter.ISO_LOCAL_DATE_TIME,
            DateTimeFormatter.ISO_OFFSET_DATE_TIME,
            DateTimeFormatter.ISO_LOCAL_DATE);

    private ScalarChecks() {
    }

    /** A JSON number or numeric string, within {@code min_value}..{@code max_value}, with at most {@code decimals}. */
    static void number(NumberField field, JsonNode value, String path, Problems problems) {
        var number = decimal(value);
        if (number == null) {
            problems.add(path, "must be a number (or a numeric string)");
            return;
        }
        if (field.minValue() != null && number.compareTo(field.minValue()) < 0) {
            problems.add(path, "must be at least " + field.minValue().toPlainString());
        }
        if (field.maxValue() != null && number.compareTo(field.maxValue()) > 0) {
            problems.add(path, "must be at most " + field.maxValue().toPlainString());
        }
        if (field.decimals() != null && Math.max(0, number.stripTrailingZeros().scale()) > field.decimals()) {
            problems.add(path, "must have at most " + field.decimals() + " decimal places");
        }
    }

    /** {@code 2025-01-31 14:30} as Storyblok writes it, or ISO-8601 (with or without time and offset). */
    static void datetime(JsonNode value, String path, Problems problems) {
        if (!value.isTextual() || !parsesAsDatetime(value.textValue().strip())) {
            problems.add(path, "must be a date and time like \"2025-01-31 14:30\" (or ISO-8601)");
        }
    }

    static void bool(JsonNode value, String path, Problems problems) {
        if (!value.isBoolean()) problems.add(path, "must be true or false");
    }

    private static BigDecimal decimal(JsonNode value) {
        if (value.isNumber()) return value.decimalValue();
        if (!value.isTextual()) return null;
        try {
            return new BigDecimal(value.textValue().strip());
        } catch (NumberFormatException e) {
            return null;
        }
    }

    private static boolean parsesAsDatetime(String text) {
        for (var format : DATETIMES) {
            try {
                format.parse(text);
                return true;
            } catch (DateTimeParseException e) {
                // try the next accepted form
            }
        }
        return false;
    }
}
