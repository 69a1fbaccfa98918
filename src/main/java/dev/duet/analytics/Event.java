package dev.duet.analytics;

import java.time.Instant;

/**
 * One validated event of a space. {@code name} names a conversion or custom event; {@code storyId}, {@code blockUid},
 * {@code experiment} and {@code variation} say where it happened; {@code segment} (a visitor trait such as a
 * persona), {@code channel}, {@code locale} and {@code device} are the dimensions insights break results down by.
 * Optional values are null.
 */
public record Event(long spaceId, EventType type, String name, String visitor, Instant occurredAt, Long storyId,
                    String blockUid, String experiment, Integer variation, Double value, String segment,
                    String channel, String locale, String device) {

    /**
     * The key an experiment metric counts this event under: {@code conversion:<name>}, {@code custom:<name>},
     * {@code click:<block uid>} or {@code view:<story id>}; null for exposures and for events that name nothing.
     */
    public String metricKey() {
        return switch (type) {
            case EXPOSURE -> null;
            case CONVERSION, CUSTOM -> name == null ? null : type.label() + ":" + name;
            case CLICK -> blockUid == null ? null : "click:" + blockUid;
            case VIEW -> storyId == null ? null : "view:" + storyId;
        };
    }

    /** The value an event adds to its metric: its own, or 1 (one conversion, one click). */
    public double metricValue() {
        return value == null ? 1.0 : value;
    }
}
