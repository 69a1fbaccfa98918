package dev.duet.localization;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.TextNode;
import dev.duet.activity.ActivityKind;
import dev.duet.activity.ActivityLog;
import dev.duet.activity.NewActivity;
import dev.duet.content.Story;
import dev.duet.content.StoryInput;
import dev.duet.content.StoryService;
import dev.duet.failure.InvalidInput;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * Export and import of a story's or folder's texts for translators. An import is checked whole before anything is
 * written: every story and unit must be known (400 otherwise) and every unit's source must still be the story's
 * current source text (409 listing them, unless forced). Then each changed story gets one new version holding the
 * targets as {@code field__i18n__<lang>} values; empty targets are skipped.
 */
public final class TranslationTransfer {

    /** What an import wrote: per story its new version and how many units it took. */
    public record Imported(String language, int units, List<StoryResult> stories) {
    }

    public record StoryResult(long storyId, int version, int units) {
    }

    private record Planned(Story story, JsonNode content, int units) {
    }

    private final Translations translations;
    private final StoryService service;
    private final ActivityLog activity;

    TranslationTransfer(Translations translations, StoryService service, ActivityLog activity) {
        this.translations = translations;
        this.service = service;
        this.activity = activity;
    }

    public TranslationFile export(long spaceId, long storyId, String language) {
        var space = translations.space(spaceId, language);
        var schemas = translations.components(spaceId);
        var texts = new ArrayList<TranslationFile.StoryTexts>();
        for (var story : translations.scope(spaceId, storyId)) {
            if (story.content() == null) continue;
            var units = new StoryTextUnits(TranslatableFields.of(story.content(), schemas), language);
            texts.add(new TranslationFile.StoryTexts(story.id(), story.name(), story.fullSlug(), units.units()));
        }
        return new TranslationFile(space.defaultLanguage(), language, texts);
    }

    public Imported importFile(long spaceId, long storyId, String language, TranslationFile file, boolean force,
                               String actor) {
        translations.space(spaceId, language);
        if (file.stories().isEmpty()) throw InvalidInput.field("stories", "is empty: send the stories of the export");
        if (file.targetLanguage() != null && !file.targetLanguage().isBlank() && !file.targetLanguage().equals(language)) {
            throw InvalidInput.field("target_language", "is " + file.targetLanguage() + " but this import is for " + language);
        }
        var plans = plan(spaceId, storyId, language, file, force);
        var results = new ArrayList<StoryResult>();
        int total = 0;
        for (var plan : plans) {
            if (plan.units() == 0) continue;
            var input = new StoryInput(null, null, null, null, null, plan.content(), null, null, null, null, null,
                    null, null, (long) plan.story().version());
            var saved = service.update(spaceId, plan.story().id(), input, (long) plan.story().version(),
                    "Imported " + language + " translations", actor);
            results.add(new StoryResult(saved.id(), saved.version(), plan.units()));
            total += plan.units();
        }
        var target = translations.story(spaceId, storyId);
        activity.record(new NewActivity(spaceId, storyId, ActivityKind.TRANSLATION_IMPORTED, actor,
                "imported " + language + " translations of “" + target.name() + "” (" + total + " texts)",
                Map.of("language", language, "units", total, "forced", force,
                        "story_ids", results.stream().map(StoryResult::storyId).toList())));
        return new Imported(language, total, results);
    }

    /** Every story's new content, after checking the whole file; throws before anything is written. */
    private List<Planned> plan(long spaceId, long storyId, String language, TranslationFile file, boolean force) {
        var scope = new LinkedHashMap<Long, Story>();
        translations.scope(spaceId, storyId).forEach(story -> scope.put(story.id(), story));
        var schemas = translations.components(spaceId);
        var problems = new ArrayList<InvalidInput.Problem>();
        var changed = new ArrayList<Map<String, Object>>();
        var plans = new ArrayList<Planned>();
        for (int s = 0; s < file.stories().size(); s++) {
            var texts = file.stories().get(s);
            var story = scope.get(texts.storyId());
            if (story == null || story.content() == null) {
                problems.add(new InvalidInput.Problem("stories[" + s + "].story_id",
                        "story " + texts.storyId() + " is not part of this export"));
                continue;
            }
            var content = story.content().deepCopy();
            var units = new StoryTextUnits(TranslatableFields.of(content, schemas), language);
            // keyed by id, not by slot: a slot's blok changes (and so its hash) as targets are written into it
            var richtext = new LinkedHashMap<String, List<String>>();
            var richtextSlots = new HashMap<String, TranslatableFields.Slot>();
            int written = 0;
            for (int u = 0; u < texts.units().size(); u++) {
                var unit = texts.units().get(u);
                var entry = units.get(unit.id());
                if (entry == null) {
                    problems.add(new InvalidInput.Problem("stories[" + s + "].units[" + u + "].id",
                            "no translatable text " + unit.id() + " in story " + story.id()));
                    continue;
                }
                if (unit.source() != null && !Objects.equals(unit.source(), entry.source())) {
                    changed.add(Map.of("story_id", story.id(), "id", unit.id(), "source", unit.source(),
                            "current_source", entry.source()));
                }
                if (unit.target() == null || unit.target().isEmpty()) continue;
                written++;
                if (entry.index() < 0) {
                    entry.slot().blok().set(entry.slot().key(language), TextNode.valueOf(unit.target()));
                } else {
                    richtextSlots.put(entry.slot().id(), entry.slot());
                    var targets = richtext.computeIfAbsent(entry.slot().id(), slot -> new ArrayList<>());
                    while (targets.size() <= entry.index()) targets.add(null);
                    targets.set(entry.index(), unit.target());
                }
            }
            richtext.forEach((id, targets) -> {
                var slot = richtextSlots.get(id);
                slot.blok().set(slot.key(language), RichtextTexts.replaced(slot.source(), targets));
            });
            plans.add(new Planned(story, content, written));
        }
        if (!problems.isEmpty()) throw new InvalidInput("the translation file does not match the stories", problems);
        if (!changed.isEmpty() && !force) throw new SourceChanged(changed);
        return plans;
    }
}
