package dev.duet.analytics;

import dev.duet.access.Role;
import dev.duet.testing.Client;
import dev.duet.testing.MarketingSite;
import dev.duet.testing.Response;
import dev.duet.testing.TestApp;
import dev.duet.testing.TestDatabase;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.Parameter;
import org.junit.jupiter.params.ParameterizedClass;
import org.junit.jupiter.params.provider.EnumSource;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import static dev.duet.testing.MarketingSite.page;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

/**
 * Insights over a week of a small marketing site (16-22 November 2026, previous week 9-15 November), every number
 * worked out by hand from the events appended below.
 */
@ParameterizedClass
@EnumSource(TestDatabase.class)
class InsightsIT {

    static final Instant NOW = Instant.parse("2026-11-23T12:00:00Z");
    static final String WEEK = "from=2026-11-16&to=2026-11-22";

    @Parameter
    TestDatabase database;

    TestApp app;
    long spaceId;
    long home;
    long pricing;

    @BeforeEach
    void start() {
        app = new TestApp(TestApp.Setup.on(database).clock(Clock.fixed(NOW, ZoneOffset.UTC)));
        spaceId = MarketingSite.create(app.admin());
        home = story("Home", "home");
        pricing = story("Pricing", "pricing");
        app.wiring.eventLog.append(week());
    }

    @AfterEach
    void stop() {
        app.close();
    }

    long story(String name, String slug) {
        var created = app.admin().post(path("/stories"), Map.of("story", Map.of("name", name, "slug", slug,
                "content", page(name))));
        assertThat(created.status()).as(created.toString()).isEqualTo(201);
        return created.json().at("/story/id").asLong();
    }

    String path(String rest) {
        return "/api/spaces/" + spaceId + rest;
    }

    /** This week: ann, bob and cid; the week before: dan, eve, fay and gus; one view today, outside both. */
    List<Event> week() {
        var events = new ArrayList<Event>();
        events.add(event(EventType.VIEW, "ann", "2026-11-16T10:00:00Z", home, null, null, "developer", "email", "mobile"));
        events.add(event(EventType.VIEW, "ann", "2026-11-17T10:00:00Z", home, null, null, "developer", "email", "mobile"));
        events.add(event(EventType.VIEW, "bob", "2026-11-17T14:00:00Z", home, null, null, null, "search", "desktop"));
        events.add(event(EventType.VIEW, "bob", "2026-11-17T14:00:30Z", home, "hero-1", null, null, "search", "desktop"));
        events.add(event(EventType.CLICK, "bob", "2026-11-17T14:01:00Z", home, "cta-1", null, null, "search", "desktop"));
        events.add(event(EventType.CONVERSION, "bob", "2026-11-17T14:02:00Z", home, "cta-1", 20.0, null, "search", "desktop"));
        events.add(event(EventType.VIEW, "cid", "2026-11-20T09:00:00Z", pricing, null, null, "marketer", "search", "desktop"));
        events.add(event(EventType.CONVERSION, "ann", "2026-11-20T09:30:00Z", pricing, null, 10.0, "developer", "email", "mobile"));
        events.add(event(EventType.VIEW, "dan", "2026-11-10T08:00:00Z", home, null, null, null, null, null));
        events.add(event(EventType.VIEW, "eve", "2026-11-10T08:00:00Z", home, null, null, null, null, null));
        events.add(event(EventType.VIEW, "dan", "2026-11-12T08:00:00Z", pricing, null, null, null, null, null));
        events.add(event(EventType.VIEW, "fay", "2026-11-12T08:00:00Z", pricing, null, null, null, null, null));
        events.add(event(EventType.VIEW, "gus", "2026-11-15T23:59:00Z", pricing, null, null, null, null, null));
        events.add(event(EventType.VIEW, "hal", "2026-11-23T11:00:00Z", home, null, null, null, null, null));
        return events;
    }

    Event event(EventType type, String visitor, String at, long storyId, String block, Double value, String segment,
                String channel, String device) {
        return new Event(spaceId, type, type == EventType.CONVERSION ? "signup" : null, visitor, Instant.parse(at),
                storyId, block, null, null, value, segment, channel, channel == null ? null : "en", device);
    }

    Response get(Client client, String rest) {
        var response = client.get(path(rest));
        assertThat(response.status()).as(response.toString()).isEqualTo(200);
        return response;
    }

    @Test
    void the_overview_counts_page_views_visitors_clicks_and_conversions_against_the_week_before() {
        var overview = get(app.admin(), "/insights/overview?" + WEEK).json();

        assertThat(overview.at("/period/from").asText()).isEqualTo("2026-11-16");
        assertThat(overview.at("/previous_period/from").asText()).isEqualTo("2026-11-09");
        assertThat(overview.at("/previous_period/to").asText()).isEqualTo("2026-11-15");
        assertThat(overview.at("/granularity").asText()).isEqualTo("day");
        assertThat(overview.at("/totals/views").asLong()).as("the block impression is no page view").isEqualTo(4);
        assertThat(overview.at("/totals/visitors").asLong()).isEqualTo(3);
        assertThat(overview.at("/totals/clicks").asLong()).isEqualTo(1);
        assertThat(overview.at("/totals/conversions").asLong()).isEqualTo(2);
        assertThat(overview.at("/totals/conversion_value").asDouble()).isEqualTo(30.0);
        assertThat(overview.at("/totals/conversion_rate").asDouble()).isCloseTo(2.0 / 3, within(1e-9));
        assertThat(overview.at("/previous_totals/views").asLong()).isEqualTo(5);
        assertThat(overview.at("/previous_totals/visitors").asLong()).as("dan came twice").isEqualTo(4);
        assertThat(overview.at("/previous_totals/conversion_rate").asDouble()).isZero();
        assertThat(overview.at("/change/conversion_rate").isNull()).as("no change from 0 can be a percentage").isTrue();
        assertThat(overview.at("/change/views").asDouble()).isCloseTo(-0.2, within(1e-9));
        assertThat(overview.at("/change/visitors").asDouble()).isCloseTo(-0.25, within(1e-9));
        assertThat(overview.at("/change/conversions").isNull()).as("nothing to compare with").isTrue();
        assertThat(overview.at("/series")).hasSize(7);
        assertThat(overview.at("/series/1").toString())
                .isEqualTo("{\"at\":\"2026-11-17\",\"views\":2,\"visitors\":2,\"clicks\":1,\"conversions\":1}");
        assertThat(overview.at("/previous_series/0/at").asText()).isEqualTo("2026-11-09");
        assertThat(overview.at("/previous_series/1/views").asLong()).isEqualTo(2);
    }

    @Test
    void a_range_of_up_to_two_days_is_reported_hour_by_hour() {
        var overview = get(app.admin(), "/insights/overview?from=2026-11-17&to=2026-11-17").json();

        assertThat(overview.at("/granularity").asText()).isEqualTo("hour");
        assertThat(overview.at("/series")).hasSize(24);
        assertThat(overview.at("/series/14").toString())
                .isEqualTo("{\"at\":\"2026-11-17T14\",\"views\":1,\"visitors\":null,\"clicks\":1,\"conversions\":1}");
        assertThat(overview.at("/previous_period/from").asText()).isEqualTo("2026-11-16");
        assertThat(overview.at("/previous_totals/views").asLong()).isEqualTo(1);
    }

    @Test
    void without_dates_the_last_28_days_up_to_today_are_reported() {
        var overview = get(app.admin(), "/insights/overview").json();

        assertThat(overview.at("/period/from").asText()).isEqualTo("2026-10-27");
        assertThat(overview.at("/period/to").asText()).isEqualTo("2026-11-23");
        assertThat(overview.at("/period/days").asLong()).isEqualTo(28);
        assertThat(overview.at("/totals/views").asLong()).isEqualTo(10);
    }

    @Test
    void one_story_s_overview_counts_only_that_story() {
        var overview = get(app.admin(), "/insights/overview?" + WEEK + "&story_id=" + pricing).json();

        assertThat(overview.at("/story_id").asLong()).isEqualTo(pricing);
        assertThat(overview.at("/totals/views").asLong()).isEqualTo(1);
        assertThat(overview.at("/totals/visitors").asLong()).isEqualTo(2);
        assertThat(overview.at("/totals/conversions").asLong()).isEqualTo(1);
        assertThat(overview.at("/previous_totals/views").asLong()).isEqualTo(3);
    }

    @Test
    void stories_are_listed_with_names_change_and_top_movers() {
        var response = get(app.admin(), "/insights/stories?" + WEEK);
        var report = response.json();

        assertThat(response.header("total")).isEqualTo("2");
        assertThat(report.at("/stories/0/story_id").asLong()).isEqualTo(home);
        assertThat(report.at("/stories/0/name").asText()).isEqualTo("Home");
        assertThat(report.at("/stories/0/full_slug").asText()).isEqualTo("home");
        assertThat(report.at("/stories/0/views").asLong()).isEqualTo(3);
        assertThat(report.at("/stories/0/visitors").asLong()).isEqualTo(2);
        assertThat(report.at("/stories/0/conversion_rate").asDouble()).isEqualTo(0.5);
        assertThat(report.at("/stories/0/previous_views").asLong()).isEqualTo(2);
        assertThat(report.at("/stories/0/views_change").asDouble()).isEqualTo(0.5);
        assertThat(report.at("/stories/1/views_change").asDouble()).isCloseTo(-2.0 / 3, within(1e-9));
        assertThat(report.at("/top_movers/rises/0/story_id").asLong()).isEqualTo(home);
        assertThat(report.at("/top_movers/rises")).hasSize(1);
        assertThat(report.at("/top_movers/falls/0/story_id").asLong()).isEqualTo(pricing);
    }

    @Test
    void stories_sort_by_the_chosen_number_and_page() {
        var byName = get(app.admin(), "/insights/stories?" + WEEK + "&sort=name").json();
        var fewestViews = get(app.admin(), "/insights/stories?" + WEEK + "&sort=views&order=asc&per_page=1").json();

        assertThat(byName.at("/stories").findValuesAsText("name")).containsExactly("Home", "Pricing");
        assertThat(fewestViews.at("/stories")).hasSize(1);
        assertThat(fewestViews.at("/stories/0/name").asText()).isEqualTo("Pricing");
    }

    @Test
    void blocks_of_a_story_show_clicks_per_page_view_and_their_component() {
        var report = get(app.admin(), "/insights/blocks?" + WEEK + "&story_id=" + home).json();

        assertThat(report.at("/name").asText()).isEqualTo("Home");
        assertThat(report.at("/page_views").asLong()).isEqualTo(3);
        assertThat(report.at("/blocks")).hasSize(2);
        assertThat(report.at("/blocks/0/block_uid").asText()).isEqualTo("cta-1");
        assertThat(report.at("/blocks/0/component").asText()).isEqualTo("cta");
        assertThat(report.at("/blocks/0/clicks").asLong()).isEqualTo(1);
        assertThat(report.at("/blocks/0/click_rate").asDouble()).isCloseTo(1.0 / 3, within(1e-9));
        assertThat(report.at("/blocks/0/conversions").asLong()).isEqualTo(1);
        assertThat(report.at("/blocks/1/block_uid").asText()).isEqualTo("hero-1");
        assertThat(report.at("/blocks/1/component").asText()).isEqualTo("hero");
        assertThat(report.at("/blocks/1/views").asLong()).isEqualTo(1);
    }

    @Test
    void timing_places_views_and_conversions_by_weekday_and_hour_in_the_chosen_offset() {
        var utc = get(app.admin(), "/insights/timing?" + WEEK).json();
        var berlin = get(app.admin(), "/insights/timing?" + WEEK + "&tz=%2B02:00").json();

        assertThat(utc.at("/cells")).hasSize(7 * 24);
        // Tuesday 17 November, 14:00 UTC: bob's view and conversion; index (day - 1) * 24 + hour
        assertThat(utc.at("/cells/" + (24 + 14)).toString())
                .isEqualTo("{\"day_of_week\":2,\"hour\":14,\"views\":1,\"conversions\":1}");
        assertThat(berlin.at("/tz").asText()).isEqualTo("+02:00");
        assertThat(berlin.at("/cells/" + (24 + 16) + "/views").asLong()).isEqualTo(1);
        assertThat(berlin.at("/cells/" + (24 + 14) + "/views").asLong()).isZero();
    }

    @Test
    void the_breakdown_splits_by_channel_and_by_device() {
        var channels = get(app.admin(), "/insights/breakdown?" + WEEK + "&by=channel").json();
        var devices = get(app.admin(), "/insights/breakdown?" + WEEK + "&by=device&story_id=" + home).json();

        assertThat(channels.at("/by").asText()).isEqualTo("channel");
        assertThat(channels.at("/values").findValuesAsText("value")).as("equal views and conversions: by name")
                .containsExactly("email", "search");
        assertThat(channels.at("/values/1").toString()).isEqualTo("{\"value\":\"search\",\"views\":2,\"clicks\":1,"
                + "\"conversions\":1,\"click_rate\":0.5,\"conversions_per_view\":0.5}");
        assertThat(channels.at("/values/0/clicks").asLong()).isZero();
        assertThat(channels.at("/values/0/conversions").asLong()).isEqualTo(1);
        assertThat(devices.at("/values").findValuesAsText("value")).containsExactly("mobile", "desktop");
        assertThat(devices.at("/values/1/conversions").asLong()).isEqualTo(1);
    }

    @Test
    void every_report_downloads_as_csv_by_parameter_or_accept_header() {
        var stories = get(app.admin(), "/insights/stories?" + WEEK + "&format=csv");
        var timing = get(app.admin().header("Accept", "text/csv"), "/insights/timing?" + WEEK);

        assertThat(stories.header("Content-Type")).startsWith("text/csv");
        assertThat(stories.header("Content-Disposition"))
                .isEqualTo("attachment; filename=\"insights-stories-2026-11-16-to-2026-11-22.csv\"");
        var lines = stories.text().split("\r\n");
        assertThat(lines[0]).startsWith("story_id,name,full_slug,views,visitors,clicks,conversions,conversion_rate");
        assertThat(lines[1]).isEqualTo(home + ",Home,home,3,2,1,1,0.5,2,2,0,0.5,");
        assertThat(lines).hasSize(3);
        assertThat(timing.text().split("\r\n")).hasSize(1 + 7 * 24).contains("2,14,1,1");
        for (var report : List.of("overview", "blocks?story_id=" + home, "breakdown?by=locale")) {
            var csv = get(app.admin(), "/insights/" + report + (report.contains("?") ? "&" : "?") + "format=csv");
            assertThat(csv.header("Content-Disposition")).as(report).startsWith("attachment; filename=\"insights-");
            assertThat(csv.text()).as(report).contains("\r\n");
        }
    }

    @Test
    void a_story_name_that_a_spreadsheet_would_run_is_written_as_text() {
        var formula = story("=HYPERLINK(\"x\"), really", "formula");
        app.wiring.eventLog.append(List.of(event(EventType.VIEW, "ann", "2026-11-18T10:00:00Z", formula, null, null,
                null, null, null)));

        var csv = get(app.admin(), "/insights/stories?" + WEEK + "&format=csv&sort=name").text();

        assertThat(csv).contains(formula + ",\"'=HYPERLINK(\"\"x\"\"), really\",formula,1,");
    }

    @Test
    void a_viewer_may_read_insights_and_an_anonymous_caller_may_not() {
        var viewer = app.as(Role.VIEWER);

        for (var report : List.of("overview", "stories", "blocks?story_id=" + home, "timing", "breakdown?by=segment")) {
            assertThat(viewer.get(path("/insights/" + report)).status()).as(report).isEqualTo(200);
            var anonymous = app.anonymous().get(path("/insights/" + report));
            assertThat(anonymous.status()).as(report).isEqualTo(401);
        }
    }

    @Test
    void bad_parameters_are_refused_naming_the_parameter() {
        var admin = app.admin();
        var cases = Map.ofEntries(
                Map.entry("/insights/overview?from=yesterday", "from"),
                Map.entry("/insights/overview?from=2026-11-20&to=2026-11-19", "from"),
                Map.entry("/insights/overview?from=2025-01-01&to=2026-01-02", "to"),
                Map.entry("/insights/overview?story_id=abc", "story_id"),
                Map.entry("/insights/overview?format=xml", "format"),
                Map.entry("/insights/stories?sort=popularity", "sort"),
                Map.entry("/insights/stories?order=sideways", "order"),
                Map.entry("/insights/stories?per_page=0", "per_page"),
                Map.entry("/insights/blocks", "story_id"),
                Map.entry("/insights/timing?tz=Mars", "tz"),
                Map.entry("/insights/breakdown", "by"),
                Map.entry("/insights/breakdown?by=weather", "by"));
        cases.forEach((request, parameter) -> {
            var response = admin.get(path(request));
            assertThat(response.status()).as(request).isEqualTo(400);
            assertThat(response.json().at("/details/0/path").asText()).as(request).isEqualTo(parameter);
        });
    }

    @Test
    void a_full_year_is_allowed_but_a_day_more_is_not() {
        assertThat(app.admin().get(path("/insights/overview?from=2024-01-01&to=2024-12-31")).status()).isEqualTo(200);
        assertThat(app.admin().get(path("/insights/overview?from=2024-01-01&to=2025-01-01")).status()).isEqualTo(400);
    }

    @Test
    void unknown_spaces_and_stories_are_not_found() {
        assertThat(app.admin().get("/api/spaces/999999/insights/overview").status()).isEqualTo(404);
        assertThat(app.admin().get(path("/insights/blocks?story_id=999999")).status()).isEqualTo(404);
        assertThat(app.admin().get(path("/insights/overview?story_id=999999")).status()).isEqualTo(404);
    }
}
