package dev.duet.app;

import com.fasterxml.jackson.databind.JsonNode;

import java.io.PrintWriter;
import java.util.ArrayList;

/**
 * Prints a schema plan (the plan endpoint's JSON) for people: {@code +} added, {@code -} removed, {@code ~} changed,
 * {@code >} renamed, then the content each rename moves, the data that would be lost, and what blocks the change.
 */
final class PlanPrinter {

    private final PrintWriter out;

    PlanPrinter(PrintWriter out) {
        this.out = out;
    }

    void print(JsonNode plan) {
        if (plan.path("up_to_date").asBoolean()) {
            out.println("No changes: the space's schema already matches the files.");
            return;
        }
        for (var group : plan.path("component_groups")) {
            out.println(switch (group.path("change").asText()) {
                case "added" -> "+ group " + group.path("name").asText();
                case "removed" -> "- group " + group.path("name").asText();
                default -> "> group " + group.path("renamed_from").asText() + " renamed to " + group.path("name").asText();
            });
        }
        plan.path("components").forEach(this::component);
        section("Content moved by renames:", plan.path("migrations"), migration -> "  " + migration.path("component").asText()
                + (migration.path("kind").asText().equals("field_renamed")
                ? "." + migration.path("from").asText() + " -> " + migration.path("to").asText()
                : ": bloks of " + migration.path("from").asText() + " -> " + migration.path("to").asText())
                + " in " + stories(migration.path("stories").asInt()));
        section("DATA LOSS: applying drops these values (older versions keep them):", plan.path("data_loss"), loss ->
                "  ! " + loss(loss) + " in " + stories(loss.path("stories").asInt()) + examples(loss));
        section("BLOCKED: these changes cannot be applied:", plan.path("blockers"),
                blocker -> "  ! " + blocker.path("message").asText() + examples(blocker));
        if (plan.path("stories_to_migrate").asInt() > 0) {
            out.println(stories(plan.path("stories_to_migrate").asInt()) + " will get a new version.");
        }
    }

    private void component(JsonNode component) {
        var name = component.path("name").asText();
        switch (component.path("change").asText()) {
            case "added" -> out.println("+ component " + name);
            case "removed" -> out.println("- component " + name);
            case "renamed" -> out.println("> component " + component.path("renamed_from").asText() + " renamed to " + name);
            default -> out.println("~ component " + name);
        }
        boolean removed = component.path("change").asText().equals("removed");
        component.path("attributes").forEach(attribute -> out.println("    ~ " + attribute(attribute)));
        for (var field : component.path("fields")) {
            var key = field.path("key").asText();
            var type = " (" + field.path("type").asText() + ")";
            switch (field.path("change").asText()) {
                case "added" -> out.println("    + " + key + type);
                case "removed" -> {
                    if (!removed) out.println("    - " + key + type);
                }
                case "renamed" -> out.println("    > " + field.path("renamed_from").asText() + " renamed to " + key);
                default -> out.println("    ~ " + key + type);
            }
            field.path("attributes").forEach(attribute -> out.println("        ~ " + attribute(attribute)));
        }
    }

    private static String attribute(JsonNode attribute) {
        return attribute.path("key").asText() + ": " + value(attribute.get("from")) + " -> " + value(attribute.get("to"));
    }

    private static String value(JsonNode value) {
        return value == null || value.isNull() ? "(none)" : value.toString();
    }

    private static String loss(JsonNode loss) {
        var component = loss.path("component").asText();
        var field = loss.path("field").asText();
        return switch (loss.path("reason").asText()) {
            case "component_removed" -> "bloks of removed component " + component;
            case "type_changed" -> component + "." + field + " values its new type does not accept";
            default -> "removed field " + component + "." + field;
        };
    }

    private void section(String title, JsonNode items, java.util.function.Function<JsonNode, String> line) {
        if (items.isEmpty()) return;
        out.println();
        out.println(title);
        items.forEach(item -> out.println(line.apply(item)));
    }

    /** A few of the stories' full slugs, and "..." when there are more. */
    private static String examples(JsonNode item) {
        var slugs = new ArrayList<String>();
        item.path("examples").forEach(slug -> slugs.add(slug.asText()));
        boolean more = item.path("stories").asInt() > slugs.size();
        return slugs.isEmpty() ? "" : ": " + String.join(", ", slugs) + (more ? ", ..." : "");
    }

    static String stories(int count) {
        return count + (count == 1 ? " story" : " stories");
    }
}
