package dev.duet.releases;

import dev.duet.testing.OnBothDatabases;
import dev.duet.testing.Response;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** The delivery API previews a release: drafts with {@code from_release} show the versions it pins. */
class ReleasePreviewIT extends OnBothDatabases {

    ReleaseSite site;
    String publicToken;
    String previewToken;
    long home;
    long pricing;
    long spring;

    @BeforeEach
    void start() {
        site = ReleaseSite.newSpace(app.admin());
        for (var token : app.admin().get(site.path("/delivery_tokens")).json().get("tokens")) {
            if (token.get("access").asText().equals("public")) publicToken = token.get("token").asText();
            else previewToken = token.get("token").asText();
        }
        home = site.story("Home", "Welcome");
        pricing = site.story("Pricing", "Plans");
        site.publish(home);
        site.edit(home, "Spring is here");
        spring = site.release("Spring");
        site.added(spring, home);
        site.edit(home, "A draft after the release");
    }

    Response cdn(String pathAndQuery, String token) {
        var separator = pathAndQuery.contains("?") ? "&" : "?";
        return app.anonymous().get("/v2/cdn/" + pathAndQuery + separator + "token=" + token);
    }

    static String headline(Response response) {
        assertThat(response.status()).as(response.toString()).isEqualTo(200);
        return response.json().at("/story/content/body/0/headline").asText();
    }

    @Test
    void a_draft_request_from_a_release_shows_the_versions_it_pins_and_other_stories_as_drafts() {
        var fromRelease = cdn("stories/home?version=draft&from_release=" + spring, previewToken);
        var draft = cdn("stories/home?version=draft", previewToken);
        var list = cdn("stories?version=draft&from_release=" + spring, previewToken);

        assertThat(headline(fromRelease)).isEqualTo("Spring is here");
        assertThat(headline(draft)).isEqualTo("A draft after the release");
        assertThat(list.json().get("stories")).extracting(story -> story.at("/content/body/0/headline").asText())
                .containsExactlyInAnyOrder("Spring is here", "Plans");
    }

    @Test
    void a_published_request_ignores_the_release() {
        var published = cdn("stories/home?version=published&from_release=" + spring, publicToken);

        assertThat(headline(published)).isEqualTo("Welcome");
    }

    @Test
    void a_release_the_space_does_not_have_is_ignored_as_storyblok_does() {
        var other = ReleaseSite.newSpace(app.admin());
        long elsewhere = other.release("Elsewhere");

        assertThat(headline(cdn("stories/home?version=draft&from_release=999999", previewToken)))
                .isEqualTo("A draft after the release");
        assertThat(headline(cdn("stories/home?version=draft&from_release=" + elsewhere, previewToken)))
                .isEqualTo("A draft after the release");
        assertThat(headline(cdn("stories/home?version=draft&from_release=spring", previewToken)))
                .isEqualTo("A draft after the release");
    }

    @Test
    void links_from_a_release_show_the_pinned_name() {
        var renamed = app.admin().put(site.path("/stories/" + pricing), java.util.Map.of("story",
                java.util.Map.of("name", "Plans and pricing"), "version", 1));
        assertThat(renamed.status()).as(renamed.toString()).isEqualTo(200);
        site.added(spring, pricing);
        app.admin().put(site.path("/stories/" + pricing), java.util.Map.of("story",
                java.util.Map.of("name", "Prices"), "version", 2));

        var links = cdn("links?version=draft&from_release=" + spring, previewToken);
        var draftLinks = cdn("links?version=draft", previewToken);

        assertThat(links.status()).as(links.toString()).isEqualTo(200);
        assertThat(links.json().toString()).contains("Plans and pricing").doesNotContain("Prices\"");
        assertThat(draftLinks.json().toString()).contains("\"Prices\"");
    }
}
