package dev.duet.schema;

import dev.duet.failure.Problems;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.function.Function;
import java.util.regex.Pattern;
import java.util.regex.PatternSyntaxException;

/**
 * Reads the typed options of one JSON object (a schema field, a component body), reporting each malformed option with
 * its path, and remembers which keys were read so the rest can be kept as they are. JSON null reads as "not set".
 * Numbers may also be written as numeric strings and an empty string reads as "not set", because schemas exported
 * from Storyblok look like that.
 */
final class OptionReader {

    private static final Pattern WHOLE = Pattern.compile("^-?\\d{1,9}$");

    private final ObjectNode node;
    private final String path;
    private final Problems problems;
    private final Set<String> read = new HashSet<>(Set.of("type"));

    OptionReader(ObjectNode node, String path, Problems problems) {
        this.node = node;
        this.path = path;
        this.problems = problems;
    }

    String path(String key) {
        return Paths.key(path, key);
    }

    void problem(String key, String message) {
        problems.add(path(key), message);
    }

    JsonNode raw(String key) {
        read.add(key);
        var value = node.get(key);
        return value == null || value.isNull() ? null : value;
    }

    Boolean flag(String key) {
        var value = raw(key);
        if (value == null) return null;
        if (value.isBoolean()) return value.booleanValue();
        problem(key, "must be true or false");
        return null;
    }

    String text(String key) {
        var value = raw(key);
        if (value == null) return null;
        if (value.isTextual()) return value.textValue();
        problem(key, "must be text");
        return null;
    }

    /** A whole number of at least {@code min}. */
    Integer whole(String key, int min) {
        var value = raw(key);
        if (value == null || value.isTextual() && value.textValue().isBlank()) return null;
        Integer number = null;
        if (value.isIntegralNumber() && value.canConvertToInt()) number = value.intValue();
        var text = value.isTextual() ? value.textValue().strip() : null;
        if (text != null && WHOLE.matcher(text).matches()) number = Integer.valueOf(text);
        if (number == null || number < min) {
            problem(key, "must be a whole number" + (min == 0 ? " of 0 or more" : min == 1 ? " of 1 or more" : ""));
            return null;
        }
        return number;
    }

    BigDecimal decimal(String key) {
        var value = raw(key);
        if (value == null || value.isTextual() && value.textValue().isBlank()) return null;
        if (value.isNumber()) return value.decimalValue();
        if (value.isTextual()) {
            try {
                return new BigDecimal(value.textValue().strip());
            } catch (NumberFormatException e) {
                // reported below with the other shapes
            }
        }
        problem(key, "must be a number");
        return null;
    }

    /** A regular expression that compiles. */
    String regex(String key) {
        var regex = text(key);
        if (regex == null || regex.isEmpty()) return regex;
        try {
            Pattern.compile(regex);
            return regex;
        } catch (PatternSyntaxException e) {
            problem(key, "is not a valid regular expression: " + e.getDescription());
            return null;
        }
    }

    List<String> texts(String key) {
        return list(key, "text", item -> item.isTextual() ? item.textValue() : null);
    }

    /** Each item read by {@code reader}, which answers null for an item it cannot read. */
    <T> List<T> list(String key, String itemShape, Function<JsonNode, T> reader) {
        var value = raw(key);
        if (value == null) return null;
        if (!value.isArray()) {
            problem(key, "must be an array of " + itemShape);
            return null;
        }
        var items = new ArrayList<T>();
        for (int i = 0; i < value.size(); i++) {
            var item = reader.apply(value.get(i));
            if (item == null) problems.add(Paths.index(path(key), i), "must be " + itemShape);
            else items.add(item);
        }
        return items;
    }

    List<Choice> choices(String key) {
        return list(key, "an object with a text name and value", OptionReader::choice);
    }

    private static Choice choice(JsonNode item) {
        if (!(item instanceof ObjectNode entry)) return null;
        var name = entry.get("name");
        var value = entry.get("value");
        if (name == null || !name.isTextual() || value == null || !value.isTextual()) return null;
        var extra = entry.deepCopy();
        extra.remove(List.of("name", "value"));
        return new Choice(name.textValue(), value.textValue(), extra);
    }

    /** The options every type has, and every key nobody read; so call it after the type's own options. */
    FieldBasics basics() {
        var pos = whole("pos", Integer.MIN_VALUE);
        var required = flag("required");
        var translatable = flag("translatable");
        var defaultValue = raw("default_value");
        var description = text("description");
        var displayName = text("display_name");
        return new FieldBasics(pos, required, translatable, defaultValue, description, displayName, rest());
    }

    private ObjectNode rest() {
        var rest = node.deepCopy();
        rest.remove(read);
        return rest;
    }
}
