package dev.duet.experiments;

import com.fasterxml.jackson.databind.JsonNode;
import dev.duet.analytics.Event;
import dev.duet.analytics.EventType;
import dev.duet.testing.Client;
import dev.duet.testing.MarketingSite;
import dev.duet.testing.Response;
import dev.duet.testing.TestApp;

import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import static dev.duet.testing.MarketingSite.blok;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * The marketing site with a home page whose hero is under test: "hero-test", a running experiment (block
 * {@code exp-1}) of the control hero {@code hero-a} against a shorter headline {@code hero-b}, deciding by sign-ups,
 * guarded by clicks inside the block. Events are appended straight to the event log, as the events API would.
 */
final class ExperimentSite {

    static final Instant NOON = Instant.parse("2026-11-23T12:00:00Z");

    final TestApp app;
    final Client admin;
    final long spaceId;

    ExperimentSite(TestApp app) {
        this.app = app;
        this.admin = app.admin();
        this.spaceId = MarketingSite.create(admin);
    }

    static Map<String, Object> experiment(String key, String status, Object... more) {
        var block = new HashMap<String, Object>(blok("duet_experiment", "exp-" + key, "key", key, "status", status,
                "variants", List.of(blok("hero", "hero-a-" + key, "headline", "Build sites faster"),
                        blok("hero", "hero-b-" + key, "headline", "Ship today")),
                "variant_names", List.of("Control", "Shorter headline"),
                "goals", List.of(Map.of("type", "conversion", "event", "signup", "name", "Sign-ups")),
                "guardrails", List.of(Map.of("type", "click", "block", "exp-" + key, "name", "Clicks in the hero"))));
        for (int i = 0; i < more.length; i += 2) block.put((String) more[i], more[i + 1]);
        return block;
    }

    static Map<String, Object> page(Map<String, Object> experiment) {
        return blok("page", "root", "title", "Home", "body", List.of(experiment, blok("cta", "cta-1", "label", "Start free trial")));
    }

    Response createStory(String slug, Map<String, Object> content) {
        return admin.post(path("/stories"), Map.of("story", Map.of("name", slug, "slug", slug, "content", content)));
    }

    long story(String slug, Map<String, Object> content) {
        var response = createStory(slug, content);
        assertThat(response.status()).as(response.toString()).isEqualTo(201);
        return response.json().at("/story/id").asLong();
    }

    JsonNode storyJson(long storyId) {
        return admin.get(path("/stories/" + storyId)).json().get("story");
    }

    String path(String rest) {
        return "/api/spaces/" + spaceId + rest;
    }

    /** {@code count} visitors exposed to {@code variation}, {@code converted} of whom then signed up. */
    void traffic(String key, int variation, int count, int converted) {
        var events = new ArrayList<Event>();
        for (int i = 0; i < count; i++) {
            var visitor = key + "-" + variation + "-" + i;
            events.add(event(EventType.EXPOSURE, null, visitor, NOON, null, key, variation, null));
            if (i < converted) events.add(event(EventType.CONVERSION, "signup", visitor, NOON.plusSeconds(30), null, null, null, null));
        }
        app.wiring.eventLog.append(events);
    }

    Event event(EventType type, String name, String visitor, Instant at, String block, String experiment, Integer variation,
                Double value) {
        return new Event(spaceId, type, name, visitor, at, null, block, experiment, variation, value, null, null, null, null);
    }
}
