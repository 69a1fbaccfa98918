package dev.duet.localization;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.duet.content.Story;
import dev.duet.content.StoryHooks;
import org.jdbi.v3.core.Handle;

import java.time.Clock;
import java.util.HashMap;
import java.util.Map;
import java.util.Objects;

/**
 * Remembers, whenever a story is saved with a new or changed translation ({@code title__i18n__de}), the source text
 * ({@code title}) it was made from. A later change of the source alone leaves that record behind, which is how the
 * translation status tells "outdated" from "translated". Needs no schema: any {@code __i18n__} key of a blok counts.
 */
public final class TranslationTracker implements StoryHooks {

    private final TranslationSources sources;
    private final Clock clock;

    TranslationTracker(TranslationSources sources, Clock clock) {
        this.sources = sources;
        this.clock = clock;
    }

    @Override
    public void saved(Handle handle, Story before, Story after, String actor, String message) {
        if (after.isFolder() || after.content() == null) return;
        var old = new HashMap<String, ObjectNode>();
        if (before != null) bloks(before.content(), old);
        var now = new HashMap<String, ObjectNode>();
        bloks(after.content(), now);
        var instant = clock.instant();
        now.forEach((uid, blok) -> blok.fieldNames().forEachRemaining(name -> {
            int mark = name.indexOf(TranslatableFields.MARK);
            if (mark <= 0) return;
            var previous = old.get(uid);
            var value = blok.get(name);
            if (previous != null && Objects.equals(previous.get(name), value)) return;
            if (!TranslatableFields.hasValue(value)) return;
            var field = name.substring(0, mark);
            var language = name.substring(mark + TranslatableFields.MARK.length());
            sources.record(handle, new TranslationSources.Key(after.id(), uid, field, language),
                    SourceHash.of(blok.get(field)), instant);
        }));
    }

    /** Every blok of {@code content} by {@code _uid}. */
    private static void bloks(JsonNode node, Map<String, ObjectNode> found) {
        if (node instanceof ObjectNode object) {
            if (object.hasNonNull("_uid") && object.hasNonNull("component")) found.put(object.get("_uid").asText(), object);
            object.forEach(child -> bloks(child, found));
        } else if (node != null && node.isArray()) {
            node.forEach(item -> bloks(item, found));
        }
    }
}
