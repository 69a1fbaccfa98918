package dev.duet.activity;

import java.util.List;
import java.util.Map;

/**
 * Something to add to the feed: what happened ({@code kind}), in which space and (when it is about one) story, who
 * did it, a phrase for people without the actor ({@code summary}: "published “Home” (version 3)"), facts for
 * programs ({@code details}, JSON-able values), and who must be told in their notifications.
 */
public record NewActivity(long spaceId, Long storyId, ActivityKind kind, String actor, String summary,
                          Map<String, Object> details, List<Recipient> recipients) {

    /** A user to notify, and why ({@code mentioned}, {@code assigned}, ...). */
    public record Recipient(long userId, String reason) {
    }

    public NewActivity {
        details = details == null ? Map.of() : Map.copyOf(details);
        recipients = recipients == null ? List.of() : List.copyOf(recipients);
    }

    public NewActivity(long spaceId, Long storyId, ActivityKind kind, String actor, String summary,
                       Map<String, Object> details) {
        this(spaceId, storyId, kind, actor, summary, details, List.of());
    }
}
