package dev.duet.localization;

import com.fasterxml.jackson.databind.JsonNode;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The translator's units of one story's content in one language, each tied to the field (and richtext text node) it
 * came from so an import can write its target back. Fields with an empty source have nothing to translate.
 */
final class StoryTextUnits {

    /** One unit: its slot, the richtext text node index (-1 for a plain text field), its source and current target. */
    record Entry(TranslatableFields.Slot slot, int index, String source, String target) {
        String id() {
            return index < 0 ? slot.id() : slot.id() + "." + index;
        }
    }

    private final Map<String, Entry> byId = new LinkedHashMap<>();

    StoryTextUnits(List<TranslatableFields.Slot> slots, String language) {
        for (var slot : slots) {
            if (!slot.isText()) continue;
            var source = slot.source();
            var translation = slot.translation(language);
            if (slot.isRichtext()) {
                if (source == null || !source.isObject()) continue;
                var texts = RichtextTexts.texts(source);
                var targets = translation != null && translation.isObject() ? RichtextTexts.texts(translation) : List.<String>of();
                for (int i = 0; i < texts.size(); i++) {
                    if (texts.get(i).isBlank()) continue;
                    add(new Entry(slot, i, texts.get(i), targets.size() == texts.size() ? targets.get(i) : ""));
                }
            } else if (source != null && source.isTextual() && !source.asText().isEmpty()) {
                add(new Entry(slot, -1, source.asText(), text(translation)));
            }
        }
    }

    private void add(Entry entry) {
        byId.put(entry.id(), entry);
    }

    private static String text(JsonNode value) {
        return value != null && value.isTextual() ? value.asText() : "";
    }

    Entry get(String id) {
        return byId.get(id);
    }

    List<TranslationFile.Unit> units() {
        var units = new ArrayList<TranslationFile.Unit>();
        byId.values().forEach(entry -> units.add(new TranslationFile.Unit(entry.id(), entry.source(), entry.target())));
        return units;
    }
}
