package dev.duet.app;

import com.fasterxml.jackson.databind.JsonNode;
import dev.duet.analytics.Event;
import dev.duet.analytics.EventLog;
import dev.duet.analytics.EventType;
import dev.duet.experiments.ExperimentBlock;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;

/**
 * Four weeks of made-up visits to the demo site, so that insights and the demo's running experiment have numbers on
 * first start. Seeded, so every demo shows the same story: visitors come from search, social, email and direct links,
 * are developers, marketers or executives, read pages, click their blocks and sometimes sign up; the experiment's
 * variants are assigned with the real hashing, and the challenger converts a little better than the control.
 */
final class DemoTraffic {

    /** A published page of the demo: its id, and its content as sites see it. */
    record Page(long storyId, JsonNode content) {
    }

    private static final String[] SEGMENTS = {"developer", "marketer", "executive"};
    private static final String[] CHANNELS = {"search", "search", "direct", "social", "email", "referral"};
    private static final String[] DEVICES = {"desktop", "desktop", "mobile", "mobile", "tablet"};
    private static final int BATCH = 5_000;

    private final EventLog events;
    private final Random random = new Random(20261123);

    DemoTraffic(EventLog events) {
        this.events = events;
    }

    /** Appends {@code visitors} visitors' worth of events over the 28 days before {@code now}; returns the count. */
    int simulate(long spaceId, List<Page> pages, int visitors, Instant now) {
        var batch = new ArrayList<Event>(BATCH);
        int total = 0;
        for (int i = 0; i < visitors; i++) {
            visit(spaceId, pages, "demo-" + i, now, batch);
            if (batch.size() >= BATCH) {
                total += flush(batch);
            }
        }
        return total + flush(batch);
    }

    private int flush(List<Event> batch) {
        var count = batch.size();
        events.append(List.copyOf(batch));
        batch.clear();
        return count;
    }

    private void visit(long spaceId, List<Page> pages, String visitor, Instant now, List<Event> out) {
        var profile = new Profile(pick(SEGMENTS), pick(CHANNELS), random.nextInt(5) == 0 ? "de" : "en", pick(DEVICES));
        var at = arrival(now);
        int reads = 1 + random.nextInt(4);
        for (int read = 0; read < reads && !pages.isEmpty(); read++) {
            var page = pickPage(pages);
            out.add(event(spaceId, EventType.VIEW, null, visitor, at, page.storyId(), null, null, null, profile));
            var lift = expose(spaceId, page, visitor, at.plusSeconds(1), profile, out);
            var block = lastBlockUid(page.content());
            double clickRate = profile.segment().equals("developer") ? 0.18 : 0.12;
            if (block != null && random.nextDouble() < clickRate * lift) {
                out.add(event(spaceId, EventType.CLICK, null, visitor, at.plusSeconds(20), page.storyId(), block,
                        null, null, profile));
                if (random.nextDouble() < 0.35) {
                    out.add(event(spaceId, EventType.CONVERSION, "signup", visitor, at.plusSeconds(90),
                            page.storyId(), block, null, null, profile));
                }
            }
            at = at.plusSeconds(30 + random.nextInt(240));
        }
    }

    /** A third of the reads go to pages with an experiment, so that its result is worth reading after four weeks. */
    private Page pickPage(List<Page> pages) {
        var tested = pages.stream().filter(DemoTraffic::hasExperiment).toList();
        if (!tested.isEmpty() && random.nextDouble() < 0.35) return tested.get(random.nextInt(tested.size()));
        return pages.get(random.nextInt(pages.size()));
    }

    private static boolean hasExperiment(Page page) {
        for (var node : page.content().path("body")) {
            if (ExperimentBlock.isExperiment(node)) return true;
        }
        return false;
    }

    /** Reports an exposure for each running experiment on the page; returns how much more the variant converts. */
    private double expose(long spaceId, Page page, String visitor, Instant at, Profile profile, List<Event> out) {
        double lift = 1.0;
        for (var node : page.content().path("body")) {
            if (!ExperimentBlock.isExperiment(node)) continue;
            var experiment = ExperimentBlock.of(node);
            var variation = experiment.assign(visitor);
            if (variation.isEmpty()) continue;
            out.add(event(spaceId, EventType.EXPOSURE, null, visitor, at, page.storyId(), experiment.uid(),
                    experiment.key(), variation.get(), profile));
            if (variation.get() > 0) lift = 1.3;
        }
        return lift;
    }

    /** Visits spread over four weeks, busier on weekdays and in the working hours of Europe. */
    private Instant arrival(Instant now) {
        while (true) {
            var candidate = now.minus(Duration.ofMinutes(random.nextInt(28 * 24 * 60)));
            var time = candidate.atZone(java.time.ZoneOffset.UTC);
            double weight = (time.getDayOfWeek().getValue() >= 6 ? 0.5 : 1.0)
                    * (time.getHour() >= 7 && time.getHour() <= 19 ? 1.0 : 0.3);
            if (random.nextDouble() < weight) return candidate;
        }
    }

    private static String lastBlockUid(JsonNode content) {
        var body = content.path("body");
        return !body.isArray() || body.isEmpty() ? null : body.get(body.size() - 1).path("_uid").asText(null);
    }

    private static Event event(long spaceId, EventType type, String name, String visitor, Instant at, long storyId,
                               String block, String experiment, Integer variation, Profile profile) {
        return new Event(spaceId, type, name, visitor, at, storyId, block, experiment, variation, null,
                profile.segment(), profile.channel(), profile.locale(), profile.device());
    }

    private String pick(String[] values) {
        return values[random.nextInt(values.length)];
    }

    private record Profile(String segment, String channel, String locale, String device) {
    }
}
