package dev.duet.collab.wins;

import com.fasterxml.jackson.annotation.JsonValue;
import dev.duet.failure.InvalidInput;

import java.util.Arrays;
import java.util.stream.Collectors;

/**
 * The small fixed set of reactions on a win. A fixed set keeps counts meaningful ("12 🎉") and the feed free of
 * anything that needs moderating; each person gives each reaction at most once.
 */
public enum Reaction {
    TADA("tada", "🎉", "Celebrate"),
    CLAP("clap", "👏", "Applause"),
    ROCKET("rocket", "🚀", "Ship it"),
    HEART("heart", "❤️", "Love it"),
    BULB("bulb", "💡", "Learned something");

    private final String id;
    private final String emoji;
    private final String label;

    Reaction(String id, String emoji, String label) {
        this.id = id;
        this.emoji = emoji;
        this.label = label;
    }

    @JsonValue
    public String id() {
        return id;
    }

    public String emoji() {
        return emoji;
    }

    public String label() {
        return label;
    }

    /** The reaction named {@code id}, or a 400 naming {@code path} and the allowed ids. */
    public static Reaction parse(String path, String id) {
        return Arrays.stream(values()).filter(reaction -> reaction.id.equals(id)).findFirst()
                .orElseThrow(() -> InvalidInput.field(path, "must be one of "
                        + Arrays.stream(values()).map(Reaction::id).collect(Collectors.joining(", ")) + ", got " + id));
    }
}
