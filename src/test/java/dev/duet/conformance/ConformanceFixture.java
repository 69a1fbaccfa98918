package dev.duet.conformance;

import com.fasterxml.jackson.databind.JsonNode;
import dev.duet.testing.Client;
import dev.duet.testing.Response;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * What the conformance suite reads beyond the demo archive, written through the management API as an editor would
 * (src/test/conformance/fixture.js describes it to the suite): the folder {@code team} with {@link #TEAM_SIZE}
 * published authors, the published post {@code team/roster} relating to all of them (more than the 50 relations the
 * delivery API inlines, so the client must follow {@code rel_uuids}) and the published page {@code team/notice}
 * that the suite edits and republishes.
 */
final class ConformanceFixture {

    static final int TEAM_SIZE = 55;

    private final Client admin;
    private final long spaceId;

    ConformanceFixture(Client admin, long spaceId) {
        this.admin = admin;
        this.spaceId = spaceId;
    }

    void create() {
        long team = created(Map.of("name", "Team", "slug", "team", "is_folder", true)).get("id").asLong();
        var members = new ArrayList<String>();
        for (int i = 1; i <= TEAM_SIZE; i++) {
            var name = "Member %02d".formatted(i);
            var author = blok("author", "name", name, "role", "Engineer", "role__i18n__de", "Ingenieurin");
            members.add(publish(story(team, name, "member-%02d".formatted(i), author)).get("uuid").asText());
        }
        publish(story(team, "Meet the team", "roster", blok("blog_post", "title", "Meet the team",
                "author", members, "reading_time", "12", "category", "company", "published_on", "2025-10-01 09:00")));
        publish(story(team, "Notice", "notice", blok("page", "seo_title", "No maintenance planned", "body", List.of())));
    }

    private static Map<String, Object> blok(String component, Object... fields) {
        var blok = new HashMap<String, Object>();
        blok.put("_uid", UUID.randomUUID().toString());
        blok.put("component", component);
        for (int i = 0; i < fields.length; i += 2) blok.put((String) fields[i], fields[i + 1]);
        return blok;
    }

    private JsonNode story(long parentId, String name, String slug, Map<String, Object> content) {
        return created(Map.of("name", name, "slug", slug, "parent_id", parentId, "content", content));
    }

    private JsonNode created(Map<String, Object> story) {
        return ok(admin.post(stories(""), Map.of("story", story)), 201);
    }

    private JsonNode publish(JsonNode story) {
        var path = stories("/" + story.get("id").asLong() + "/publish");
        return ok(admin.post(path, Map.of("version", story.get("version").asLong())), 200);
    }

    private String stories(String rest) {
        return "/api/spaces/" + spaceId + "/stories" + rest;
    }

    private static JsonNode ok(Response response, int status) {
        assertThat(response.status()).as(response.toString()).isEqualTo(status);
        return response.json().get("story");
    }
}
