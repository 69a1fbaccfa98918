package dev.duet.schema;

import com.fasterxml.jackson.databind.JsonNode;
import dev.duet.failure.InvalidInput;
import dev.duet.schema.SchemaPlan.Change;
import dev.duet.schema.SchemaPlan.LossReason;
import dev.duet.schema.StoryContents.StoryContent;
import dev.duet.web.Json;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.InstanceOfAssertFactories.type;

class SchemaPlannerTest {

    private static final String HERO = """
            {"name": "hero", "schema": {"title": {"type": "text", "pos": 0, "translatable": true},
             "image": {"type": "asset", "pos": 1}, "count": {"type": "text", "pos": 2}}}""";
    private static final String PAGE = """
            {"name": "page", "is_root": true, "is_nestable": false,
             "schema": {"body": {"type": "bloks", "pos": 0}}}""";

    private final List<Component> current = new ArrayList<>();
    private final List<ComponentGroup> groups = new ArrayList<>();
    private final List<StoryContent> stories = new ArrayList<>();

    private void stored(String... components) {
        for (var json : components) {
            var draft = ComponentDraft.parse(Json.tree(json));
            current.add(new Component(current.size() + 1, 1, draft.name(), draft.displayName(), draft.schema(), draft.isRoot(),
                    draft.isNestable(), draft.componentGroupUuid(), draft.previewField(), draft.image(), draft.color(),
                    draft.icon(), null, null, 1));
        }
    }

    private void story(String slug, String draft, String published) {
        stories.add(new StoryContent(stories.size() + 1, slug, false, null, Json.tree(draft),
                published == null ? null : Json.tree(published)));
    }

    private SchemaPlanner.Planned plan(String files, String renames) {
        var body = Json.tree("{" + files + (renames.isEmpty() ? "" : ", " + renames) + "}");
        return SchemaPlanner.plan(current, groups, SchemaFile.parse(body), Renames.parse(body), uuid -> true, stories);
    }

    private static String components(String... components) {
        return "\"components\": [" + String.join(", ", components) + "]";
    }

    private static String page(String heroFields) {
        return """
                {"component": "page", "_uid": "p", "body": [{"component": "hero", "_uid": "h1", %s}]}""".formatted(heroFields);
    }

    @Test
    void the_same_files_as_the_space_plan_nothing() {
        stored(HERO, PAGE);
        story("home", page("\"title\": \"Hi\""), null);

        var plan = plan(components(PAGE, HERO), "").plan();

        assertThat(plan.upToDate()).isTrue();
        assertThat(plan.components()).isEmpty();
        assertThat(plan.storiesToMigrate()).isZero();
    }

    @Test
    void added_removed_and_changed_fields_are_listed_with_each_changed_attribute() {
        stored(HERO, PAGE);
        var hero = """
                {"name": "hero", "display_name": "Hero", "schema": {"title": {"type": "text", "pos": 0, "translatable": true,
                 "required": true}, "count": {"type": "text", "pos": 2}, "subtitle": {"type": "textarea", "pos": 3}}}""";

        var plan = plan(components(PAGE, hero), "").plan();

        assertThat(plan.components()).hasSize(1);
        var change = plan.components().getFirst();
        assertThat(change.change()).isEqualTo(Change.CHANGED);
        assertThat(change.attributes()).extracting(SchemaPlan.AttributeChange::key).containsExactly("display_name");
        assertThat(change.fields()).extracting(f -> f.change().id() + " " + f.key() + " " + f.type())
                .containsExactly("changed title text", "added subtitle textarea", "removed image asset");
        var required = change.fields().getFirst().attributes().getFirst();
        assertThat(required.key()).isEqualTo("required");
        assertThat(required.from()).isNull();
        assertThat(required.to().asBoolean()).isTrue();
    }

    @Test
    void a_renamed_field_takes_its_values_and_translations_along_in_place() {
        stored(HERO, PAGE);
        story("home", page("\"title\": \"Hi\", \"title__i18n__de\": \"Hallo\", \"count\": \"3\""), null);
        story("about", page("\"count\": \"1\""), null);
        var hero = HERO.replace("\"title\"", "\"headline\"");

        var planned = plan(components(PAGE, hero), "\"renames\": [{\"component\": \"hero\", \"from\": \"title\", \"to\": \"headline\"}]");

        var field = planned.plan().components().getFirst().fields().getFirst();
        assertThat(field.change()).isEqualTo(Change.RENAMED);
        assertThat(field.renamedFrom()).isEqualTo("title");
        assertThat(field.attributes()).isEmpty();
        assertThat(planned.plan().migrations()).singleElement()
                .satisfies(migration -> assertThat(migration.stories()).isEqualTo(1));
        assertThat(planned.plan().dataLoss()).isEmpty();
        assertThat(planned.plan().storiesToMigrate()).isEqualTo(1);
        var rewritten = planned.rewrite().rewrite(stories.getFirst().draft()).at("/body/0");
        assertThat(rewritten.fieldNames()).toIterable().containsExactly("component", "_uid", "headline", "headline__i18n__de", "count");
        assertThat(rewritten.get("headline__i18n__de").asText()).isEqualTo("Hallo");
        assertThat(planned.rewrite().rewrite(stories.get(1).draft())).isSameAs(stories.get(1).draft());
    }

    @Test
    void a_rename_already_done_is_skipped_so_the_same_push_twice_plans_nothing() {
        stored(HERO.replace("\"title\"", "\"headline\""), PAGE);

        var plan = plan(components(PAGE, HERO.replace("\"title\"", "\"headline\"")),
                "\"renames\": [{\"component\": \"hero\", \"from\": \"title\", \"to\": \"headline\"}]").plan();

        assertThat(plan.upToDate()).isTrue();
    }

    @Test
    void a_removed_field_loses_the_data_of_each_story_whose_draft_or_published_version_has_a_value() {
        stored(HERO, PAGE);
        story("b-draft", page("\"image\": {\"filename\": \"a.png\"}"), null);
        story("a-published", page("\"title\": \"x\""), page("\"image\": {\"filename\": \"b.png\"}"));
        story("c-empty", page("\"image\": {\"filename\": \"\"}"), null);
        var hero = """
                {"name": "hero", "schema": {"title": {"type": "text", "pos": 0, "translatable": true},
                 "count": {"type": "text", "pos": 2}}}""";

        var planned = plan(components(PAGE, hero), "");

        assertThat(planned.plan().losesData()).isTrue();
        assertThat(planned.plan().dataLoss()).singleElement().satisfies(loss -> {
            assertThat(loss.component()).isEqualTo("hero");
            assertThat(loss.field()).isEqualTo("image");
            assertThat(loss.reason()).isEqualTo(LossReason.FIELD_REMOVED);
            assertThat(loss.stories()).isEqualTo(2);
            assertThat(loss.examples()).containsExactly("a-published", "b-draft");
        });
        assertThat(planned.plan().storiesToMigrate()).isEqualTo(3);
        assertThat(planned.rewrite().rewrite(stories.getFirst().draft()).at("/body/0").has("image")).isFalse();
    }

    @Test
    void a_changed_type_keeps_the_values_the_new_type_accepts_and_loses_the_rest() {
        stored(HERO, PAGE);
        story("fits", page("\"count\": \"42\""), null);
        story("misfit", page("\"count\": \"many\", \"count__i18n__de\": \"7\""), null);
        var hero = HERO.replace("\"count\": {\"type\": \"text\"", "\"count\": {\"type\": \"number\"");

        var planned = plan(components(PAGE, hero), "");

        assertThat(planned.plan().dataLoss()).singleElement().satisfies(loss -> {
            assertThat(loss.reason()).isEqualTo(LossReason.TYPE_CHANGED);
            assertThat(loss.examples()).containsExactly("misfit");
        });
        assertThat(planned.rewrite().rewrite(stories.getFirst().draft())).isSameAs(stories.getFirst().draft());
        var misfit = planned.rewrite().rewrite(stories.get(1).draft()).at("/body/0");
        assertThat(misfit.has("count")).isFalse();
        assertThat(misfit.get("count__i18n__de").asText()).isEqualTo("7");
    }

    @Test
    void a_removed_component_loses_its_nested_bloks_and_cannot_go_while_it_is_a_content_type() {
        stored(HERO, PAGE);
        story("home", page("\"title\": \"Hi\""), null);

        var withoutHero = plan(components(PAGE), "");
        var withoutPage = plan(components(HERO), "").plan();

        assertThat(withoutHero.plan().dataLoss()).singleElement().satisfies(loss -> {
            assertThat(loss.reason()).isEqualTo(LossReason.COMPONENT_REMOVED);
            assertThat(loss.field()).isNull();
        });
        assertThat(withoutHero.rewrite().rewrite(stories.getFirst().draft()).get("body")).isEmpty();
        assertThat(withoutHero.plan().components()).singleElement()
                .satisfies(change -> assertThat(change.change()).isEqualTo(Change.REMOVED));
        assertThat(withoutPage.blockers()).singleElement().satisfies(blocker -> {
            assertThat(blocker.component()).isEqualTo("page");
            assertThat(blocker.examples()).containsExactly("home");
        });
    }

    @Test
    void a_renamed_component_renames_its_bloks_and_follows_into_folders_default_content_type() {
        stored(HERO, PAGE);
        story("home", page("\"title\": \"Hi\""), null);
        stories.add(new StoryContent(9, "blog", true, "page", null, null));
        var landing = PAGE.replace("\"page\"", "\"landing\"");

        var planned = plan(components(landing, HERO), "\"component_renames\": [{\"from\": \"page\", \"to\": \"landing\"}]");

        assertThat(planned.plan().components()).singleElement().satisfies(change -> {
            assertThat(change.change()).isEqualTo(Change.RENAMED);
            assertThat(change.renamedFrom()).isEqualTo("page");
            assertThat(change.fields()).isEmpty();
        });
        assertThat(planned.plan().storiesToMigrate()).isEqualTo(2);
        assertThat(planned.rewrite().rewrite(stories.getFirst().draft()).get("component").asText()).isEqualTo("landing");
        assertThat(planned.rewrite().contentType("page")).isEqualTo("landing");
    }

    @Test
    void renames_that_do_not_fit_the_files_and_the_space_are_refused_with_their_paths() {
        stored(HERO, PAGE);

        assertThatThrownBy(() -> plan(components(PAGE, HERO), """
                "renames": [{"component": "hero", "from": "title", "to": "headline"},
                            {"component": "nope", "from": "a", "to": "b"},
                            {"component": "hero", "from": "missing", "to": "caption"}],
                "component_renames": [{"from": "ghost", "to": "landing"}]"""))
                .asInstanceOf(type(InvalidInput.class))
                .satisfies(e -> assertThat(e.details()).extracting(Object::toString).containsExactly(
                        "component_renames[0].from: the space has no component \"ghost\"",
                        "renames[0].from: the files' hero still has \"title\"; a renamed field leaves its old key",
                        "renames[1].component: the files have no component \"nope\"",
                        "renames[2].from: hero has no field \"missing\""));
    }

    @Test
    void groups_pair_by_uuid_then_by_name_and_components_refer_to_them_by_the_files_uuids() {
        groups.add(new ComponentGroup(1, "space-uuid-layout", 1, "Layout"));
        groups.add(new ComponentGroup(2, "space-uuid-old", 1, "Old"));
        stored(HERO.replace("\"name\": \"hero\"", "\"name\": \"hero\", \"component_group_uuid\": \"space-uuid-layout\""), PAGE);
        var files = components(PAGE, HERO.replace("\"name\": \"hero\"", "\"name\": \"hero\", \"component_group_uuid\": \"files-uuid\""))
                + ", \"component_groups\": [{\"uuid\": \"files-uuid\", \"name\": \"Layout\"}, {\"uuid\": \"space-uuid-old\", \"name\": \"Older\"},"
                + " {\"uuid\": \"1b4e28ba-2fa1-41d2-883f-0016d3cca427\", \"name\": \"New\"}]";

        var planned = plan(files, "");

        assertThat(planned.plan().components()).isEmpty();
        assertThat(planned.plan().componentGroups()).extracting(g -> g.change().id() + " " + g.name() + " " + g.renamedFrom())
                .containsExactly("added New null", "renamed Older Old");
        assertThat(planned.writes().groups().created()).singleElement()
                .satisfies(group -> assertThat(group.uuid()).isEqualTo("1b4e28ba-2fa1-41d2-883f-0016d3cca427"));
    }

    @Test
    void the_same_inputs_give_the_same_plan() {
        stored(HERO, PAGE);
        story("home", page("\"title\": \"Hi\", \"image\": {\"filename\": \"a.png\"}"), null);
        story("about", page("\"image\": {\"filename\": \"b.png\"}"), null);
        var files = components(PAGE.replace("\"pos\": 0", "\"pos\": 1"), "{\"name\": \"teaser\"}");

        JsonNode first = Json.mapper().valueToTree(plan(files, "").plan());
        JsonNode second = Json.mapper().valueToTree(plan(files, "").plan());

        assertThat(first).isEqualTo(second);
        assertThat(first.at("/components").findValuesAsText("name")).containsExactly("hero", "page", "teaser");
    }

    @Test
    void files_with_an_unknown_type_or_a_dangling_whitelist_are_refused_naming_the_component_and_field() {
        var unknownType = Json.tree("{" + components("{\"name\": \"hero\", \"schema\": {\"title\": {\"type\": \"txt\"}}}") + "}");
        var dangling = Json.tree("{" + components("""
                {"name": "page", "schema": {"body": {"type": "bloks", "restrict_components": true, "component_whitelist": ["quote"]}}}""") + "}");
        var twice = Json.tree("{" + components("{\"name\": \"hero\"}", "{\"name\": \"Hero\"}") + "}");

        assertThatThrownBy(() -> SchemaFile.parse(unknownType)).asInstanceOf(type(InvalidInput.class))
                .satisfies(e -> assertThat(e.details()).extracting(Object::toString)
                        .containsExactly("components[0].schema.title.type: unknown field type \"txt\""));
        assertThatThrownBy(() -> SchemaFile.parse(dangling)).asInstanceOf(type(InvalidInput.class))
                .satisfies(e -> assertThat(e.details()).extracting(Object::toString)
                        .containsExactly("components[0].schema.body.component_whitelist[0]: no component \"quote\" in this space"));
        assertThatThrownBy(() -> SchemaFile.parse(twice)).asInstanceOf(type(InvalidInput.class))
                .satisfies(e -> assertThat(e.details()).extracting(Object::toString)
                        .containsExactly("components[1].name: \"hero\" is also components[0]"));
    }
}
