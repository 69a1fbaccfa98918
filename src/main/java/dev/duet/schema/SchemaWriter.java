package dev.duet.schema;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.duet.schema.FieldType.*;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;

/** Writes a schema back as Storyblok-shaped JSON: each field's type, its set options, then the options Duet did not know. */
final class SchemaWriter {

    private static final JsonNodeFactory NODES = JsonNodeFactory.instance;

    private SchemaWriter() {
    }

    static ObjectNode write(Map<String, FieldType> fields) {
        var json = NODES.objectNode();
        fields.forEach((key, field) -> json.set(key, write(field)));
        return json;
    }

    static ObjectNode write(FieldType field) {
        var json = new Writer();
        json.text("type", field.typeName());
        var basics = field.basics();
        json.number("pos", basics.pos());
        json.text("display_name", basics.displayName());
        json.flag("required", basics.required());
        json.flag("translatable", basics.translatable());
        json.value("default_value", basics.defaultValue());
        json.text("description", basics.description());
        writeOptions(field, json);
        basics.extra().properties().forEach(entry -> json.value(entry.getKey(), entry.getValue()));
        return json.node;
    }

    private static void writeOptions(FieldType field, Writer json) {
        switch (field) {
            case TextField f -> json.textRules(f.rules());
            case TextareaField f -> json.textRules(f.rules());
            case MarkdownField f -> json.textRules(f.rules());
            case RichtextField f -> {
                json.flag("customize_toolbar", f.customizeToolbar());
                json.texts("toolbar", f.toolbar());
                json.flag("restrict_components", f.restrictComponents());
                json.texts("component_whitelist", f.componentWhitelist());
            }
            case NumberField f -> {
                json.decimal("min_value", f.minValue());
                json.decimal("max_value", f.maxValue());
                json.number("decimals", f.decimals());
                json.decimal("steps", f.steps());
            }
            case OptionField f -> json.choices(f.choices());
            case OptionsField f -> {
                json.choices(f.choices());
                json.number("min_options", f.minOptions());
                json.number("max_options", f.maxOptions());
            }
            case AssetField f -> json.fileKinds(f.filetypes());
            case MultiassetField f -> json.fileKinds(f.filetypes());
            case MultilinkField f -> {
                json.flag("allow_target_blank", f.allowTargetBlank());
                json.flag("email_link_type", f.emailLinkType());
                json.flag("asset_link_type", f.assetLinkType());
                json.flag("restrict_content_types", f.restrictContentTypes());
                json.texts("component_whitelist", f.componentWhitelist());
            }
            case BloksField f -> {
                json.flag("restrict_components", f.restrictComponents());
                json.texts("component_whitelist", f.componentWhitelist());
                json.text("restrict_type", f.restrictType());
                json.texts("component_group_whitelist", f.componentGroupWhitelist());
                json.number("minimum", f.minimum());
                json.number("maximum", f.maximum());
            }
            case SectionField f -> json.texts("keys", f.keys());
            case TabField f -> json.texts("keys", f.keys());
            case CustomField f -> {
                json.text("field_type", f.fieldType());
                json.choiceList("options", f.options());
            }
            case BooleanField f -> {
            }
            case DatetimeField f -> {
            }
            case TableField f -> {
            }
        }
    }

    /** Puts only the options that are set, so an option absent on the way in stays absent on the way out. */
    private static final class Writer {
        final ObjectNode node = NODES.objectNode();

        void text(String key, String value) {
            if (value != null) node.put(key, value);
        }

        void number(String key, Integer value) {
            if (value != null) node.put(key, value);
        }

        void decimal(String key, BigDecimal value) {
            if (value != null) node.put(key, value);
        }

        void flag(String key, Boolean value) {
            if (value != null) node.put(key, value);
        }

        void value(String key, JsonNode value) {
            if (value != null) node.set(key, value.deepCopy());
        }

        void texts(String key, List<String> values) {
            if (values == null) return;
            var array = node.putArray(key);
            values.forEach(array::add);
        }

        void textRules(TextRules rules) {
            number("max_length", rules.maxLength());
            text("regex", rules.regex());
            flag("rtl", rules.rtl());
        }

        void choices(Choices choices) {
            text("source", choices.source() == null ? null : choices.source().wireName());
            choiceList("options", choices.options());
            text("datasource_slug", choices.datasourceSlug());
            flag("exclude_empty_option", choices.excludeEmptyOption());
        }

        void choiceList(String key, List<Choice> choices) {
            if (choices == null) return;
            ArrayNode array = node.putArray(key);
            for (var choice : choices) {
                var entry = array.addObject().put("name", choice.name()).put("value", choice.value());
                entry.setAll(choice.extra());
            }
        }

        void fileKinds(List<FileKind> kinds) {
            if (kinds == null) return;
            var array = node.putArray("filetypes");
            kinds.forEach(kind -> array.add(kind.wireName()));
        }
    }
}
