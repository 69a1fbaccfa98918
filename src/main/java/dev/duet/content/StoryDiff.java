package dev.duet.content;

import com.fasterxml.jackson.annotation.JsonValue;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.TextNode;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * What changed between two versions of a story, field by field and block by block. Blocks in a list are matched by
 * their {@code _uid}, so a block that changed place is reported as {@code moved} (with its old and new path) rather
 * than as removed and added, and changes inside it are reported at its new path. Content paths read like
 * {@code body[1].headline}; the story's own fields are {@code story.name}, {@code story.slug} and
 * {@code story.tag_list}. Pure and thread-safe.
 */
public final class StoryDiff {

    public enum Kind {
        ADDED, REMOVED, CHANGED, MOVED;

        @JsonValue
        public String id() {
            return name().toLowerCase();
        }
    }

    /** One difference; {@code before}/{@code after} are null for added/removed, the old/new path for moved. */
    public record Change(String path, Kind kind, JsonNode before, JsonNode after) {
    }

    private static final JsonNodeFactory NODES = JsonNodeFactory.instance;

    private StoryDiff() {
    }

    /** The changes from {@code before} (null: nothing, as before a first version) to {@code after}. */
    public static List<Change> between(StoryVersion before, StoryVersion after) {
        var changes = new ArrayList<Change>();
        compare(changes, "story.name", before == null ? null : NODES.textNode(before.name()), NODES.textNode(after.name()));
        compare(changes, "story.slug", before == null ? null : NODES.textNode(before.slug()), NODES.textNode(after.slug()));
        var tagsBefore = before == null ? List.<String>of() : before.tagList();
        if (!tagsBefore.equals(after.tagList())) {
            changes.add(new Change("story.tag_list", Kind.CHANGED, tags(tagsBefore), tags(after.tagList())));
        }
        changes.addAll(content(before == null ? null : before.content(), after.content()));
        return changes;
    }

    /** The changes between two root bloks; either may be null (no content). */
    public static List<Change> content(JsonNode before, JsonNode after) {
        var changes = new ArrayList<Change>();
        var from = before == null ? NODES.objectNode() : before;
        var to = after == null ? NODES.objectNode() : after;
        if (from.isObject() && to.isObject()) fields(changes, "", from, to);
        else compare(changes, "content", before, after);
        return changes;
    }

    private static void compare(List<Change> out, String path, JsonNode before, JsonNode after) {
        if (Objects.equals(before, after)) return;
        if (before == null) out.add(new Change(path, Kind.ADDED, null, after));
        else if (after == null) out.add(new Change(path, Kind.REMOVED, before, null));
        else if (before.isObject() && after.isObject() && sameBlok(before, after)) fields(out, path, before, after);
        else if (before.isArray() && after.isArray() && isBlokList(before) && isBlokList(after)) bloks(out, path, before, after);
        else if (before.isArray() && after.isArray()) items(out, path, before, after);
        else out.add(new Change(path, Kind.CHANGED, before, after));
    }

    /** Two objects are compared field by field unless they are different bloks (another component or _uid). */
    private static boolean sameBlok(JsonNode before, JsonNode after) {
        return Objects.equals(before.get("component"), after.get("component"))
                && Objects.equals(before.get("_uid"), after.get("_uid"));
    }

    private static void fields(List<Change> out, String path, JsonNode before, JsonNode after) {
        var names = new LinkedHashSet<String>();
        before.fieldNames().forEachRemaining(names::add);
        after.fieldNames().forEachRemaining(names::add);
        for (var name : names) {
            compare(out, path.isEmpty() ? name : path + "." + name, before.get(name), after.get(name));
        }
    }

    private static void items(List<Change> out, String path, JsonNode before, JsonNode after) {
        for (int i = 0; i < Math.max(before.size(), after.size()); i++) {
            compare(out, path + "[" + i + "]", before.get(i), after.get(i));
        }
    }

    private static void bloks(List<Change> out, String path, JsonNode before, JsonNode after) {
        var oldIndex = indexByUid(before);
        var newIndex = indexByUid(after);
        for (int i = 0; i < before.size(); i++) {
            if (!newIndex.containsKey(uid(before.get(i)))) out.add(new Change(path + "[" + i + "]", Kind.REMOVED, before.get(i), null));
        }
        var kept = inOrder(uids(before, newIndex.keySet()), uids(after, oldIndex.keySet()));
        for (int j = 0; j < after.size(); j++) {
            var uid = uid(after.get(j));
            var here = path + "[" + j + "]";
            Integer was = oldIndex.get(uid);
            if (was == null) {
                out.add(new Change(here, Kind.ADDED, null, after.get(j)));
                continue;
            }
            if (!kept.contains(uid)) out.add(new Change(here, Kind.MOVED, new TextNode(path + "[" + was + "]"), new TextNode(here)));
            compare(out, here, before.get(was), after.get(j));
        }
    }

    /**
     * The blocks that kept their order relative to each other: a longest common subsequence of the two orders. Only
     * blocks outside it moved; the rest merely shifted because others came, went or moved.
     */
    private static Set<String> inOrder(List<String> before, List<String> after) {
        int[][] length = new int[before.size() + 1][after.size() + 1];
        for (int i = before.size() - 1; i >= 0; i--) {
            for (int j = after.size() - 1; j >= 0; j--) {
                length[i][j] = before.get(i).equals(after.get(j)) ? length[i + 1][j + 1] + 1
                        : Math.max(length[i + 1][j], length[i][j + 1]);
            }
        }
        var kept = new HashSet<String>();
        for (int i = 0, j = 0; i < before.size() && j < after.size(); ) {
            if (before.get(i).equals(after.get(j))) {
                kept.add(before.get(i));
                i++;
                j++;
            } else if (length[i + 1][j] >= length[i][j + 1]) i++;
            else j++;
        }
        return kept;
    }

    /** A list of bloks: every item an object with its own, distinct {@code _uid}. */
    private static boolean isBlokList(JsonNode list) {
        var seen = new HashSet<String>();
        for (var item : list) {
            var uid = item.isObject() ? uid(item) : null;
            if (uid == null || uid.isEmpty() || !seen.add(uid)) return false;
        }
        return true;
    }

    private static String uid(JsonNode blok) {
        var uid = blok.get("_uid");
        return uid != null && uid.isTextual() ? uid.asText() : null;
    }

    private static Map<String, Integer> indexByUid(JsonNode list) {
        var index = new HashMap<String, Integer>();
        for (int i = 0; i < list.size(); i++) index.put(uid(list.get(i)), i);
        return index;
    }

    private static List<String> uids(JsonNode list, Set<String> alsoIn) {
        var uids = new ArrayList<String>();
        for (var item : list) if (alsoIn.contains(uid(item))) uids.add(uid(item));
        return uids;
    }

    private static JsonNode tags(List<String> tags) {
        var array = NODES.arrayNode();
        tags.forEach(array::add);
        return array;
    }
}
