package dev.duet.delivery;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.duet.experiments.ExperimentBlock;
import dev.duet.web.Json;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;

/**
 * Writes story answers: the stories (ready bytes for the default language, a translated and trimmed rendering
 * otherwise) followed by {@code cv}, {@code rels} and {@code links} with what was asked to be resolved, or
 * {@code rel_uuids} / {@code link_uuids} when there is more than one answer carries.
 */
final class StoryWriter {

    private StoryWriter() {
    }

    /** How one answer is written: its variant, its experiment view, and the experiment blocks met on the way. */
    record Writing(Variant variant, ExperimentView view, List<ExperimentBlock> met) {
        Writing(Variant variant, ExperimentView view) {
            this(variant, view, new ArrayList<>());
        }
    }

    static byte[] single(DeliveredStory story, StorySource source, Writing writing, Resolution resolution) {
        var out = new JsonBytes(4096).raw(DeliveredStory.SINGLE_PREFIX);
        append(out, story, writing);
        return close(out, List.of(story), source, writing, resolution);
    }

    static byte[] list(List<DeliveredStory> stories, StorySource source, Writing writing, Resolution resolution) {
        var out = new JsonBytes(1024 + stories.size() * 2048).ascii("{\"stories\":[");
        for (var story : stories) {
            append(out, story, writing);
            out.ascii(",");
        }
        out.dropTrailingComma().ascii("]");
        return close(out, stories, source, writing, resolution);
    }

    /**
     * Appends one story object as the variant asks, its experiment blocks resolved as the view says. A story in the
     * default variant without experiments is its ready bytes.
     */
    static void append(JsonBytes out, DeliveredStory story, Writing writing) {
        var variant = writing.variant();
        writing.met().addAll(story.experiments);
        if (variant.isDefault() && story.experiments.isEmpty()) {
            story.appendJson(out);
            return;
        }
        var content = story.content();
        if (variant.language() != null) Translation.apply(content, variant.language(), variant.fallback());
        if (content instanceof ObjectNode object) variant.excludingFields().forEach(object::remove);
        if (!story.experiments.isEmpty()) content = ExperimentResolver.resolve(content, writing.view());
        byte[] bytes;
        try {
            bytes = Json.mapper().writeValueAsBytes(content);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("content cannot be written", e);
        }
        StoryRenderer.writeStory(out, story.meta, story.alternates, json -> json.raw(bytes), variant.lang(),
                variant.fullSlug(story.meta), variant.excludingStoryFields());
    }

    private static byte[] close(JsonBytes out, List<DeliveredStory> stories, StorySource source, Writing writing,
                                Resolution resolution) {
        out.ascii(",\"cv\":").number(source.cv());
        writeRelations(out, stories, source, writing, resolution);
        writeLinks(out, stories, source, writing, resolution.links());
        return out.ascii("}").toBytes();
    }

    private static void writeRelations(JsonBytes out, List<DeliveredStory> stories, StorySource source, Writing writing,
                                       Resolution resolution) {
        var related = resolution.relations().isEmpty() ? List.<DeliveredStory>of()
                : inOrder(source, relatedUuids(stories, resolution));
        out.ascii(",\"rels\":[");
        if (related.size() <= Resolution.RELATIONS_LIMIT) {
            for (var story : related) {
                append(out, story, writing);
                out.ascii(",");
            }
            out.dropTrailingComma().ascii("]");
        } else {
            out.ascii("],\"rel_uuids\":").strings(related.stream().map(DeliveredStory::uuid).toList());
        }
    }

    private static void writeLinks(JsonBytes out, List<DeliveredStory> stories, StorySource source, Writing writing,
                                   Resolution.Links mode) {
        var variant = writing.variant();
        var linked = mode == Resolution.Links.NONE ? List.<DeliveredStory>of() : inOrder(source, linkedUuids(stories));
        out.ascii(",\"links\":[");
        if (linked.size() > mode.limit) {
            out.ascii("],\"link_uuids\":").strings(linked.stream().map(DeliveredStory::uuid).toList());
            return;
        }
        for (var story : linked) {
            switch (mode) {
                case STORY -> append(out, story, writing);
                case URL -> LinkJson.url(out, story.meta, variant);
                case LINK -> LinkJson.link(out, story.meta, false, source.space().languages());
                case NONE -> { }
            }
            out.ascii(",");
        }
        out.dropTrailingComma().ascii("]");
    }

    /** Every uuid the {@code component.field}s asked for hold, in the order they appear, each once. */
    private static LinkedHashSet<String> relatedUuids(List<DeliveredStory> stories, Resolution resolution) {
        var uuids = new LinkedHashSet<String>();
        for (var story : stories) {
            for (var reference : story.references) {
                if (resolution.relations().contains(reference.component() + "." + reference.field())) uuids.addAll(reference.uuids());
            }
        }
        return uuids;
    }

    private static LinkedHashSet<String> linkedUuids(List<DeliveredStory> stories) {
        var uuids = new LinkedHashSet<String>();
        for (var story : stories) uuids.addAll(story.linkedUuids);
        return uuids;
    }

    /** The stories among {@code uuids} that the source has, in the order of {@code uuids}. */
    private static List<DeliveredStory> inOrder(StorySource source, LinkedHashSet<String> uuids) {
        if (uuids.isEmpty()) return List.of();
        var byUuid = new java.util.HashMap<String, DeliveredStory>();
        for (var story : source.byUuids(uuids)) byUuid.put(story.uuid(), story);
        var ordered = new ArrayList<DeliveredStory>(byUuid.size());
        for (var uuid : uuids) {
            var story = byUuid.get(uuid);
            if (story != null) ordered.add(story);
        }
        return ordered;
    }
}
