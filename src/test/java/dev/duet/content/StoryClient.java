package dev.duet.content;

import com.fasterxml.jackson.databind.JsonNode;
import dev.duet.testing.Client;
import dev.duet.testing.MarketingSite;
import dev.duet.testing.Response;

import java.util.HashMap;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/** One caller's view of the stories API of one space, so tests read as what they do rather than as URLs. */
final class StoryClient {

    final Client client;
    final long spaceId;

    StoryClient(Client client, long spaceId) {
        this.client = client;
        this.spaceId = spaceId;
    }

    /** Creates a marketing site space, with its components, for the caller to work on. */
    static StoryClient newSpace(Client admin) {
        return new StoryClient(admin, MarketingSite.create(admin));
    }

    /** The same space seen by another caller. */
    StoryClient as(Client other) {
        return new StoryClient(other, spaceId);
    }

    String path(String rest) {
        return "/api/spaces/" + spaceId + rest;
    }

    Response create(Map<String, Object> story) {
        return client.post(path("/stories"), Map.of("story", story));
    }

    JsonNode story(String name, Long parentId, Map<String, Object> content) {
        var story = new HashMap<String, Object>(Map.of("name", name, "content", content));
        if (parentId != null) story.put("parent_id", parentId);
        return created(create(story));
    }

    JsonNode folder(String name, Long parentId) {
        var folder = new HashMap<String, Object>(Map.of("name", name, "is_folder", true));
        if (parentId != null) folder.put("parent_id", parentId);
        return created(create(folder));
    }

    static JsonNode created(Response response) {
        assertThat(response.status()).as(response.toString()).isEqualTo(201);
        return response.json().get("story");
    }

    Response get(long storyId) {
        return client.get(path("/stories/" + storyId));
    }

    /** The story as it is now (fails the test if it cannot be read). */
    JsonNode current(long storyId) {
        var response = get(storyId);
        assertThat(response.status()).as(response.toString()).isEqualTo(200);
        return response.json().get("story");
    }

    int version(long storyId) {
        return current(storyId).get("version").asInt();
    }

    Response update(long storyId, Map<String, Object> story, Object version) {
        var body = new HashMap<String, Object>(Map.of("story", story));
        if (version != null) body.put("version", version);
        return client.put(path("/stories/" + storyId), body);
    }

    /** Saves with the story's current version, as an editor who just loaded it would. */
    JsonNode save(long storyId, Map<String, Object> story) {
        var response = update(storyId, story, version(storyId));
        assertThat(response.status()).as(response.toString()).isEqualTo(200);
        return response.json().get("story");
    }

    Response move(long storyId, Map<String, Object> body) {
        return client.post(path("/stories/" + storyId + "/move"), body);
    }

    Response publish(long storyId, Object version) {
        return client.post(path("/stories/" + storyId + "/publish"), version == null ? null : Map.of("version", version));
    }

    Response unpublish(long storyId, Object version) {
        return client.post(path("/stories/" + storyId + "/unpublish"), version == null ? null : Map.of("version", version));
    }

    Response delete(long storyId, Object version, String query) {
        return client.send("DELETE", path("/stories/" + storyId + query), version == null ? null : Map.of("version", version));
    }

    Response list(String query) {
        return client.get(path("/stories" + query));
    }

    long cv() {
        return client.get("/api/spaces/" + spaceId).json().at("/space/cv").asLong();
    }
}
