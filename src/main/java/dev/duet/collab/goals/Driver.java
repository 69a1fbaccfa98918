package dev.duet.collab.goals;

import com.fasterxml.jackson.annotation.JsonValue;
import dev.duet.monitoring.OperationalMetric;

import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

/** Where a key result's current value comes from. */
public sealed interface Driver {

    /** How the API and the database name the kind: manual, insights or operational. */
    String kind();

    /** The driver's settings as the API shows them and the database stores them, kind included. */
    Map<String, Object> describe();

    /** People check in values; stale when nobody did for {@code staleAfterDays}. */
    record Manual(int staleAfterDays) implements Driver {
        public static final int DEFAULT_STALE_AFTER_DAYS = 7;

        @Override
        public String kind() {
            return "manual";
        }

        @Override
        public Map<String, Object> describe() {
            return Map.of("kind", kind(), "stale_after_days", staleAfterDays);
        }
    }

    /**
     * A live number from a space's analytics over a rolling window: of the whole space, of one story, or (metric
     * {@code experiment_goal}) of one variation of an experiment for one of its goal metrics.
     */
    record Insights(long spaceId, LiveMetric metric, Long storyId, String experimentKey, Integer variation, String goal,
                    Window window) implements Driver {
        @Override
        public String kind() {
            return "insights";
        }

        @Override
        public Map<String, Object> describe() {
            var map = new LinkedHashMap<String, Object>();
            map.put("kind", kind());
            map.put("space_id", spaceId);
            map.put("metric", metric.id());
            map.put("story_id", storyId);
            map.put("experiment_key", experimentKey);
            map.put("variation", variation);
            map.put("goal", goal);
            map.put("window", window.id());
            return map;
        }
    }

    /** One of Duet's own numbers (latency, availability, ...), over the last five minutes. */
    record Operational(OperationalMetric metric) implements Driver {
        @Override
        public String kind() {
            return "operational";
        }

        @Override
        public Map<String, Object> describe() {
            return Map.of("kind", kind(), "metric", metric.id());
        }
    }

    /** What an insights driver reads. Rates are in percent (4.2 means 4.2 %). */
    enum LiveMetric {
        VIEWS("views"),
        UNIQUE_VISITORS("unique_visitors"),
        CLICKS("clicks"),
        CONVERSIONS("conversions"),
        CONVERSION_RATE("conversion_rate"),
        EXPERIMENT_GOAL("experiment_goal");

        private final String id;

        LiveMetric(String id) {
            this.id = id;
        }

        @JsonValue
        public String id() {
            return id;
        }

        public static Optional<LiveMetric> of(String id) {
            return Arrays.stream(values()).filter(m -> m.id.equals(id)).findFirst();
        }
    }

    /** The rolling window an insights driver reads: the last 7, 28 or 90 days, or the objective's period. */
    enum Window {
        LAST_7_DAYS("last_7_days", 7),
        LAST_28_DAYS("last_28_days", 28),
        LAST_90_DAYS("last_90_days", 90),
        PERIOD("period", 0);

        private final String id;
        private final int days;

        Window(String id, int days) {
            this.id = id;
            this.days = days;
        }

        @JsonValue
        public String id() {
            return id;
        }

        /** Days counted back from today, today included; 0 for the objective's period. */
        public int days() {
            return days;
        }

        public static Optional<Window> of(String id) {
            return Arrays.stream(values()).filter(w -> w.id.equals(id)).findFirst();
        }
    }
}
