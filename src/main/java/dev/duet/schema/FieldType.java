package dev.duet.schema;

import java.math.BigDecimal;
import java.util.List;

/**
 * One field of a component schema: its type and that type's options, following Storyblok's component schema JSON.
 * Every record ends with the {@link FieldBasics} all types share. Null options were not set; lists are copied.
 * Section and tab only group other fields in the editor and hold no value in content.
 */
public sealed interface FieldType {

    FieldBasics basics();

    /** Storyblok's name of the type, as in {@code "type": "bloks"}. */
    default String typeName() {
        return switch (this) {
            case TextField f -> "text";
            case TextareaField f -> "textarea";
            case MarkdownField f -> "markdown";
            case RichtextField f -> "richtext";
            case NumberField f -> "number";
            case BooleanField f -> "boolean";
            case DatetimeField f -> "datetime";
            case OptionField f -> "option";
            case OptionsField f -> "options";
            case AssetField f -> "asset";
            case MultiassetField f -> "multiasset";
            case MultilinkField f -> "multilink";
            case BloksField f -> "bloks";
            case TableField f -> "table";
            case SectionField f -> "section";
            case TabField f -> "tab";
            case CustomField f -> "custom";
        };
    }

    /** False for the layout-only types, whose key never holds content. */
    default boolean holdsValue() {
        return !(this instanceof SectionField || this instanceof TabField);
    }

    record TextField(TextRules rules, FieldBasics basics) implements FieldType {
    }

    record TextareaField(TextRules rules, FieldBasics basics) implements FieldType {
    }

    record MarkdownField(TextRules rules, FieldBasics basics) implements FieldType {
    }

    /** ProseMirror JSON; may embed {@code blok} nodes, restricted like a bloks field. */
    record RichtextField(Boolean customizeToolbar, List<String> toolbar, Boolean restrictComponents,
                         List<String> componentWhitelist, FieldBasics basics) implements FieldType {
        public RichtextField {
            toolbar = copy(toolbar);
            componentWhitelist = copy(componentWhitelist);
        }
    }

    /** Stored as a string in content, like Storyblok does; {@code steps} only guides the editor. */
    record NumberField(BigDecimal minValue, BigDecimal maxValue, Integer decimals, BigDecimal steps,
                       FieldBasics basics) implements FieldType {
    }

    record BooleanField(FieldBasics basics) implements FieldType {
    }

    record DatetimeField(FieldBasics basics) implements FieldType {
    }

    record OptionField(Choices choices, FieldBasics basics) implements FieldType {
    }

    record OptionsField(Choices choices, Integer minOptions, Integer maxOptions, FieldBasics basics) implements FieldType {
    }

    record AssetField(List<FileKind> filetypes, FieldBasics basics) implements FieldType {
        public AssetField {
            filetypes = copy(filetypes);
        }
    }

    record MultiassetField(List<FileKind> filetypes, FieldBasics basics) implements FieldType {
        public MultiassetField {
            filetypes = copy(filetypes);
        }
    }

    /** A link to a story, URL, email or asset; {@code component_whitelist} names the content types story links may target. */
    record MultilinkField(Boolean allowTargetBlank, Boolean emailLinkType, Boolean assetLinkType,
                          Boolean restrictContentTypes, List<String> componentWhitelist, FieldBasics basics) implements FieldType {
        public MultilinkField {
            componentWhitelist = copy(componentWhitelist);
        }
    }

    /**
     * A list of nested bloks. With {@code restrict_components}, only the whitelisted components are allowed, or, when
     * {@code restrict_type} is {@code groups}, only components of the whitelisted groups (by uuid).
     */
    record BloksField(Boolean restrictComponents, List<String> componentWhitelist, String restrictType,
                      List<String> componentGroupWhitelist, Integer minimum, Integer maximum,
                      FieldBasics basics) implements FieldType {
        public static final String BY_GROUPS = "groups";

        public BloksField {
            componentWhitelist = copy(componentWhitelist);
            componentGroupWhitelist = copy(componentGroupWhitelist);
        }

        public boolean restrictsByGroups() {
            return BY_GROUPS.equals(restrictType);
        }
    }

    /** {@code {"thead": [...], "tbody": [...]}} in content. */
    record TableField(FieldBasics basics) implements FieldType {
    }

    /** Groups the fields named in {@code keys} in the editor. */
    record SectionField(List<String> keys, FieldBasics basics) implements FieldType {
        public SectionField {
            keys = copy(keys);
        }
    }

    /** Shows the fields named in {@code keys} on a tab of the editor. */
    record TabField(List<String> keys, FieldBasics basics) implements FieldType {
        public TabField {
            keys = copy(keys);
        }
    }

    /** A field edited by a plugin named {@code field_type}; its value is the plugin's business. */
    record CustomField(String fieldType, List<Choice> options, FieldBasics basics) implements FieldType {
        public CustomField {
            options = copy(options);
        }
    }

    private static <T> List<T> copy(List<T> list) {
        return list == null ? null : List.copyOf(list);
    }
}
