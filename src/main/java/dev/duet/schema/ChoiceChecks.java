package dev.duet.schema;

import dev.duet.failure.Problems;
import com.fasterxml.jackson.databind.JsonNode;
import dev.duet.schema.FieldType.OptionsField;

/** Option (one value) and options (a list of values) fields; values are checked only against the field's own list. */
final class ChoiceChecks {

    private static final int LISTED = 10;

    private ChoiceChecks() {
    }

    static void option(Choices choices, JsonNode value, String path, Problems problems) {
        if (!value.isTextual()) {
            problems.add(path, "must be text (the value of an option)");
            return;
        }
        offered(choices, value.textValue(), path, problems);
    }

    static void options(OptionsField field, JsonNode value, String path, Problems problems) {
        if (!value.isArray()) {
            problems.add(path, "must be an array of option values");
            return;
        }
        for (int i = 0; i < value.size(); i++) {
            var item = value.get(i);
            if (item.isTextual()) offered(field.choices(), item.textValue(), Paths.index(path, i), problems);
            else problems.add(Paths.index(path, i), "must be text (the value of an option)");
        }
        if (field.minOptions() != null && value.size() < field.minOptions()) {
            problems.add(path, "choose at least " + field.minOptions() + " (chose " + value.size() + ")");
        }
        if (field.maxOptions() != null && value.size() > field.maxOptions()) {
            problems.add(path, "choose at most " + field.maxOptions() + " (chose " + value.size() + ")");
        }
    }

    private static void offered(Choices choices, String value, String path, Problems problems) {
        if (!choices.checksValues() || choices.offers(value)) return;
        var values = choices.values();
        var listed = String.join(", ", values.subList(0, Math.min(LISTED, values.size())));
        problems.add(path, "\"" + value + "\" is not one of the options"
                + (values.isEmpty() ? " (the field has none)" : " (" + listed + (values.size() > LISTED ? ", …)" : ")")));
    }
}
