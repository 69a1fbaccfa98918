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
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import java.util.function.Supplier;

import static dev.duet.testing.MarketingSite.page;

/**
 * Times the insights queries over the rollups of 10 million events (90 days, 200 stories, skewed dimensions) on SQLite
 * and PostgreSQL, against a plain {@code SELECT COUNT(*)} over the same rollup table in the same run. The rollup and
 * daily-visitor rows are generated the way {@link EventLog#append} would sum them, and written with batched inserts.
 * Run by bench/insights/run.sh; writes a Markdown report. Not a test: nothing here runs in the build.
 */
public final class InsightsBenchmark {

    static final int EVENTS = Integer.getInteger("events", 10_000_000);
    static final int DAYS = Integer.getInteger("days", 90);
    static final int STORIES = Integer.getInteger("stories", 200);
    static final int RUNS = Integer.getInteger("runs", 7);
    static final int EVENTS_PER_VISITOR_DAY = 8;
    static final LocalDate LAST_DAY = LocalDate.of(2026, 11, 22);

    static final String[] SEGMENTS = {"", "developer", "marketer", "it_leader", "founder"};
    static final String[] CHANNELS = {"direct", "search", "email", "social", "referral", "paid"};
    static final String[] LOCALES = {"en", "de", "fr", "es"};
    static final String[] DEVICES = {"desktop", "mobile", "tablet"};
    static final String[] BLOCKS = {"hero-1", "cta-1", "features-1", "faq-1"};

    public static void main(String[] args) throws Exception {
        var report = new StringBuilder();
        report.append("Data: ").append(String.format(Locale.ROOT, "%,d", EVENTS)).append(" events' worth of rollups over ")
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
        var url = database.newUrl() + (database == TestDatabase.POSTGRES ? "&reWriteBatchedInserts=true" : "");
        try (var app = new TestApp(new TestApp.Setup(url, Map.of(), null, DeliverySchedule.STANDARD, Clock.systemUTC()))) {
            var admin = app.admin();
            long spaceId = MarketingSite.create(admin);
            var storyIds = new ArrayList<Long>();
            for (int i = 0; i < STORIES; i++) {
                storyIds.add(admin.post("/api/spaces/" + spaceId + "/stories", Map.of("story", Map.of("name", "Page " + i,
                        "slug", "page-" + i, "content", page("Page " + i)))).json().at("/story/id").asLong());
            }
            long started = System.nanoTime();
            var sizes = load(app, spaceId, storyIds);
            double loadSeconds = (System.nanoTime() - started) / 1e9;
            System.err.printf(Locale.ROOT, "%s %s: %,d rollup rows, %,d daily-visitor rows in %.0f s%n", Instant.now(),
                    database, sizes.rollupRows(), sizes.visitorRows(), loadSeconds);
            analyze(app, database);
            return measure(app, database, spaceId, storyIds.getFirst(), sizes, loadSeconds);
        }
    }

    record Sizes(long rollupRows, long visitorRows) {
    }

    /** Draws the events hour by hour, sums them per rollup key and per visitor-day, and writes the sums. */
    static Sizes load(TestApp app, long spaceId, List<Long> storyIds) throws SQLException {
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
        long rollupRows = 0;
        long visitorRows = 0;
        try (var connection = app.wiring.database.dataSource().getConnection()) {
            connection.setAutoCommit(false);
            var rollup = connection.prepareStatement("""
                    INSERT INTO event_rollups (space_id, hour, type, name, story_id, block_uid, experiment, variation,
                                               segment, channel, locale, device, events, value_sum)
                    VALUES (?, ?, ?, ?, ?, ?, '', -1, ?, ?, ?, ?, ?, ?)""");
            var visitor = connection.prepareStatement(
                    "INSERT INTO daily_visitors (space_id, day, story_id, visitor) VALUES (?, ?, ?, ?)");
            var dayVisitors = new HashSet<String>();
            double eventsPerDay = 0;
            for (int h = 0; h < hours; h++) {
                var day = LAST_DAY.minusDays(DAYS - 1 - h / 24);
                var hour = day + "T" + String.format(Locale.ROOT, "%02d", h % 24);
                int count = (int) Math.round(EVENTS * weights[h] / total);
                eventsPerDay += count;
                var sums = new HashMap<Long, double[]>();
                for (int e = 0; e < count; e++) {
                    var sum = sums.computeIfAbsent(drawKey(random, storyCdf), key -> new double[2]);
                    sum[0]++;
                }
                for (var entry : sums.entrySet()) {
                    bindRollup(rollup, spaceId, hour, entry.getKey(), (long) entry.getValue()[0], storyIds);
                    if (++rollupRows % 10_000 == 0) rollup.executeBatch();
                }
                if (h % 24 == 23) {
                    visitorRows += visitorsOfDay(visitor, random, spaceId, day.toString(), (int) (eventsPerDay / EVENTS_PER_VISITOR_DAY),
                            storyCdf, storyIds, dayVisitors);
                    eventsPerDay = 0;
                }
            }
            rollup.executeBatch();
            visitor.executeBatch();
            connection.commit();
        }
        return new Sizes(rollupRows, visitorRows);
    }

    /** A rollup key packed in a long: type, story index, block, name, segment, channel, locale, device. */
    static long drawKey(Random random, double[] storyCdf) {
        double roll = random.nextDouble();
        int type = roll < 0.80 ? 0 : roll < 0.95 ? 1 : 2; // view, click, conversion
        int story = pick(storyCdf, random.nextDouble());
        int block = type == 1 ? 1 + random.nextInt(BLOCKS.length) : type == 2 && random.nextBoolean() ? 2 : 0;
        int name = type == 2 ? (random.nextDouble() < 0.8 ? 1 : 2) : 0; // signup or purchase
        int segment = skewed(random, SEGMENTS.length);
        int channel = skewed(random, CHANNELS.length);
        int locale = skewed(random, LOCALES.length);
        int device = skewed(random, DEVICES.length);
        return type | (long) story << 2 | (long) block << 12 | (long) name << 15 | (long) segment << 17
                | (long) channel << 20 | (long) locale << 23 | (long) device << 26;
    }

    static void bindRollup(java.sql.PreparedStatement rollup, long spaceId, String hour, long key, long events,
                           List<Long> storyIds) throws SQLException {
        int type = (int) (key & 3);
        int name = (int) (key >> 15 & 3);
        int block = (int) (key >> 12 & 7);
        rollup.setLong(1, spaceId);
        rollup.setString(2, hour);
        rollup.setString(3, type == 0 ? "view" : type == 1 ? "click" : "conversion");
        rollup.setString(4, name == 0 ? "" : name == 1 ? "signup" : "purchase");
        rollup.setLong(5, storyIds.get((int) (key >> 2 & 1023)));
        rollup.setString(6, block == 0 ? "" : BLOCKS[block - 1]);
        rollup.setString(7, SEGMENTS[(int) (key >> 17 & 7)]);
        rollup.setString(8, CHANNELS[(int) (key >> 20 & 7)]);
        rollup.setString(9, LOCALES[(int) (key >> 23 & 7)]);
        rollup.setString(10, DEVICES[(int) (key >> 26 & 7)]);
        rollup.setLong(11, events);
        rollup.setDouble(12, name == 2 ? events * 49.0 : 0);
        rollup.addBatch();
    }

    /** A day's visitors (a fifth of them loyal regulars), each seen on the space and on one to six stories. */
    static long visitorsOfDay(java.sql.PreparedStatement visitor, Random random, long spaceId, String day, int visitors,
                              double[] storyCdf, List<Long> storyIds, HashSet<String> seen) throws SQLException {
        long rows = 0;
        seen.clear();
        for (int v = 0; v < visitors; v++) {
            var id = random.nextDouble() < 0.2 ? "loyal-" + random.nextInt(20_000) : "v-" + random.nextInt(2_000_000);
            if (!seen.add(id)) continue;
            rows += addVisitor(visitor, spaceId, day, 0, id);
            var stories = new HashSet<Integer>();
            int visited = 1 + random.nextInt(6);
            for (int s = 0; s < visited; s++) stories.add(pick(storyCdf, random.nextDouble()));
            for (var story : stories) rows += addVisitor(visitor, spaceId, day, storyIds.get(story), id);
        }
        return rows;
    }

    static int addVisitor(java.sql.PreparedStatement visitor, long spaceId, String day, long storyId, String id)
            throws SQLException {
        visitor.setLong(1, spaceId);
        visitor.setString(2, day);
        visitor.setLong(3, storyId);
        visitor.setString(4, id);
        visitor.addBatch();
        return 1;
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
        var insights = new Insights(app.wiring.database);
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
                .append(String.format(Locale.ROOT, "%,d rollup rows and %,d daily-visitor rows, written in %.0f s.%n%n",
                        sizes.rollupRows(), sizes.visitorRows(), loadSeconds))
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
