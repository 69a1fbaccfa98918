package dev.duet.experiments;

import java.util.Locale;

/** Where an experiment is: only a running one assigns visitors; the others show their first variant (control). */
public enum ExperimentStatus {
    DRAFT, RUNNING, STOPPED;

    /** The status named in content ({@code "running"}), or null when the text names none. */
    public static ExperimentStatus parse(String text) {
        if (text == null) return null;
        for (var status : values()) {
            if (status.label().equals(text)) return status;
        }
        return null;
    }

    public String label() {
        return name().toLowerCase(Locale.ROOT);
    }
}
