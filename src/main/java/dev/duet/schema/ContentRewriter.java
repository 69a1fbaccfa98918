package dev.duet.schema;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.duet.failure.Problems;
import dev.duet.schema.SchemaPlan.LossReason;
import dev.duet.schema.SchemaPlan.MigrationKind;

import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * How applying a schema changes story content, blok by blok. A blok is any object with a text {@code component} and
 * {@code _uid}, wherever it sits (bloks fields, richtext blok nodes, translated fields), keyed by its component's
 * current name:
 * <ul>
 *   <li>a renamed field's key moves to the new key, its translations ({@code title__i18n__de}) along, in place;</li>
 *   <li>a removed field's key and translations go;</li>
 *   <li>a field whose type changed keeps each value the new type accepts and loses the others;</li>
 *   <li>a blok of a removed component goes from its list; a renamed component's bloks take the new name.</li>
 * </ul>
 * Immutable and thread-safe; a rewrite works on a copy.
 */
public final class ContentRewriter implements StoryContents.Rewrite {

    /** A field whose type changes, by its key after renames. */
    record Retype(FieldType from, FieldType to) {
    }

    /** What a rewrite did to one content tree: values lost, content moved by renames, root bloks that cannot go. */
    record Findings(Set<Loss> losses, Set<Moved> moves, Set<String> removedRoots) {
        Findings() {
            this(new HashSet<>(), new HashSet<>(), new HashSet<>());
        }

        void addAll(Findings other) {
            losses.addAll(other.losses);
            moves.addAll(other.moves);
            removedRoots.addAll(other.removedRoots);
        }
    }

    record Loss(String component, String field, LossReason reason) {
    }

    record Moved(MigrationKind kind, String component, String from, String to) {
    }

    record Result(JsonNode content, Findings findings) {
    }

    private static final String MARK = SchemaParser.TRANSLATION_MARK;

    private final Map<String, String> componentRenames;
    private final Map<String, Map<String, String>> fieldRenames;
    private final Map<String, Map<String, FieldType>> removedFields;
    private final Map<String, Map<String, Retype>> retyped;
    private final Set<String> removedComponents;
    private final List<Component> desired;

    /**
     * Maps are keyed by the component's current name; {@code retyped} by the field's new key. {@code desired} are the
     * components after the change, against which retyped values are checked.
     */
    ContentRewriter(Map<String, String> componentRenames, Map<String, Map<String, String>> fieldRenames,
                    Map<String, Map<String, FieldType>> removedFields, Map<String, Map<String, Retype>> retyped,
                    Set<String> removedComponents, List<Component> desired) {
        this.componentRenames = Map.copyOf(componentRenames);
        this.fieldRenames = Map.copyOf(fieldRenames);
        this.removedFields = Map.copyOf(removedFields);
        this.retyped = Map.copyOf(retyped);
        this.removedComponents = Set.copyOf(removedComponents);
        this.desired = List.copyOf(desired);
    }

    /** True when no content can change: nothing renamed, removed or retyped. */
    boolean isIdentity() {
        return componentRenames.isEmpty() && fieldRenames.isEmpty() && removedFields.isEmpty() && retyped.isEmpty()
                && removedComponents.isEmpty();
    }

    @Override
    public JsonNode rewrite(JsonNode content) {
        return run(content).content();
    }

    @Override
    public String contentType(String component) {
        if (component == null || removedComponents.contains(component)) return null;
        return componentRenames.getOrDefault(component, component);
    }

    /** The rewritten copy of {@code content} (or {@code content} itself when nothing applies) and what was done. */
    Result run(JsonNode content) {
        var findings = new Findings();
        if (content == null || isIdentity()) return new Result(content, findings);
        var copy = content.deepCopy();
        if (isBlok(copy) && removedComponents.contains(copy.get("component").textValue())) {
            findings.removedRoots().add(copy.get("component").textValue());
        }
        walk(copy, findings);
        return new Result(copy.equals(content) ? content : copy, findings);
    }

    private void walk(JsonNode node, Findings findings) {
        if (node instanceof ObjectNode object) {
            if (isBlok(object)) rewriteBlok(object, findings);
            object.forEach(value -> walk(value, findings));
        } else if (node instanceof ArrayNode array) {
            for (int i = array.size() - 1; i >= 0; i--) {
                var item = array.get(i);
                if (isBlok(item) && removedComponents.contains(item.get("component").textValue())) {
                    findings.losses().add(new Loss(item.get("component").textValue(), null, LossReason.COMPONENT_REMOVED));
                    array.remove(i);
                } else {
                    walk(item, findings);
                }
            }
        }
    }

    private void rewriteBlok(ObjectNode blok, Findings findings) {
        var name = blok.get("component").textValue();
        var newName = componentRenames.getOrDefault(name, name);
        var renames = fieldRenames.getOrDefault(name, Map.of());
        if (!renames.isEmpty()) renameKeys(blok, renames, newName, findings);
        removedFields.getOrDefault(name, Map.of()).forEach((key, field) ->
                removeKey(blok, key, field, newName, LossReason.FIELD_REMOVED, findings));
        retyped.getOrDefault(name, Map.of()).forEach((key, retype) -> dropMisfits(blok, key, retype, newName, findings));
        if (!newName.equals(name)) {
            blok.put("component", newName);
            findings.moves().add(new Moved(MigrationKind.COMPONENT_RENAMED, newName, name, newName));
        }
    }

    /** Renames keys where they stand, so content keeps its order; a stray value already at a new key gives way. */
    private static void renameKeys(ObjectNode blok, Map<String, String> renames, String component, Findings findings) {
        var targets = new HashSet<String>();
        blok.properties().forEach(entry -> {
            var renamed = renamedKey(entry.getKey(), renames);
            if (renamed != null) targets.add(renamed);
        });
        if (targets.isEmpty()) return;
        var rebuilt = new LinkedHashMap<String, JsonNode>();
        blok.properties().forEach(entry -> {
            var renamed = renamedKey(entry.getKey(), renames);
            if (renamed != null) {
                rebuilt.put(renamed, entry.getValue());
                var from = baseKey(entry.getKey());
                findings.moves().add(new Moved(MigrationKind.FIELD_RENAMED, component, from, renames.get(from)));
            } else if (!targets.contains(entry.getKey())) {
                rebuilt.put(entry.getKey(), entry.getValue());
            }
        });
        blok.removeAll();
        blok.setAll(rebuilt);
    }

    private static String renamedKey(String key, Map<String, String> renames) {
        var base = baseKey(key);
        var to = renames.get(base);
        return to == null ? null : to + key.substring(base.length());
    }

    /** {@code title} for {@code title} and {@code title__i18n__de}. */
    private static String baseKey(String key) {
        int mark = key.indexOf(MARK);
        return mark > 0 ? key.substring(0, mark) : key;
    }

    private static void removeKey(ObjectNode blok, String key, FieldType field, String component, LossReason reason,
                                  Findings findings) {
        for (var present : keysOf(blok, key)) {
            if (!Emptiness.isEmpty(field, blok.get(present))) findings.losses().add(new Loss(component, key, reason));
            blok.remove(present);
        }
    }

    private void dropMisfits(ObjectNode blok, String key, Retype retype, String component, Findings findings) {
        if (!retype.to().holdsValue()) {
            removeKey(blok, key, retype.from(), component, LossReason.TYPE_CHANGED, findings);
            return;
        }
        for (var present : keysOf(blok, key)) {
            var value = blok.get(present);
            if (Emptiness.isEmpty(retype.from(), value) || fits(retype.to(), value, !present.equals(key))) continue;
            findings.losses().add(new Loss(component, key, LossReason.TYPE_CHANGED));
            blok.remove(present);
        }
    }

    private boolean fits(FieldType field, JsonNode value, boolean translation) {
        var problems = new Problems();
        new ValueChecker(new BlokChecker(desired, problems), problems).check(field, value.deepCopy(), "", translation);
        return problems.isEmpty();
    }

    /** The blok's keys holding the field: itself and its translations. */
    private static List<String> keysOf(ObjectNode blok, String key) {
        var keys = new java.util.ArrayList<String>();
        blok.fieldNames().forEachRemaining(name -> {
            if (name.equals(key) || name.startsWith(key + MARK) && name.length() > key.length() + MARK.length()) keys.add(name);
        });
        return keys;
    }

    static boolean isBlok(JsonNode node) {
        return node instanceof ObjectNode object && object.path("component").isTextual() && object.path("_uid").isTextual();
    }
}
