package dev.duet.analytics;

import java.util.Locale;

/** What a site reports. An exposure says which variation of an experiment a visitor saw. */
public enum EventType {
    EXPOSURE, VIEW, CLICK, CONVERSION, CUSTOM;

    private static final EventType[] ALL = values();
    /** Named once: every event's type is parsed on intake and written on storage. */
    private final String label = name().toLowerCase(Locale.ROOT);

    /** The type named {@code text} in an event ({@code "click"}), or null. */
    public static EventType parse(String text) {
        for (var type : ALL) {
            if (type.label.equals(text)) return type;
        }
        return null;
    }

    public String label() {
        return label;
    }
}
