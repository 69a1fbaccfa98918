package dev.duet.schema;

import com.fasterxml.jackson.databind.JsonNode;
import dev.duet.failure.InvalidInput;
import dev.duet.schema.FieldType.*;
import dev.duet.web.Json;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.InstanceOfAssertFactories.type;

class SchemaTest {

    /** Every type with every option it knows, in Storyblok's shape; shared with the HTTP round-trip test. */
    static final String EVERY_TYPE = """
            {
              "title": {"type": "text", "pos": 0, "display_name": "Title", "required": true, "translatable": true,
                        "default_value": "Hello", "description": "The headline", "max_length": 80, "regex": "^[A-Z]", "rtl": false},
              "teaser": {"type": "textarea", "pos": 1, "max_length": 300},
              "notes": {"type": "markdown", "pos": 2, "rich_markdown": true, "regex": "\\\\w+"},
              "text": {"type": "richtext", "pos": 3, "customize_toolbar": true, "toolbar": ["bold", "italic", "blok"],
                       "restrict_components": true, "component_whitelist": ["cta"]},
              "price": {"type": "number", "pos": 4, "min_value": 0, "max_value": 99.5, "decimals": 2, "steps": 0.5},
              "featured": {"type": "boolean", "pos": 5, "inline_label": true, "default_value": false},
              "starts_at": {"type": "datetime", "pos": 6, "disable_time": false},
              "color": {"type": "option", "pos": 7, "source": "internal", "exclude_empty_option": true,
                        "options": [{"_uid": "a1", "name": "Red", "value": "red"}, {"name": "Blue", "value": "blue"}]},
              "tags": {"type": "options", "pos": 8, "source": "datasource", "datasource_slug": "tags",
                       "min_options": 1, "max_options": 3},
              "author": {"type": "option", "pos": 9, "source": "internal_stories", "filter_content_type": ["author"]},
              "locale": {"type": "option", "pos": 10, "source": "internal_languages"},
              "feed": {"type": "options", "pos": 11, "source": "external", "external_datasource": "https://example.com/feed.json"},
              "image": {"type": "asset", "pos": 12, "filetypes": ["images"], "asset_folder_id": 7},
              "gallery": {"type": "multiasset", "pos": 13, "filetypes": ["images", "videos", "audios", "texts"]},
              "link": {"type": "multilink", "pos": 14, "allow_target_blank": true, "email_link_type": true,
                       "asset_link_type": false, "restrict_content_types": true, "component_whitelist": ["page"]},
              "body": {"type": "bloks", "pos": 15, "restrict_components": true, "component_whitelist": ["cta", "page"],
                       "restrict_type": "", "minimum": 1, "maximum": 5},
              "sidebar": {"type": "bloks", "pos": 16, "restrict_components": true, "restrict_type": "groups",
                          "component_group_whitelist": ["6c9d2b7e-0000-4000-8000-000000000001"]},
              "prices": {"type": "table", "pos": 17},
              "seo": {"type": "section", "pos": 18, "keys": ["title", "teaser"]},
              "tab-3f2a": {"type": "tab", "pos": 19, "display_name": "Settings", "keys": ["featured"]},
              "rating": {"type": "custom", "pos": 20, "field_type": "star-rating",
                         "options": [{"name": "max", "value": "5"}], "required": false}
            }
            """;

    @Test
    void every_field_type_reads_into_its_own_record() {
        var schema = Schema.parse(Json.tree(EVERY_TYPE));

        assertThat(schema.fields().values()).extracting(field -> field.getClass().getSimpleName()).containsExactly(
                "TextField", "TextareaField", "MarkdownField", "RichtextField", "NumberField", "BooleanField",
                "DatetimeField", "OptionField", "OptionsField", "OptionField", "OptionField", "OptionsField",
                "AssetField", "MultiassetField", "MultilinkField", "BloksField", "BloksField", "TableField",
                "SectionField", "TabField", "CustomField");
        assertThat(schema.fields().values()).extracting(FieldType::typeName).containsAll(FieldParser.TYPES);
    }

    @Test
    void options_are_read_into_typed_values() {
        var schema = Schema.parse(Json.tree(EVERY_TYPE));

        var title = (TextField) schema.fields().get("title");
        assertThat(title.rules()).isEqualTo(new TextRules(80, "^[A-Z]", false));
        assertThat(title.basics().isRequired()).isTrue();
        assertThat(title.basics().isTranslatable()).isTrue();
        assertThat(title.basics().defaultValue().asText()).isEqualTo("Hello");
        var price = (NumberField) schema.fields().get("price");
        assertThat(price.maxValue()).isEqualByComparingTo("99.5");
        assertThat(price.decimals()).isEqualTo(2);
        var color = (OptionField) schema.fields().get("color");
        assertThat(color.choices().values()).containsExactly("red", "blue");
        assertThat(color.choices().checksValues()).isTrue();
        assertThat(((OptionsField) schema.fields().get("tags")).choices().checksValues()).isFalse();
        assertThat(((AssetField) schema.fields().get("image")).filetypes()).containsExactly(FileKind.IMAGES);
        var body = (BloksField) schema.fields().get("body");
        assertThat(body.componentWhitelist()).containsExactly("cta", "page");
        assertThat(body.minimum()).isEqualTo(1);
        assertThat(((BloksField) schema.fields().get("sidebar")).restrictsByGroups()).isTrue();
        assertThat(((TabField) schema.fields().get("tab-3f2a")).keys()).containsExactly("featured");
        assertThat(((CustomField) schema.fields().get("rating")).fieldType()).isEqualTo("star-rating");
        assertThat(schema.fields().get("notes").basics().extra().get("rich_markdown").asBoolean()).isTrue();
    }

    @Test
    void a_schema_with_every_field_type_writes_back_as_the_same_json() {
        var json = Json.tree(EVERY_TYPE);

        var written = Json.tree(Json.write(Schema.parse(json)));

        assertThat(written).isEqualTo(json);
        assertThat(written.fieldNames()).toIterable().containsExactlyElementsOf(json::fieldNames);
    }

    @Test
    void numbers_written_as_strings_by_storyblok_exports_read_as_numbers_and_empty_strings_as_unset() {
        var schema = Schema.parse(Json.tree("""
                {"title": {"type": "text", "max_length": "40", "regex": ""},
                 "count": {"type": "number", "min_value": "1.5", "max_value": ""}}
                """));

        assertThat(((TextField) schema.fields().get("title")).rules().maxLength()).isEqualTo(40);
        var count = (NumberField) schema.fields().get("count");
        assertThat(count.minValue()).isEqualByComparingTo(new BigDecimal("1.5"));
        assertThat(count.maxValue()).isNull();
        assertThat(schema.toJson().get("count").has("max_value")).isFalse();
    }

    @Test
    void an_unknown_field_type_is_named_with_its_path() {
        assertThat(problems("{\"title\": {\"type\": \"txt\"}}"))
                .containsExactly("schema.title.type: unknown field type \"txt\"");
    }

    @Test
    void a_field_without_a_type_or_not_an_object_is_refused() {
        assertThat(problems("{\"title\": {\"pos\": 1}, \"body\": \"bloks\", \"x\": {\"type\": 3}}")).containsExactly(
                "schema.title.type: required",
                "schema.body: must be an object with a type",
                "schema.x.type: must be text naming a field type");
    }

    @Test
    void a_schema_that_is_not_an_object_is_refused() {
        assertThat(problems("[1, 2]")).containsExactly("schema: must be an object of fields, like {\"title\": {\"type\": \"text\"}}");
    }

    @Test
    void invalid_and_reserved_field_keys_are_refused() {
        var problems = problems("""
                {"Title": {"type": "text"}, "1st": {"type": "text"}, "my-field": {"type": "text"},
                 "component": {"type": "text"}, "_uid": {"type": "text"}, "_editable": {"type": "text"},
                 "title__i18n__de": {"type": "text"}, "ok_key_2": {"type": "text"}, "_private": {"type": "text"}}
                """);

        assertThat(problems).hasSize(7);
        assertThat(problems).anyMatch(p -> p.startsWith("schema.Title: \"Title\" is not a valid field key"));
        assertThat(problems).anyMatch(p -> p.startsWith("schema.1st: "));
        assertThat(problems).anyMatch(p -> p.startsWith("schema.my-field: "));
        assertThat(problems).contains("schema.component: \"component\" is reserved for Duet and cannot be a field key",
                "schema._uid: \"_uid\" is reserved for Duet and cannot be a field key",
                "schema._editable: \"_editable\" is reserved for Duet and cannot be a field key",
                "schema.title__i18n__de: field keys cannot contain __i18n__ (it marks translations)");
    }

    @Test
    void layout_entries_may_use_storyblok_tab_keys_with_hyphens_but_fields_may_not() {
        var schema = Schema.parse(Json.tree("{\"tab-1b2c\": {\"type\": \"tab\", \"keys\": []}}"));

        assertThat(schema.fields()).containsKey("tab-1b2c");
        assertThat(problems("{\"my-title\": {\"type\": \"text\"}}")).hasSize(1);
    }

    @Test
    void malformed_options_are_each_named_with_their_path() {
        var problems = problems("""
                {"title": {"type": "text", "required": "yes", "max_length": -1, "regex": "(unclosed"},
                 "color": {"type": "option", "source": "self-made", "options": [{"name": "Red"}]},
                 "image": {"type": "asset", "filetypes": ["pictures"]},
                 "body": {"type": "bloks", "restrict_type": "tags", "minimum": 3, "maximum": 2, "component_whitelist": "hero"},
                 "price": {"type": "number", "min_value": 10, "max_value": 1, "decimals": "two"},
                 "rating": {"type": "custom"}}
                """);

        assertThat(problems).containsExactlyInAnyOrder(
                "schema.title.required: must be true or false",
                "schema.title.max_length: must be a whole number of 1 or more",
                "schema.title.regex: is not a valid regular expression: Unclosed group",
                "schema.color.source: must be internal, internal_stories, internal_languages, datasource or external",
                "schema.color.options[0]: must be an object with a text name and value",
                "schema.image.filetypes[0]: must be images, videos, audios or texts",
                "schema.body.restrict_type: must be \"groups\" or empty (Duet has no component tags)",
                "schema.body.maximum: must not be below minimum",
                "schema.body.component_whitelist: must be an array of text",
                "schema.price.decimals: must be a whole number of 0 or more",
                "schema.price.max_value: must not be below min_value",
                "schema.rating.field_type: required");
    }

    @Test
    void whitelists_are_listed_as_references_with_their_paths() {
        var schema = Schema.parse(Json.tree(EVERY_TYPE));

        assertThat(schema.componentReferences()).containsExactly(
                new Schema.Reference("schema.text.component_whitelist[0]", "cta"),
                new Schema.Reference("schema.link.component_whitelist[0]", "page"),
                new Schema.Reference("schema.body.component_whitelist[0]", "cta"),
                new Schema.Reference("schema.body.component_whitelist[1]", "page"));
        assertThat(schema.groupReferences()).containsExactly(new Schema.Reference(
                "schema.sidebar.component_group_whitelist[0]", "6c9d2b7e-0000-4000-8000-000000000001"));
    }

    @Test
    void renaming_a_component_renames_it_in_every_whitelist_and_nothing_else() {
        var schema = Schema.parse(Json.tree(EVERY_TYPE)).renamingComponent("cta", "call_to_action");

        assertThat(((BloksField) schema.fields().get("body")).componentWhitelist()).containsExactly("call_to_action", "page");
        assertThat(((RichtextField) schema.fields().get("text")).componentWhitelist()).containsExactly("call_to_action");
        assertThat(((TextField) schema.fields().get("title")).rules().regex()).isEqualTo("^[A-Z]");
    }

    @Test
    void an_absent_or_null_schema_is_empty() {
        assertThat(Schema.parse(null).fields()).isEmpty();
        assertThat(Schema.parse(Json.tree("null")).fields()).isEmpty();
    }

    private static List<String> problems(String json) {
        JsonNode tree = Json.tree(json);
        return assertThatThrownBy(() -> Schema.parse(tree)).asInstanceOf(type(InvalidInput.class))
                .satisfies(e -> assertThat(e.getMessage()).isEqualTo("invalid component schema"))
                .actual().details().stream().map(Object::toString).toList();
    }
}
