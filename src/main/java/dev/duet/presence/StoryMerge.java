package dev.duet.presence;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.databind.node.TextNode;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * Three-way merge of two edits of one story: {@code base} is the version both started from, {@code theirs} the
 * version saved since, {@code mine} the edit that was refused as stale. A place one side changed takes that side's
 * value; a place both changed alike takes it once; a place both changed differently is a {@link MergeConflict}.
 *
 * <p>Places are the story's name and slug, its tags (merged as a set: both sides' additions and removals apply), each
 * field of the root blok, and each field of each block, matched by {@code _uid} recursively through lists of blocks.
 * Any other value (text, rich text, a link object, a plain list) is one place, compared whole. In a list of blocks a
 * block one side removed and the other left alone is removed; removed by one and edited by the other is a conflict.
 * The order is theirs, with my additions and moves placed after the block that precedes them in mine, unless they
 * moved the same block too (then theirs stands).
 *
 * <p>{@code resolutions} (conflict id to side) settle conflicts: a resolved conflict is reported as a change of the
 * chosen side. An unresolved one keeps theirs, so saving a merge unseen never undoes someone else's save. Pure,
 * and each call independent.
 */
public final class StoryMerge {

    private static final JsonNodeFactory NODES = JsonNodeFactory.instance;

    private final Map<String, Side> resolutions;
    private final List<MergeConflict> conflicts = new ArrayList<>();
    private final List<MergedChange> changes = new ArrayList<>();

    private StoryMerge(Map<String, Side> resolutions) {
        this.resolutions = Map.copyOf(resolutions);
    }

    public static Merge merge(Snapshot base, Snapshot theirs, Snapshot mine, Map<String, Side> resolutions) {
        var merge = new StoryMerge(resolutions);
        var name = merge.value(Place.story("name", "Name"), text(base.name()), text(theirs.name()), text(mine.name()));
        var slug = merge.value(Place.story("slug", "Slug"), text(base.slug()), text(theirs.slug()), text(mine.slug()));
        var tags = merge.tags(base.tagList(), theirs.tagList(), mine.tagList());
        var content = merge.blok(Place.ROOT, base.content(), theirs.content(), mine.content());
        var story = new Snapshot(name == null ? null : name.asText(), slug == null ? null : slug.asText(), tags, content);
        return new Merge(story, merge.conflicts, merge.changes);
    }

    public static Merge merge(Snapshot base, Snapshot theirs, Snapshot mine) {
        return merge(base, theirs, mine, Map.of());
    }

    /** One place compared whole; null stands for absent (a removed field). */
    private JsonNode value(Place place, JsonNode base, JsonNode theirs, JsonNode mine) {
        if (Objects.equals(theirs, mine)) return theirs;
        if (Objects.equals(base, mine)) return took(place, Side.THEIRS, MergedChange.Kind.CHANGED, theirs);
        if (Objects.equals(base, theirs)) return took(place, Side.MINE, MergedChange.Kind.CHANGED, mine);
        return conflict(place, base, theirs, mine, mine, theirs);
    }

    private JsonNode took(Place place, Side side, MergedChange.Kind kind, JsonNode value) {
        changes.add(new MergedChange(place.path(), place.label(), side, kind));
        return value;
    }

    /** Records a conflict unless a resolution settles it; answers the chosen side's value, theirs by default. */
    private JsonNode conflict(Place place, JsonNode base, JsonNode theirs, JsonNode mine, JsonNode ifMine, JsonNode ifTheirs) {
        var chosen = resolutions.get(place.id());
        if (chosen == null) {
            conflicts.add(new MergeConflict(place.id(), place.path(), place.label(), base, theirs, mine));
            return ifTheirs;
        }
        return took(place, chosen, MergedChange.Kind.CHANGED, chosen == Side.MINE ? ifMine : ifTheirs);
    }

    private List<String> tags(List<String> base, List<String> theirs, List<String> mine) {
        var merged = new LinkedHashSet<>(theirs);
        for (var tag : base) if (!mine.contains(tag)) merged.remove(tag);
        for (var tag : mine) if (!base.contains(tag)) merged.add(tag);
        var place = Place.story("tag_list", "Tags");
        if (!new LinkedHashSet<>(base).equals(new LinkedHashSet<>(theirs))) took(place, Side.THEIRS, MergedChange.Kind.CHANGED, null);
        if (!new LinkedHashSet<>(base).equals(new LinkedHashSet<>(mine))) took(place, Side.MINE, MergedChange.Kind.CHANGED, null);
        return List.copyOf(merged);
    }

    /** A blok field by field: its own keys in theirs' order, then keys only mine has. */
    private JsonNode blok(Place place, JsonNode base, JsonNode theirs, JsonNode mine) {
        if (!isObject(theirs) || !isObject(mine) || (base != null && !isObject(base))) {
            return value(place.whole(), base, theirs, mine);
        }
        var keys = new LinkedHashSet<String>();
        theirs.fieldNames().forEachRemaining(keys::add);
        mine.fieldNames().forEachRemaining(keys::add);
        var merged = NODES.objectNode();
        for (var key : keys) {
            var b = base == null ? null : base.get(key);
            var t = theirs.get(key);
            var m = mine.get(key);
            var field = place.field(key);
            var value = isBlokList(b) && isBlokList(t) && isBlokList(m) && !(empty(t) && empty(m))
                    ? list(field, b, t, m) : value(field, b, t, m);
            if (value != null) merged.set(key, value);
        }
        return merged;
    }

    /** A list of blocks matched by {@code _uid}: which blocks stay, each merged, in which order. */
    private ArrayNode list(Place place, JsonNode base, JsonNode theirs, JsonNode mine) {
        var b = byUid(base);
        var t = byUid(theirs);
        var m = byUid(mine);
        var kept = new LinkedHashMap<String, JsonNode>();
        var placedByMine = new LinkedHashSet<String>();
        var uids = new LinkedHashSet<String>(t.keySet());
        uids.addAll(m.keySet());
        for (var uid : uids) {
            var item = place.item(uid, index(mine, theirs, uid), component(m.containsKey(uid) ? m.get(uid) : t.get(uid)));
            var inBase = b.containsKey(uid);
            if (t.containsKey(uid) && m.containsKey(uid)) {
                kept.put(uid, blok(item, b.get(uid), t.get(uid), m.get(uid)));
            } else if (t.containsKey(uid)) {
                if (!inBase) kept.put(uid, took(item, Side.THEIRS, MergedChange.Kind.ADDED, t.get(uid)));
                else if (b.get(uid).equals(t.get(uid))) took(item, Side.MINE, MergedChange.Kind.REMOVED, null);
                else keep(kept, uid, conflict(item, b.get(uid), t.get(uid), null, null, t.get(uid)));
            } else {
                JsonNode added = !inBase ? took(item, Side.MINE, MergedChange.Kind.ADDED, m.get(uid))
                        : b.get(uid).equals(m.get(uid)) ? took(item, Side.THEIRS, MergedChange.Kind.REMOVED, null)
                        : conflict(item, b.get(uid), null, m.get(uid), m.get(uid), null);
                if (keep(kept, uid, added)) placedByMine.add(uid);
            }
        }
        var movedByThem = moved(base, theirs);
        for (var uid : moved(base, mine)) {
            if (!kept.containsKey(uid) || !t.containsKey(uid) || movedByThem.contains(uid)) continue;
            placedByMine.add(uid);
            var item = place.item(uid, index(mine, theirs, uid), component(m.get(uid)));
            took(item, Side.MINE, MergedChange.Kind.MOVED, null);
        }
        for (var uid : movedByThem) {
            if (!kept.containsKey(uid)) continue;
            took(place.item(uid, index(mine, theirs, uid), component(t.get(uid))), Side.THEIRS, MergedChange.Kind.MOVED, null);
        }
        var merged = NODES.arrayNode();
        order(uids(theirs), uids(mine), kept.keySet(), placedByMine).forEach(uid -> merged.add(kept.get(uid)));
        return merged;
    }

    private static boolean keep(Map<String, JsonNode> kept, String uid, JsonNode blok) {
        if (blok == null) return false;
        kept.put(uid, blok);
        return true;
    }

    /**
     * Theirs' order of the kept blocks, then each block mine placed (added, moved, kept against their removal) moved
     * to just after the block before it in mine, or to the front when none is before it.
     */
    static List<String> order(List<String> theirs, List<String> mine, Set<String> kept, Set<String> placedByMine) {
        var order = new ArrayList<String>();
        for (var uid : theirs) if (kept.contains(uid) && !placedByMine.contains(uid)) order.add(uid);
        for (int i = 0; i < mine.size(); i++) {
            var uid = mine.get(i);
            if (!placedByMine.contains(uid)) continue;
            int at = 0;
            for (int j = i - 1; j >= 0; j--) {
                int anchor = order.indexOf(mine.get(j));
                if (anchor >= 0) {
                    at = anchor + 1;
                    break;
                }
            }
            order.add(at, uid);
        }
        return order;
    }

    /**
     * The blocks of {@code base} that {@code after} moved: those outside a longest common subsequence of the two
     * orders. The rest merely shifted because others came, went or moved.
     */
    static Set<String> moved(JsonNode base, JsonNode after) {
        var before = uids(base);
        var now = uids(after);
        before.retainAll(now);
        now.retainAll(before);
        int[][] length = new int[before.size() + 1][now.size() + 1];
        for (int i = before.size() - 1; i >= 0; i--) {
            for (int j = now.size() - 1; j >= 0; j--) {
                length[i][j] = before.get(i).equals(now.get(j)) ? length[i + 1][j + 1] + 1
                        : Math.max(length[i + 1][j], length[i][j + 1]);
            }
        }
        var moved = new LinkedHashSet<>(now);
        for (int i = 0, j = 0; i < before.size() && j < now.size(); ) {
            if (before.get(i).equals(now.get(j))) {
                moved.remove(before.get(i));
                i++;
                j++;
            } else if (length[i + 1][j] >= length[i][j + 1]) i++;
            else j++;
        }
        return moved;
    }

    /** A list every item of which is a blok with its own distinct {@code _uid}; absent counts as an empty list. */
    private static boolean isBlokList(JsonNode list) {
        if (list == null) return true;
        if (!list.isArray()) return false;
        var seen = new HashSet<String>();
        for (var item : list) {
            var uid = uid(item);
            if (uid == null || !seen.add(uid)) return false;
        }
        return true;
    }

    private static boolean empty(JsonNode list) {
        return list == null || list.isEmpty();
    }

    private static boolean isObject(JsonNode node) {
        return node != null && node.isObject();
    }

    private static String uid(JsonNode blok) {
        var uid = blok == null ? null : blok.get("_uid");
        return uid != null && uid.isTextual() && !uid.asText().isEmpty() ? uid.asText() : null;
    }

    private static String component(JsonNode blok) {
        return blok == null ? null : blok.path("component").asText(null);
    }

    private static Map<String, JsonNode> byUid(JsonNode list) {
        var byUid = new LinkedHashMap<String, JsonNode>();
        if (list != null) for (var item : list) byUid.put(uid(item), item);
        return byUid;
    }

    private static List<String> uids(JsonNode list) {
        return new ArrayList<>(byUid(list).keySet());
    }

    /** Where the block is in mine (where the person who merges saw it last), or in theirs when mine removed it. */
    private static int index(JsonNode mine, JsonNode theirs, String uid) {
        int inMine = uids(mine).indexOf(uid);
        return inMine >= 0 ? inMine : uids(theirs).indexOf(uid);
    }

    private static JsonNode text(String value) {
        return value == null ? null : TextNode.valueOf(value);
    }
}
