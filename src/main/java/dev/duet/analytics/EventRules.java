package dev.duet.analytics;

import com.fasterxml.jackson.databind.JsonNode;

import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.function.LongPredicate;
import java.util.regex.Pattern;

/**
 * The rules one incoming event must pass, turning its JSON into an {@link Event} or into every reason it was refused.
 * Unknown properties are ignored; null counts as absent. Pure apart from the story lookup it is given; thread-safe.
 */
final class EventRules {

    /** A site may queue events offline (sendBeacon on unload, retries); older ones would rewrite settled rollups. */
    static final Duration MAX_AGE = Duration.ofDays(7);
    /** Clocks of visitors' devices drift; more than this ahead is a wrong clock, not a skew. */
    static final Duration MAX_AHEAD = Duration.ofMinutes(5);
    static final int MAX_VISITOR = 128;
    static final int MAX_NAME = 100;
    static final int MAX_TEXT = 100;
    static final int MAX_BLOCK = 128;
    static final int MAX_UTM = 256;
    static final int MAX_REFERRER = 2048;
    static final int MAX_VARIATION = 1000;

    private static final Pattern NAME = Pattern.compile("[a-z0-9._:/-]+");
    private static final Pattern LOCALE = Pattern.compile("[A-Za-z0-9_-]{1,35}");

    /** What every event of one request shares: its space, the time it arrived, the device its User-Agent names. */
    record Request(long spaceId, Instant now, String userAgentDevice, LongPredicate storyOfSpace) {
    }

    /** One event's verdict. */
    sealed interface Verdict {
    }

    record Accepted(Event event) implements Verdict {
    }

    record Refused(List<String> errors) implements Verdict {
    }

    private EventRules() {
    }

    static Verdict check(JsonNode node, Request request) {
        if (node == null || !node.isObject()) return new Refused(List.of("event: must be a JSON object"));
        var errors = new ArrayList<String>();
        var fields = new Fields(node, errors);
        var type = type(fields);
        var visitor = fields.text("visitor", MAX_VISITOR, true);
        if (visitor != null && visitor.isBlank()) errors.add("visitor: must not be blank");
        var at = at(fields, request.now());
        var storyId = storyId(fields, request);
        var block = fields.text("block", MAX_BLOCK, false);
        var experiment = fields.text("experiment", MAX_NAME, false);
        var variation = variation(fields);
        var name = name(fields);
        var value = value(fields);
        var segment = fields.text("segment", MAX_TEXT, false);
        var locale = fields.text("locale", 35, false);
        if (locale != null && !LOCALE.matcher(locale).matches()) errors.add("locale: letters, digits, - and _ only, like en or de-at");
        var device = fields.oneOf("device", Devices.KNOWN);
        var channel = fields.oneOf("channel", Channels.KNOWN);
        var utmSource = fields.browserText("utm_source", MAX_UTM);
        var utmMedium = fields.browserText("utm_medium", MAX_UTM);
        fields.browserText("utm_campaign", MAX_UTM);
        var referrer = fields.browserText("referrer", MAX_REFERRER);
        if (type != null) requireFor(type, experiment, variation, block, name, errors);
        if (!errors.isEmpty()) return new Refused(List.copyOf(errors));
        return new Accepted(new Event(request.spaceId(), type, name, visitor, at, storyId, block, experiment, variation,
                value, segment, channel != null ? channel : Channels.derive(utmSource, utmMedium, referrer), locale,
                device != null ? device : request.userAgentDevice()));
    }

    private static EventType type(Fields fields) {
        var label = fields.text("type", 20, true);
        if (label == null) return null;
        var type = EventType.parse(label);
        if (type == null) fields.errors.add("type: must be one of exposure, view, click, conversion, custom (got " + label + ")");
        return type;
    }

    private static void requireFor(EventType type, String experiment, Integer variation, String block, String name,
                                   List<String> errors) {
        switch (type) {
            case EXPOSURE -> {
                if (experiment == null) errors.add("experiment: required for an exposure");
                if (variation == null) errors.add("variation: required for an exposure");
            }
            case CLICK -> {
                if (block == null) errors.add("block: required for a click (the _uid of the clicked block)");
            }
            case CONVERSION, CUSTOM -> {
                if (name == null) errors.add("name: required for a " + type.label() + " event");
            }
            case VIEW -> {
            }
        }
    }

    private static Instant at(Fields fields, Instant now) {
        var raw = fields.text("at", 64, false);
        if (raw == null) return now;
        Instant at;
        try {
            at = OffsetDateTime.parse(raw, DateTimeFormatter.ISO_OFFSET_DATE_TIME).toInstant();
        } catch (DateTimeParseException e) {
            fields.errors.add("at: must be an ISO-8601 time with an offset, like 2026-11-23T12:00:00Z (got " + raw + ")");
            return null;
        }
        if (at.isAfter(now.plus(MAX_AHEAD))) fields.errors.add("at: more than 5 minutes in the future");
        else if (at.isBefore(now.minus(MAX_AGE))) fields.errors.add("at: more than 7 days in the past");
        return at;
    }

    private static Long storyId(Fields fields, Request request) {
        var node = fields.get("story_id");
        if (node == null) return null;
        if (!node.canConvertToLong() || !node.isIntegralNumber() || node.asLong() <= 0) {
            fields.errors.add("story_id: must be a positive integer");
            return null;
        }
        long id = node.asLong();
        if (!request.storyOfSpace().test(id)) fields.errors.add("story_id: no story " + id + " in this space");
        return id;
    }

    private static Integer variation(Fields fields) {
        var node = fields.get("variation");
        if (node == null) return null;
        if (!node.isIntegralNumber() || !node.canConvertToInt() || node.asInt() < 0 || node.asInt() > MAX_VARIATION) {
            fields.errors.add("variation: must be an integer from 0 to " + MAX_VARIATION);
            return null;
        }
        return node.asInt();
    }

    private static String name(Fields fields) {
        var name = fields.text("name", MAX_NAME, false);
        if (name != null && !NAME.matcher(name).matches()) {
            fields.errors.add("name: lower-case letters, digits and . _ - : / only (got " + name + ")");
        }
        return name;
    }

    private static Double value(Fields fields) {
        var node = fields.get("value");
        if (node == null) return null;
        if (!node.isNumber() || !Double.isFinite(node.asDouble())) {
            fields.errors.add("value: must be a finite number");
            return null;
        }
        return node.asDouble();
    }

    /** Reads properties, collecting what is wrong with them. */
    private record Fields(JsonNode node, List<String> errors) {

        JsonNode get(String name) {
            var value = node.get(name);
            return value == null || value.isNull() ? null : value;
        }

        /** A text of 1 to {@code max} characters without control characters, or null when absent. */
        String text(String name, int max, boolean required) {
            var value = get(name);
            if (value == null) {
                if (required) errors.add(name + ": required");
                return null;
            }
            if (!value.isTextual()) {
                errors.add(name + ": must be a string");
                return null;
            }
            var text = value.textValue();
            if (text.isEmpty() || text.length() > max) {
                errors.add(name + ": must be 1 to " + max + " characters");
                return null;
            }
            if (hasControlCharacter(text)) {
                errors.add(name + ": must not contain control characters");
                return null;
            }
            return text;
        }

        /**
         * As an optional {@link #text}, for what a browser reports as "" when there is none: {@code document.referrer}
         * of a direct visit, {@code URLSearchParams.get} of {@code ?utm_source=}. Refusing "" would refuse the events of
         * every site that passes those on as they are; it means absent.
         */
        String browserText(String name, int max) {
            var value = get(name);
            if (value != null && value.isTextual() && value.textValue().isEmpty()) return null;
            return text(name, max, false);
        }

        private static boolean hasControlCharacter(String text) {
            for (int i = 0; i < text.length(); i++) {
                if (Character.isISOControl(text.charAt(i))) return true;
            }
            return false;
        }

        String oneOf(String name, java.util.Set<String> allowed) {
            var text = text(name, 20, false);
            if (text != null && !allowed.contains(text)) {
                errors.add(name + ": must be one of " + String.join(", ", new java.util.TreeSet<>(allowed)) + " (got " + text + ")");
                return null;
            }
            return text;
        }
    }
}
