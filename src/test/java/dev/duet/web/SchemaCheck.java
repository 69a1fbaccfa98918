package dev.duet.web;

import com.fasterxml.jackson.databind.JsonNode;

import java.time.Instant;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.regex.Pattern;

/**
 * Checks a JSON value against a schema of the OpenAPI document: the JSON Schema 2020-12 keywords Duet's description
 * uses ({@code $ref}, {@code type}, {@code enum}, {@code const}, {@code required}, {@code properties},
 * {@code additionalProperties}, {@code items}, {@code allOf}, {@code anyOf}, {@code oneOf}, {@code pattern}, length,
 * size and range limits, and the formats {@code date-time}, {@code date} and {@code uuid}). Enough to tell whether a
 * real answer has the documented shape; not a general validator.
 */
final class SchemaCheck {

    private final OpenApiDocument document;

    SchemaCheck(OpenApiDocument document) {
        this.document = document;
    }

    /** Every way {@code value} breaks {@code schema}, each starting with the JSON pointer of the offending part. */
    List<String> problems(JsonNode schema, JsonNode value) {
        var problems = new ArrayList<String>();
        check(schema, value, "", problems);
        return problems;
    }

    private void check(JsonNode schema, JsonNode value, String at, List<String> problems) {
        if (schema.has("$ref")) check(document.target(schema.get("$ref").asText()), value, at, problems);
        var type = schema.path("type");
        if (!type.isMissingNode() && !hasType(type, value)) {
            problems.add(at + ": expected " + type + ", got " + value);
            return;
        }
        if (schema.has("enum") && !contains(schema.get("enum"), value)) problems.add(at + ": " + value + " is not one of " + schema.get("enum"));
        if (schema.has("const") && !schema.get("const").equals(value)) problems.add(at + ": " + value + " is not " + schema.get("const"));
        schema.path("allOf").forEach(part -> check(part, value, at, problems));
        if (schema.has("anyOf") && matching(schema.get("anyOf"), value) == 0) problems.add(at + ": matches none of anyOf: " + value);
        if (schema.has("oneOf") && matching(schema.get("oneOf"), value) != 1) problems.add(at + ": does not match exactly one of oneOf: " + value);
        if (value.isObject()) checkObject(schema, value, at, problems);
        if (value.isArray()) checkArray(schema, value, at, problems);
        if (value.isTextual()) checkText(schema, value.asText(), at, problems);
        if (value.isNumber()) checkNumber(schema, value, at, problems);
    }

    private void checkObject(JsonNode schema, JsonNode value, String at, List<String> problems) {
        schema.path("required").forEach(name -> {
            if (!value.has(name.asText())) problems.add(at + ": lacks the required property " + name.asText());
        });
        var properties = schema.path("properties");
        var additional = schema.path("additionalProperties");
        value.properties().forEach(entry -> {
            var here = at + "/" + OpenApiDocument.escape(entry.getKey());
            if (properties.has(entry.getKey())) {
                check(properties.get(entry.getKey()), entry.getValue(), here, problems);
            } else if (additional.isBoolean() && !additional.asBoolean()) {
                problems.add(here + ": is not a documented property");
            } else if (additional.isObject()) {
                check(additional, entry.getValue(), here, problems);
            }
        });
    }

    private void checkArray(JsonNode schema, JsonNode value, String at, List<String> problems) {
        if (schema.has("maxItems") && value.size() > schema.get("maxItems").asInt()) problems.add(at + ": has more than maxItems items");
        if (!schema.has("items")) return;
        for (int i = 0; i < value.size(); i++) check(schema.get("items"), value.get(i), at + "/" + i, problems);
    }

    private static void checkText(JsonNode schema, String text, String at, List<String> problems) {
        if (schema.has("pattern") && !Pattern.compile(schema.get("pattern").asText()).matcher(text).find()) {
            problems.add(at + ": \"" + text + "\" does not match " + schema.get("pattern").asText());
        }
        if (schema.has("maxLength") && text.codePointCount(0, text.length()) > schema.get("maxLength").asInt()) {
            problems.add(at + ": is longer than " + schema.get("maxLength").asInt());
        }
        if (schema.has("minLength") && text.codePointCount(0, text.length()) < schema.get("minLength").asInt()) {
            problems.add(at + ": is shorter than " + schema.get("minLength").asInt());
        }
        if (!formatHolds(schema.path("format").asText(""), text)) {
            problems.add(at + ": \"" + text + "\" is not a " + schema.get("format").asText());
        }
    }

    private static void checkNumber(JsonNode schema, JsonNode value, String at, List<String> problems) {
        var number = value.decimalValue();
        if (schema.has("minimum") && number.compareTo(schema.get("minimum").decimalValue()) < 0) problems.add(at + ": is below the minimum");
        if (schema.has("maximum") && number.compareTo(schema.get("maximum").decimalValue()) > 0) problems.add(at + ": is above the maximum");
    }

    private int matching(JsonNode schemas, JsonNode value) {
        int count = 0;
        for (var schema : schemas) if (problems(schema, value).isEmpty()) count++;
        return count;
    }

    private static boolean hasType(JsonNode type, JsonNode value) {
        if (type.isArray()) {
            for (var one : type) if (hasType(one, value)) return true;
            return false;
        }
        return switch (type.asText()) {
            case "object" -> value.isObject();
            case "array" -> value.isArray();
            case "string" -> value.isTextual();
            case "integer" -> value.isIntegralNumber();
            case "number" -> value.isNumber();
            case "boolean" -> value.isBoolean();
            case "null" -> value.isNull();
            default -> false;
        };
    }

    private static boolean contains(JsonNode values, JsonNode value) {
        for (var one : values) if (one.equals(value)) return true;
        return false;
    }

    private static boolean formatHolds(String format, String text) {
        try {
            switch (format) {
                case "date-time" -> Instant.parse(text);
                case "date" -> LocalDate.parse(text);
                case "uuid" -> UUID.fromString(text);
                default -> {
                    return true;
                }
            }
            return true;
        } catch (DateTimeParseException | IllegalArgumentException e) {
            return false;
        }
    }
}
