package dev.duet.schema;

import com.fasterxml.jackson.databind.JsonNode;
import dev.duet.schema.FieldType.*;

/**
 * Whether a field's value counts as not filled in. An empty value is only checked by {@code required}; the shapes
 * are those Storyblok's editor leaves behind (blank strings, empty lists, an asset with a blank filename, a link
 * that points nowhere, a document with one blank paragraph).
 */
final class Emptiness {

    private Emptiness() {
    }

    static boolean isEmpty(FieldType field, JsonNode value) {
        if (value == null || value.isNull() || value.isMissingNode()) return true;
        return switch (field) {
            case TextField f -> blank(value);
            case TextareaField f -> blank(value);
            case MarkdownField f -> blank(value);
            case NumberField f -> blank(value);
            case DatetimeField f -> blank(value);
            case OptionField f -> blank(value);
            case CustomField f -> blank(value);
            case OptionsField f -> emptyArray(value);
            case MultiassetField f -> emptyArray(value);
            case BloksField f -> emptyArray(value);
            case AssetField f -> value.isObject() && value.has("filename") && blank(value.get("filename"));
            case MultilinkField f -> value.isObject() && !ObjectChecks.linksSomewhere(value);
            case RichtextField f -> blank(value) || value.isObject() && "doc".equals(value.path("type").asText())
                    && !RichtextChecks.hasContent(value);
            case TableField f -> value.isObject() && ObjectChecks.tableIsEmpty(value);
            case BooleanField f -> false;
            case SectionField f -> true;
            case TabField f -> true;
        };
    }

    private static boolean blank(JsonNode value) {
        return value.isNull() || value.isTextual() && value.textValue().isBlank();
    }

    private static boolean emptyArray(JsonNode value) {
        return value.isArray() && value.isEmpty();
    }
}
