package dev.duet.delivery;

import org.junit.jupiter.api.Test;

import java.util.Map;

import static dev.duet.delivery.DeliveryListIT.slugs;
import static org.assertj.core.api.Assertions.assertThat;

/** Field-level translations: language by parameter or slug prefix, with fallback, in singles and lists. */
class DeliveryLanguagesIT extends OnAcmeSite {

    @Test
    void a_language_prefix_in_the_path_delivers_the_translated_story_with_lang_and_prefixed_full_slug() {
        var german = cdn.both("stories/de/blog/introducing-acme-cloud-workflows").json().get("story");

        assertThat(german.get("lang").asText()).isEqualTo("de");
        assertThat(german.get("full_slug").asText()).isEqualTo("de/blog/introducing-acme-cloud-workflows");
        assertThat(german.get("slug").asText()).isEqualTo("introducing-acme-cloud-workflows");
        assertThat(german.at("/content/title").asText()).isEqualTo("Acme Cloud Workflows ist da");
        assertThat(german.get("content").toString()).doesNotContain("__i18n__");
        assertThat(german.at("/content/category").asText()).isEqualTo("product");
    }

    @Test
    void the_language_parameter_works_with_slugs_ids_and_uuids() {
        var bySlug = cdn.both("stories/home?language=de").json().get("story");
        var byId = cdn.both("stories/" + site.ids.get("home") + "?language=de").json().get("story");
        var byUuid = cdn.both("stories/" + site.uuids.get("home") + "?find_by=uuid&language=de").json().get("story");

        assertThat(bySlug.at("/content/body/0/headline").asText()).isEqualTo("Cloud-Infrastruktur, der Ihr ganzes Team vertrauen kann");
        assertThat(byId).isEqualTo(bySlug);
        assertThat(byUuid).isEqualTo(bySlug);
        assertThat(bySlug.get("full_slug").asText()).isEqualTo("de/home");
    }

    @Test
    void an_untranslated_field_falls_back_to_fallback_lang_then_to_the_default() {
        long zeroTrust = site.ids.get("blog/zero-trust-networking");
        var content = site.story(zeroTrust).get("content").deepCopy();
        ((com.fasterxml.jackson.databind.node.ObjectNode) content).put("teaser__i18n__de", "");
        site.save(zeroTrust, Map.of("content", content));
        site.publish(zeroTrust);

        var plain = cdn.both("stories/de/blog/zero-trust-networking").json().at("/story/content");

        assertThat(plain.get("title").asText()).isEqualTo("Zero-trust networking without the headache");
        assertThat(plain.get("teaser").asText()).startsWith("Service identities");
    }

    @Test
    void starts_with_a_language_prefix_lists_that_language_and_default_forces_the_default() {
        var german = cdn.both("stories?starts_with=de/authors/");

        assertThat(slugs(german)).containsExactly("de/authors/mara-lindqvist", "de/authors/jonas-weber", "de/authors/priya-raman");
        assertThat(german.json().at("/stories/0/content/role").asText()).isEqualTo("Leiterin Produktmarketing");
        assertThat(german.json().at("/stories/0/lang").asText()).isEqualTo("de");
        var english = cdn.both("stories?starts_with=%5Bdefault%5D/authors/");
        assertThat(slugs(english)).containsExactly("authors/mara-lindqvist", "authors/jonas-weber", "authors/priya-raman");
        assertThat(english.json().at("/stories/0/content/role").asText()).isEqualTo("Head of Product Marketing");
        assertThat(slugs(cdn.both("stories?starts_with=de/&level=1"))).containsExactlyInAnyOrder("de/home", "de/about", "de/pricing");
    }

    @Test
    void a_language_the_space_does_not_have_delivers_the_default() {
        var story = cdn.both("stories/home?language=fr").json().get("story");

        assertThat(story.get("lang").asText()).isEqualTo("default");
        assertThat(story.at("/content/body/0/headline").asText()).isEqualTo("Ship cloud infrastructure your whole team can trust");
        assertThat(cdn.both("stories/fr/home").status()).isEqualTo(404);
    }

    @Test
    void the_fallback_language_fills_fields_the_language_leaves_empty() {
        var spaces = site.admin.patch(site.path(""), Map.of("languages", java.util.List.of("de", "de-at")));
        assertThat(spaces.status()).isEqualTo(200);
        long about = site.ids.get("about");
        var content = (com.fasterxml.jackson.databind.node.ObjectNode) site.story(about).get("content").deepCopy();
        content.put("seo_title__i18n__de_at", "");
        site.save(about, Map.of("content", content));
        site.publish(about);

        var austrian = cdn.both("stories/about?language=de-at&fallback_lang=de").json().get("story");
        var withoutFallback = cdn.both("stories/about?language=de-at").json().get("story");

        assertThat(austrian.at("/content/seo_title").asText()).isEqualTo("Über Acme Cloud");
        assertThat(austrian.get("lang").asText()).isEqualTo("de-at");
        assertThat(withoutFallback.at("/content/seo_title").asText()).isEqualTo("About Acme Cloud");
    }
}
