package dev.duet.analytics;

import com.fasterxml.jackson.databind.JsonNode;
import dev.duet.web.Json;
import org.junit.jupiter.api.Test;

import java.time.Instant;

import static org.assertj.core.api.Assertions.assertThat;

class EventRulesTest {

    static final Instant NOW = Instant.parse("2026-11-23T12:00:00Z");
    static final EventRules.Request REQUEST = new EventRules.Request(7, NOW, "mobile", id -> id == 12);

    static JsonNode json(String text) {
        return Json.tree(text.replace('\'', '"'));
    }

    static Event accepted(String text) {
        var verdict = EventRules.check(json(text), REQUEST);
        assertThat(verdict).isInstanceOf(EventRules.Accepted.class);
        return ((EventRules.Accepted) verdict).event();
    }

    static java.util.List<String> refused(String text) {
        var verdict = EventRules.check(json(text), REQUEST);
        assertThat(verdict).isInstanceOf(EventRules.Refused.class);
        return ((EventRules.Refused) verdict).errors();
    }

    @Test
    void a_full_event_keeps_every_dimension_and_ignores_unknown_properties() {
        var event = accepted("{'type': 'conversion', 'visitor': 'v-1', 'at': '2026-11-23T13:00:00+01:00', 'story_id': 12,"
                + " 'block': 'cta-1', 'experiment': 'hero', 'variation': 1, 'name': 'signup', 'value': 19.9,"
                + " 'segment': 'developer', 'locale': 'de-at', 'device': 'desktop', 'channel': 'email', 'colour': 'red'}");

        assertThat(event).isEqualTo(new Event(7, EventType.CONVERSION, "signup", "v-1", NOW, 12L, "cta-1", "hero", 1,
                19.9, "developer", "email", "de-at", "desktop"));
    }

    @Test
    void time_device_and_channel_default_to_arrival_user_agent_and_utm_tags() {
        var event = accepted("{'type': 'view', 'visitor': 'v-1', 'utm_medium': 'cpc', 'referrer': 'https://t.co/x'}");

        assertThat(event.occurredAt()).isEqualTo(NOW);
        assertThat(event.device()).isEqualTo("mobile");
        assertThat(event.channel()).isEqualTo("paid");
    }

    @Test
    void an_empty_referrer_or_utm_tag_is_absent_as_browsers_report_it() {
        var event = accepted("{'type': 'view', 'visitor': 'v-1', 'referrer': '', 'utm_source': '', 'utm_medium': '',"
                + " 'utm_campaign': ''}");

        assertThat(event.channel()).isEqualTo("direct");
        assertThat(accepted("{'type': 'view', 'visitor': 'v-1', 'utm_medium': '', 'referrer': 'https://www.google.com/'}")
                .channel()).isEqualTo("search");
        assertThat(refused("{'type': 'view', 'visitor': 'v', 'segment': ''}")).containsExactly(
                "segment: must be 1 to 100 characters");
    }

    @Test
    void type_and_visitor_are_required_and_checked() {
        assertThat(refused("{}")).containsExactly("type: required", "visitor: required");
        assertThat(refused("{'type': 'purchase', 'visitor': 'v'}")).containsExactly(
                "type: must be one of exposure, view, click, conversion, custom (got purchase)");
        assertThat(refused("{'type': 'view', 'visitor': '" + "v".repeat(129) + "'}")).containsExactly(
                "visitor: must be 1 to 128 characters");
        assertThat(refused("{'type': 'view', 'visitor': 'a\\u0000b'}")).containsExactly("visitor: must not contain control characters");
        assertThat(refused("{'type': 'view', 'visitor': '   '}")).containsExactly("visitor: must not be blank");
        assertThat(refused("{'type': 'view', 'visitor': 42}")).containsExactly("visitor: must be a string");
        assertThat(refused("[1]")).containsExactly("event: must be a JSON object");
    }

    @Test
    void each_type_requires_what_it_is_about() {
        assertThat(refused("{'type': 'exposure', 'visitor': 'v'}")).containsExactly(
                "experiment: required for an exposure", "variation: required for an exposure");
        assertThat(refused("{'type': 'exposure', 'visitor': 'v', 'experiment': 'hero', 'variation': -1}")).containsExactly(
                "variation: must be an integer from 0 to 1000", "variation: required for an exposure");
        assertThat(refused("{'type': 'click', 'visitor': 'v'}")).containsExactly(
                "block: required for a click (the _uid of the clicked block)");
        assertThat(refused("{'type': 'conversion', 'visitor': 'v'}")).containsExactly("name: required for a conversion event");
        assertThat(refused("{'type': 'custom', 'visitor': 'v', 'name': 'Sign Up!'}")).containsExactly(
                "name: lower-case letters, digits and . _ - : / only (got Sign Up!)");
        assertThat(refused("{'type': 'custom', 'visitor': 'v', 'name': '" + "n".repeat(101) + "'}")).containsExactly(
                "name: must be 1 to 100 characters", "name: required for a custom event");
        assertThat(accepted("{'type': 'exposure', 'visitor': 'v', 'experiment': 'hero', 'variation': 0}").variation()).isZero();
    }

    @Test
    void times_must_carry_an_offset_and_lie_within_five_minutes_ahead_and_seven_days_back() {
        assertThat(refused("{'type': 'view', 'visitor': 'v', 'at': '2026-11-23T12:00:00'}")).singleElement().asString()
                .startsWith("at: must be an ISO-8601 time with an offset");
        assertThat(refused("{'type': 'view', 'visitor': 'v', 'at': 'yesterday'}")).hasSize(1);
        assertThat(refused("{'type': 'view', 'visitor': 'v', 'at': '2026-11-23T12:05:01Z'}")).containsExactly(
                "at: more than 5 minutes in the future");
        assertThat(refused("{'type': 'view', 'visitor': 'v', 'at': '2026-11-16T11:59:59Z'}")).containsExactly(
                "at: more than 7 days in the past");
        assertThat(accepted("{'type': 'view', 'visitor': 'v', 'at': '2026-11-23T12:05:00Z'}").occurredAt())
                .isEqualTo(NOW.plusSeconds(300));
        assertThat(accepted("{'type': 'view', 'visitor': 'v', 'at': '2026-11-16T12:00:00Z'}").occurredAt())
                .isEqualTo(Instant.parse("2026-11-16T12:00:00Z"));
    }

    @Test
    void story_ids_are_positive_integers_of_the_space() {
        assertThat(refused("{'type': 'view', 'visitor': 'v', 'story_id': 13}")).containsExactly("story_id: no story 13 in this space");
        assertThat(refused("{'type': 'view', 'visitor': 'v', 'story_id': 0}")).containsExactly("story_id: must be a positive integer");
        assertThat(refused("{'type': 'view', 'visitor': 'v', 'story_id': '12'}")).containsExactly("story_id: must be a positive integer");
        assertThat(refused("{'type': 'view', 'visitor': 'v', 'story_id': 12.5}")).containsExactly("story_id: must be a positive integer");
    }

    @Test
    void values_are_finite_numbers_and_closed_sets_are_closed() {
        assertThat(refused("{'type': 'custom', 'visitor': 'v', 'name': 'revenue', 'value': 1e999}")).containsExactly(
                "value: must be a finite number");
        assertThat(refused("{'type': 'custom', 'visitor': 'v', 'name': 'revenue', 'value': '3'}")).containsExactly(
                "value: must be a finite number");
        assertThat(refused("{'type': 'view', 'visitor': 'v', 'device': 'watch', 'channel': 'tv'}")).containsExactly(
                "device: must be one of desktop, mobile, tablet (got watch)",
                "channel: must be one of campaign, direct, email, paid, referral, search, social (got tv)");
        assertThat(refused("{'type': 'view', 'visitor': 'v', 'locale': 'en us'}")).containsExactly(
                "locale: letters, digits, - and _ only, like en or de-at");
    }

    @Test
    void text_fields_are_bounded() {
        assertThat(refused("{'type': 'view', 'visitor': 'v', 'segment': '" + "s".repeat(101) + "'}")).containsExactly(
                "segment: must be 1 to 100 characters");
        assertThat(refused("{'type': 'view', 'visitor': 'v', 'referrer': 'https://" + "r".repeat(2048) + "'}")).containsExactly(
                "referrer: must be 1 to 2048 characters");
        assertThat(refused("{'type': 'view', 'visitor': 'v', 'utm_campaign': '" + "c".repeat(257) + "'}")).containsExactly(
                "utm_campaign: must be 1 to 256 characters");
        assertThat(refused("{'type': 'click', 'visitor': 'v', 'block': ''}")).containsExactly(
                "block: must be 1 to 128 characters", "block: required for a click (the _uid of the clicked block)");
    }

    @Test
    void null_counts_as_absent() {
        var event = accepted("{'type': 'view', 'visitor': 'v', 'story_id': null, 'value': null, 'device': null}");

        assertThat(event.storyId()).isNull();
        assertThat(event.value()).isNull();
        assertThat(event.device()).isEqualTo("mobile");
    }
}
