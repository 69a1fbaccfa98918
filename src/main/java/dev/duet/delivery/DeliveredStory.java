package dev.duet.delivery;

import com.fasterxml.jackson.databind.JsonNode;
import dev.duet.experiments.ExperimentBlock;
import dev.duet.web.Json;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;

/**
 * One story as the CDN delivers it, held as ready bytes: the whole single-story answer
 * {@code {"story":{...},"cv":n,"rels":[],"links":[]}} in the default language, whose middle is the story object that
 * lists are assembled from and whose content part the rarer variants (languages, exclusions) parse.
 *
 * <p>Immutable except for one memo: when the space's {@code cv} moves on, {@link #single(long)} re-splices the answer
 * with the new {@code cv} once and keeps it (a benign race: concurrent callers build equal arrays). Only one copy of
 * the story's bytes lives in memory.
 */
final class DeliveredStory {

    static final byte[] SINGLE_PREFIX = "{\"story\":".getBytes(StandardCharsets.US_ASCII);

    /** The answer for one cache version; replaced as a whole so readers never see bytes of one cv with another. */
    private record Single(long cv, byte[] bytes) {
    }

    final StoryMeta meta;
    final List<Alternate> alternates;
    final String contentType;
    final List<Reference> references;
    final List<String> linkedUuids;
    /** The experiment blocks in the content at any depth (without their variants' content); mostly none. */
    final List<ExperimentBlock> experiments;
    private final int jsonLength;
    private final int contentStart;
    private final int contentLength;
    private volatile Single single;

    /** {@code answer} is a single-story answer for {@code cv}; the offsets locate the story and its content in it. */
    DeliveredStory(StoryMeta meta, List<Alternate> alternates, ContentScan scan, byte[] answer, int jsonLength,
                   int contentStart, int contentLength, long cv) {
        this.meta = meta;
        this.alternates = List.copyOf(alternates);
        this.contentType = scan.contentType();
        this.references = List.copyOf(scan.references());
        this.linkedUuids = List.copyOf(scan.linkedUuids());
        this.experiments = List.copyOf(scan.experiments());
        this.jsonLength = jsonLength;
        this.contentStart = contentStart;
        this.contentLength = contentLength;
        this.single = new Single(cv, answer);
    }

    long id() {
        return meta.id();
    }

    String uuid() {
        return meta.uuid();
    }

    String fullSlug() {
        return meta.fullSlug();
    }

    /** The ready single-story answer for the space at {@code cv}. */
    byte[] single(long cv) {
        var current = single;
        if (current.cv == cv) return current.bytes;
        var answer = new JsonBytes(jsonLength + 48).raw(SINGLE_PREFIX).raw(current.bytes, SINGLE_PREFIX.length, jsonLength);
        var bytes = StoryRenderer.closeSingle(answer, cv);
        single = new Single(cv, bytes);
        return bytes;
    }

    /** Appends the story object (default language, nothing excluded). */
    void appendJson(JsonBytes out) {
        out.raw(single.bytes, SINGLE_PREFIX.length, jsonLength);
    }

    /** A fresh, mutable tree of the content, for variants, filters and search. */
    JsonNode content() {
        try {
            return Json.mapper().readTree(single.bytes, SINGLE_PREFIX.length + contentStart, contentLength);
        } catch (IOException e) {
            throw new UncheckedIOException("delivered content is unreadable", e);
        }
    }

    /** The same content with other place, settings or alternates (a move, a renumbered folder, a new translation). */
    DeliveredStory with(StoryMeta newMeta, List<Alternate> newAlternates, long cv) {
        var bytes = single.bytes;
        return StoryRenderer.render(newMeta, newAlternates, new ContentScan(contentType, references, linkedUuids, experiments),
                bytes, SINGLE_PREFIX.length + contentStart, contentLength, cv);
    }
}
