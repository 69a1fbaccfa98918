package dev.duet.delivery;

import dev.duet.testing.TestApp;
import dev.duet.testing.TestDatabase;
import dev.duet.web.Json;
import org.junit.jupiter.api.Test;

import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/** Two Duet nodes on one PostgreSQL: a publish on one is served by the other within a second, also after a restart. */
class SeveralNodesIT {

    private static final long ONE_SECOND = 1_000_000_000L;

    @Test
    void a_publish_on_one_node_is_visible_on_the_other_within_a_second_even_after_that_node_restarts() throws Exception {
        var setup = TestApp.Setup.on(TestDatabase.POSTGRES);
        try (var first = new TestApp(setup)) {
            var site = AcmeSite.create(first);
            var second = new TestApp(setup);
            try {
                var read = "/v2/cdn/stories/about?token=" + site.publicToken;
                assertThat(second.anonymous().get(read).json().at("/story/content/seo_title").asText()).doesNotContain("v2");

                publishNewTitle(site, "About Acme v2");
                assertThat(seenWithinASecond(second, read, "About Acme v2")).isTrue();
            } finally {
                second.close();
            }
            try (var restarted = new TestApp(setup)) {
                var read = "/v2/cdn/stories/about?token=" + site.publicToken;
                assertThat(restarted.anonymous().get(read).json().at("/story/content/seo_title").asText()).isEqualTo("About Acme v2");

                publishNewTitle(site, "About Acme v3");
                assertThat(seenWithinASecond(restarted, read, "About Acme v3")).isTrue();
            }
        }
    }

    private static void publishNewTitle(AcmeSite site, String title) {
        var id = site.ids.get("about");
        var story = site.admin.get(site.path("/stories/" + id)).json().get("story");
        var content = (com.fasterxml.jackson.databind.node.ObjectNode) story.get("content").deepCopy();
        content.put("seo_title", title);
        var saved = site.admin.put(site.path("/stories/" + id), Map.of("story", Map.of("content", content),
                "version", story.get("version").asInt())).json().get("story");
        var published = site.admin.post(site.path("/stories/" + id + "/publish"), Map.of("version", saved.get("version").asInt()));
        assertThat(published.status()).as(published.toString()).isEqualTo(200);
    }

    private static boolean seenWithinASecond(TestApp node, String read, String title) throws InterruptedException {
        long deadline = System.nanoTime() + ONE_SECOND;
        while (System.nanoTime() < deadline) {
            var answer = node.anonymous().get(read);
            if (Json.tree(answer.text()).at("/story/content/seo_title").asText().equals(title)) return true;
            Thread.sleep(20);
        }
        return false;
    }
}
