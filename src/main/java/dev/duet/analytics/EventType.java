package dev.duet.analytics;

import java.util.Locale;

/** What a site reports. An exposure says which variation of an experiment a visitor saw. */
public enum EventType {
    EXPOSURE, VIEW, CLICK, CONVERSION, CUSTOM;

    /** The type named {@code text} in an event ({@code "click"}), or null. */
    public static EventType parse(String text) {
        for (var type : values()) {
            if (type.label().equals(text)) return type;
        }
        return null;
    }

    public String label() {
        return name().toLowerCase(Locale.ROOT);
    }
}
