package dev.duet.analytics;

import dev.duet.testing.MarketingSite;
import dev.duet.testing.TestApp;
import dev.duet.testing.TestDatabase;
import dev.duet.webhooks.DeliverySchedule;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import java.util.function.Supplier;

import static dev.duet.testing.MarketingSite.page;

/**
 * Times the insights queries over 10 million events (90 days, 200 stories, skewed dimensions) on SQLite and
 * PostgreSQL, against a plain {@code SELECT COUNT(*)} over the wide rollup table in the same run. The events are drawn
 * hour by hour and derived by the production code ({@link Rollups}, {@link VisitorSketches}) in transactions of
 * {@link EventDerivation#MAX_GROUP} events, so the load also measures derivation throughput. Run by
 * bench/insights/run.sh; writes a Markdown report. Not a test: nothing here runs in the build.
 */
public final class InsightsBenchmark {

    static final int EVENTS = Integer.getInteger("events", 10_000_000);
    static final int DAYS = Integer.getInteger("days", 90);
    static final int STORIES = Integer.getInteger("stories", 200);
    static final int RUNS = Integer.getInteger("runs", 7);
    static final int EVENTS_PER_VISITOR_DAY = 8;
    static final LocalDate LAST_DAY = LocalDate.of(2026, 11, 22);

    static final String[] SEGMENTS = {null, "developer", "marketer", "it_leader", "founder"};
    static final String[] CHANNELS = {"direct", "search", "email", "social", "referral", "paid"};
    static final String[] LOCALES = {"en", "de", "fr", "es"};
    static final String[] DEVICES = {"desktop", "mobile", "tablet"};
    static final String[] BLOCKS = {"hero-1", "cta-1", "features-1", "faq-1"};

    public static void main(String[] args) throws Exception {
        var report = new StringBuilder();
        report.append("Data: ").append(String.format(Locale.ROOT, "%,d", EVENTS)).append(" events over ")
                .append(DAYS).append(" days up to ").append(LAST_DAY).append(", ").append(STORIES)
                .append(" stories; queries for the default 28-day period (and its previous 28 days); ").append(RUNS)
                .append(" timed runs after one warm-up.\n\n");
        for (var database : TestDatabase.values()) {
            if (System.getProperty("databases", "SQLITE,POSTGRES").contains(database.name())) report.append(run(database));
        }
        Files.writeString(Path.of(args[0]), report.toString());
        System.out.print(report);
        System.exit(0); // the embedded PostgreSQL's threads would keep the JVM up until its own hook runs
    }

    static String run(TestDatabase database) throws Exception {
        try (var app = new TestApp(new TestApp.Setup(database.newUrl(), Map.of(), null, DeliverySchedule.STANDARD,
                Clock.systemUTC()))) {
            var admin = app.admin();
            long spaceId = MarketingSite.create(admin);
            var storyIds = new ArrayList<Long>();
            for (int i = 0; i < STORIES; i++) {
                storyIds.add(admin.post("/api/spaces/" + spaceId + "/stories", Map.of("story", Map.of("name", "Page " + i,
                        "slug", "page-" + i, "content", page("Page " + i)))).json().at("/story/id").asLong());
            }
            long started = System.nanoTime();
            load(app, spaceId, storyIds);
            double loadSeconds = (System.nanoTime() - started) / 1e9;
            var sizes = Sizes.of(app);
            System.err.printf(Locale.ROOT, "%s %s: derived %,d events in %.0f s (%s)%n", Instant.now(), database,
                    EVENTS, loadSeconds, sizes);
            analyze(app, database);
            return measure(app, database, spaceId, storyIds.getFirst(), sizes, loadSeconds);
        }
    }

    record Sizes(long wide, long hours, long dimensions, long blocks, long sketches) {
        static Sizes of(TestApp app) {
            return app.wiring.database.read(handle -> new Sizes(count(handle, "event_rollups"),
                    count(handle, "insights_hours"), count(handle, "insights_dimensions"),
                    count(handle, "insights_blocks"), count(handle, "visitor_sketches")));
        }

        private static long count(org.jdbi.v3.core.Handle handle, String table) {
            return handle.createQuery("SELECT COUNT(*) FROM " + table).mapTo(Long.class).one();
        }

        @Override
        public String toString() {
            return String.format(Locale.ROOT, "%,d wide rollup rows; %,d hour, %,d dimension and %,d block rows; "
                    + "%,d visitor sketches", wide, hours, dimensions, blocks, sketches);
        }
    }

    /** Draws the events hour by hour and derives them as the background derivation would, a group at a time. */
    static void load(TestApp app, long spaceId, List<Long> storyIds) {
        var random = new Random(42);
        var storyCdf = zipf(storyIds.size(), 1.1);
        var hours = DAYS * 24;
        var weights = new double[hours];
        double total = 0;
        for (int h = 0; h < hours; h++) {
            int hourOfDay = h % 24;
            int dayOfWeek = (LAST_DAY.minusDays(DAYS - 1 - h / 24).getDayOfWeek().getValue());
            weights[h] = (0.3 + Math.max(0, Math.sin((hourOfDay - 6) / 24.0 * 2 * Math.PI)))
                    * (dayOfWeek >= 6 ? 0.6 : 1.0) * (1 + 0.5 * h / hours);
            total += weights[h];
        }
        var group = new ArrayList<Event>(EventDerivation.MAX_GROUP);
        int visitorsPerDay = Math.max(1, EVENTS / DAYS / EVENTS_PER_VISITOR_DAY);
        for (int h = 0; h < hours; h++) {
            var start = LAST_DAY.minusDays(DAYS - 1 - h / 24).atStartOfDay().toInstant(ZoneOffset.UTC)
                    .plusSeconds(3600L * (h % 24));
            int count = (int) Math.round(EVENTS * weights[h] / total);
            for (int e = 0; e < count; e++) {
                var visitor = random.nextDouble() < 0.2 ? "loyal-" + random.nextInt(20_000)
                        : "v-" + (h / 24) + "-" + random.nextInt(visitorsPerDay);
                group.add(draw(random, spaceId, visitor, start.plusSeconds(random.nextInt(3600)), storyCdf, storyIds));
                if (group.size() == EventDerivation.MAX_GROUP) derive(app, group);
            }
        }
        derive(app, group);
    }

    static void derive(TestApp app, List<Event> group) {
        if (group.isEmpty()) return;
        app.wiring.database.writeVoid(handle -> {
            Rollups.add(handle, group);
            VisitorSketches.add(handle, group);
        });
        group.clear();
    }

    /** One event: 80 % page views (a fifth of them of a block), 15 % clicks, 5 % conversions. */
    static Event draw(Random random, long spaceId, String visitor, Instant at, double[] storyCdf, List<Long> storyIds) {
        double roll = random.nextDouble();
        var type = roll < 0.80 ? EventType.VIEW : roll < 0.95 ? EventType.CLICK : EventType.CONVERSION;
        long story = storyIds.get(pick(storyCdf, random.nextDouble()));
        String block = switch (type) {
            case VIEW -> random.nextDouble() < 0.2 ? BLOCKS[random.nextInt(BLOCKS.length)] : null;
            case CLICK -> BLOCKS[random.nextInt(BLOCKS.length)];
            default -> random.nextBoolean() ? BLOCKS[1] : null;
        };
        String name = type == EventType.CONVERSION ? (random.nextDouble() < 0.8 ? "signup" : "purchase") : null;
        Double value = "purchase".equals(name) ? 49.0 : null;
        return new Event(spaceId, type, name, visitor, at, story, block, null, null, value,
                SEGMENTS[skewed(random, SEGMENTS.length)], CHANNELS[skewed(random, CHANNELS.length)],
                LOCALES[skewed(random, LOCALES.length)], DEVICES[skewed(random, DEVICES.length)]);
    }

    static double[] zipf(int n, double exponent) {
        var cdf = new double[n];
        double sum = 0;
        for (int i = 0; i < n; i++) cdf[i] = sum += 1 / Math.pow(i + 1, exponent);
        for (int i = 0; i < n; i++) cdf[i] /= sum;
        return cdf;
    }

    static int pick(double[] cdf, double roll) {
        int index = Arrays.binarySearch(cdf, roll);
        return Math.min(cdf.length - 1, index >= 0 ? index : -index - 1);
    }

    /** The first value half the time, the rest spread evenly: most traffic comes through one channel, device... */
    static int skewed(Random random, int n) {
        return random.nextBoolean() ? 0 : random.nextInt(n);
    }

    /** Fresh statistics, as PostgreSQL's autovacuum and a periodic SQLite ANALYZE would have them in production. */
    static void analyze(TestApp app, TestDatabase database) throws SQLException {
        try (Connection connection = app.wiring.database.dataSource().getConnection();
             var statement = connection.createStatement()) {
            connection.setAutoCommit(true);
            statement.execute(database == TestDatabase.POSTGRES ? "VACUUM ANALYZE" : "ANALYZE");
        }
    }

    static String measure(TestApp app, TestDatabase database, long spaceId, long topStory, Sizes sizes,
                          double loadSeconds) {
        var insights = new Insights(app.wiring.database, app.wiring.eventDerivation);
        var period = new InsightsPeriod(LAST_DAY.minusDays(27), LAST_DAY);
        var order = InsightsOrder.VIEWS.comparator(null);
        var cases = new java.util.LinkedHashMap<String, Supplier<Object>>();
        cases.put("reference: `SELECT COUNT(*) FROM event_rollups`", () -> app.wiring.database.read(handle ->
                handle.createQuery("SELECT COUNT(*) FROM event_rollups").mapTo(Long.class).one()));
        cases.put("overview, whole space", () -> insights.overview(spaceId, period, null));
        cases.put("overview, one story (the busiest)", () -> insights.overview(spaceId, period, topStory));
        cases.put("stories (+ top movers)", () -> insights.stories(spaceId, period, order, 0, 25));
        cases.put("blocks of the busiest story", () -> insights.blocks(spaceId, period, topStory));
        cases.put("timing (weekday × hour)", () -> insights.timing(spaceId, period, null, ZoneOffset.ofHours(1)));
        cases.put("breakdown by channel", () -> insights.breakdown(spaceId, period, null, InsightsDimension.CHANNEL));
        // where an overview's time goes: its parts, each run for one period
        var queries = new InsightsQueries(app.wiring.database);
        cases.put("part: a period's rollups by hour", () -> queries.counts(spaceId, period, null, InsightsQueries.Grouping.HOUR));
        cases.put("part: a period's rollups by story", () -> queries.counts(spaceId, period, null, InsightsQueries.Grouping.STORY));
        cases.put("part: unique visitors of a period", () -> queries.visitors(spaceId, period, null));
        cases.put("part: visitors per day of a period", () -> queries.visitorsByDay(spaceId, period, null));
        cases.put("part: unique visitors per story of a period", () -> queries.visitorsByStory(spaceId, period));
        var out = new StringBuilder("## ").append(database == TestDatabase.SQLITE ? "SQLite" : "PostgreSQL").append("\n\n")
                .append(String.format(Locale.ROOT, "%,d events derived in %.0f s (%,.0f events/s, in groups of %,d, by "
                                + "one thread): %s.%n%n", EVENTS, loadSeconds, EVENTS / loadSeconds,
                        EventDerivation.MAX_GROUP, sizes))
                .append("| query | median | p95 | median / reference |\n|---|---:|---:|---:|\n");
        double reference = 0;
        for (var entry : cases.entrySet()) {
            entry.getValue().get();
            var times = new double[RUNS];
            for (int i = 0; i < RUNS; i++) {
                long start = System.nanoTime();
                entry.getValue().get();
                times[i] = (System.nanoTime() - start) / 1e6;
            }
            Arrays.sort(times);
            double median = times[RUNS / 2];
            double p95 = times[Math.min(RUNS - 1, (int) Math.ceil(RUNS * 0.95) - 1)];
            if (reference == 0) reference = median;
            out.append(String.format(Locale.ROOT, "| %s | %.1f ms | %.1f ms | %.2f× |%n", entry.getKey(), median, p95,
                    median / reference));
            System.err.printf(Locale.ROOT, "%s %s: median %.1f ms%n", Instant.now(), entry.getKey(), median);
        }
        return out.append('\n').toString();
    }

    private InsightsBenchmark() {
    }
}
