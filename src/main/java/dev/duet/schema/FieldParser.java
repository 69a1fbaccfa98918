package dev.duet.schema;

import dev.duet.failure.Problems;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.duet.schema.FieldType.*;

import java.util.List;

/** Reads one field of a schema from Storyblok-shaped JSON into its {@link FieldType} record, reporting every problem. */
final class FieldParser {

    static final List<String> TYPES = List.of("text", "textarea", "markdown", "richtext", "number", "boolean",
            "datetime", "option", "options", "asset", "multiasset", "multilink", "bloks", "table", "section", "tab", "custom");

    private FieldParser() {
    }

    /** The field, or null when it is too malformed to read (the problems say why). */
    static FieldType parse(JsonNode json, String path, Problems problems) {
        if (!(json instanceof ObjectNode object)) {
            problems.add(path, "must be an object with a type");
            return null;
        }
        var type = object.get("type");
        if (type == null || type.isNull()) {
            problems.add(Paths.key(path, "type"), "required");
            return null;
        }
        if (!type.isTextual()) {
            problems.add(Paths.key(path, "type"), "must be text naming a field type");
            return null;
        }
        var options = new OptionReader(object, path, problems);
        var field = read(type.textValue(), options);
        if (field == null) {
            problems.add(Paths.key(path, "type"), "unknown field type \"" + type.textValue() + "\"");
            return null;
        }
        checkRanges(field, options);
        return field;
    }

    // Arguments evaluate left to right, so o.basics(), which keeps every key not read before it, always comes last.
    private static FieldType read(String type, OptionReader o) {
        return switch (type) {
            case "text" -> new TextField(textRules(o), o.basics());
            case "textarea" -> new TextareaField(textRules(o), o.basics());
            case "markdown" -> new MarkdownField(textRules(o), o.basics());
            case "richtext" -> new RichtextField(o.flag("customize_toolbar"), o.texts("toolbar"),
                    o.flag("restrict_components"), o.texts("component_whitelist"), o.basics());
            case "number" -> new NumberField(o.decimal("min_value"), o.decimal("max_value"), o.whole("decimals", 0),
                    o.decimal("steps"), o.basics());
            case "boolean" -> new BooleanField(o.basics());
            case "datetime" -> new DatetimeField(o.basics());
            case "option" -> new OptionField(choices(o), o.basics());
            case "options" -> new OptionsField(choices(o), o.whole("min_options", 0), o.whole("max_options", 1), o.basics());
            case "asset" -> new AssetField(fileKinds(o), o.basics());
            case "multiasset" -> new MultiassetField(fileKinds(o), o.basics());
            case "multilink" -> new MultilinkField(o.flag("allow_target_blank"), o.flag("email_link_type"),
                    o.flag("asset_link_type"), o.flag("restrict_content_types"), o.texts("component_whitelist"), o.basics());
            case "bloks" -> new BloksField(o.flag("restrict_components"), o.texts("component_whitelist"), restrictType(o),
                    o.texts("component_group_whitelist"), o.whole("minimum", 0), o.whole("maximum", 1), o.basics());
            case "table" -> new TableField(o.basics());
            case "section" -> new SectionField(o.texts("keys"), o.basics());
            case "tab" -> new TabField(o.texts("keys"), o.basics());
            case "custom" -> new CustomField(o.text("field_type"), o.choices("options"), o.basics());
            default -> null;
        };
    }

    private static TextRules textRules(OptionReader o) {
        return new TextRules(o.whole("max_length", 1), o.regex("regex"), o.flag("rtl"));
    }

    private static Choices choices(OptionReader o) {
        return new Choices(source(o), o.choices("options"), o.text("datasource_slug"), o.flag("exclude_empty_option"));
    }

    private static ChoiceSource source(OptionReader o) {
        var source = o.text("source");
        if (source == null || source.isEmpty()) return null;
        return ChoiceSource.of(source).orElseGet(() -> {
            o.problem("source", "must be internal, internal_stories, internal_languages, datasource or external");
            return null;
        });
    }

    private static List<FileKind> fileKinds(OptionReader o) {
        return o.list("filetypes", "images, videos, audios or texts",
                item -> item.isTextual() ? FileKind.of(item.textValue()).orElse(null) : null);
    }

    private static String restrictType(OptionReader o) {
        var type = o.text("restrict_type");
        if (type == null || type.isEmpty() || type.equals(BloksField.BY_GROUPS)) return type;
        o.problem("restrict_type", "must be \"groups\" or empty (Duet has no component tags)");
        return null;
    }

    private static void checkRanges(FieldType field, OptionReader o) {
        switch (field) {
            case NumberField number -> {
                if (number.minValue() != null && number.maxValue() != null
                        && number.minValue().compareTo(number.maxValue()) > 0) {
                    o.problem("max_value", "must not be below min_value");
                }
                if (number.steps() != null && number.steps().signum() <= 0) o.problem("steps", "must be above 0");
            }
            case OptionsField options -> order(o, options.minOptions(), options.maxOptions(), "min_options", "max_options");
            case BloksField bloks -> order(o, bloks.minimum(), bloks.maximum(), "minimum", "maximum");
            case CustomField custom -> {
                if (custom.fieldType() == null || custom.fieldType().isBlank()) o.problem("field_type", "required");
            }
            default -> {
            }
        }
    }

    private static void order(OptionReader o, Integer min, Integer max, String minKey, String maxKey) {
        if (min != null && max != null && min > max) o.problem(maxKey, "must not be below " + minKey);
    }
}
