package dev.duet.releases;

import com.fasterxml.jackson.databind.JsonNode;
import dev.duet.testing.Client;
import dev.duet.testing.MarketingSite;
import dev.duet.testing.Response;

import java.util.HashMap;
import java.util.Map;

import static dev.duet.testing.MarketingSite.page;
import static org.assertj.core.api.Assertions.assertThat;

/** One caller's view of a marketing site's stories and releases, so tests read as what they do rather than as URLs. */
final class ReleaseSite {

    final Client client;
    final long spaceId;

    ReleaseSite(Client client, long spaceId) {
        this.client = client;
        this.spaceId = spaceId;
    }

    static ReleaseSite newSpace(Client admin) {
        return new ReleaseSite(admin, MarketingSite.create(admin));
    }

    ReleaseSite as(Client other) {
        return new ReleaseSite(other, spaceId);
    }

    String path(String rest) {
        return "/api/spaces/" + spaceId + rest;
    }

    long story(String name, String headline) {
        var response = client.post(path("/stories"), Map.of("story", Map.of("name", name, "content", page(headline))));
        assertThat(response.status()).as(response.toString()).isEqualTo(201);
        return response.json().at("/story/id").asLong();
    }

    /** Saves a new version of the story with {@code headline}; returns the story after. */
    JsonNode edit(long storyId, String headline) {
        int version = story(storyId).get("version").asInt();
        var response = client.put(path("/stories/" + storyId), Map.of("story", Map.of("content", page(headline)),
                "version", version));
        assertThat(response.status()).as(response.toString()).isEqualTo(200);
        return response.json().get("story");
    }

    void publish(long storyId) {
        int version = story(storyId).get("version").asInt();
        var response = client.post(path("/stories/" + storyId + "/publish"), Map.of("version", version));
        assertThat(response.status()).as(response.toString()).isEqualTo(200);
    }

    JsonNode story(long storyId) {
        var response = client.get(path("/stories/" + storyId));
        assertThat(response.status()).as(response.toString()).isEqualTo(200);
        return response.json().get("story");
    }

    long cv() {
        return client.get(path("")).json().at("/space/cv").asLong();
    }

    Response create(String name, String description) {
        var release = new HashMap<String, Object>();
        release.put("name", name);
        if (description != null) release.put("description", description);
        return client.post(path("/releases"), Map.of("release", release));
    }

    long release(String name) {
        var response = create(name, null);
        assertThat(response.status()).as(response.toString()).isEqualTo(201);
        return response.json().at("/release/id").asLong();
    }

    Response add(long releaseId, long storyId, Integer versionNumber) {
        var body = new HashMap<String, Object>();
        body.put("story_id", storyId);
        if (versionNumber != null) body.put("version_number", versionNumber);
        return client.post(path("/releases/" + releaseId + "/items"), body);
    }

    void added(long releaseId, long storyId) {
        var response = add(releaseId, storyId, null);
        assertThat(response.status()).as(response.toString()).isEqualTo(201);
    }

    JsonNode get(long releaseId) {
        var response = client.get(path("/releases/" + releaseId));
        assertThat(response.status()).as(response.toString()).isEqualTo(200);
        return response.json().get("release");
    }

    Response merge(long releaseId, boolean force) {
        return client.post(path("/releases/" + releaseId + "/merge"), Map.of("force", force));
    }

    Response revert(long releaseId) {
        return client.post(path("/releases/" + releaseId + "/revert"), Map.of());
    }

    /** The feed entries of {@code kind} in the space. */
    JsonNode activity(String kind) {
        return client.get(path("/activity?kind=" + kind)).json().get("activity");
    }
}
