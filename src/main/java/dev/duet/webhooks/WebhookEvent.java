package dev.duet.webhooks;

import com.fasterxml.jackson.annotation.JsonValue;

import java.util.Arrays;
import java.util.List;
import java.util.Optional;

/**
 * What a webhook can be told about, with Storyblok's trigger names ({@code story.published}) and payload
 * {@code action}s ({@code published}). {@link #PING} is sent only on request, to test a webhook; nobody subscribes to it.
 */
public enum WebhookEvent {
    STORY_PUBLISHED("story.published", "published"),
    STORY_UNPUBLISHED("story.unpublished", "unpublished"),
    STORY_DELETED("story.deleted", "deleted"),
    STORY_MOVED("story.moved", "moved"),
    DATASOURCE_ENTRIES_UPDATED("datasource.entries_updated", "entries_updated"),
    STAGE_CHANGED("stage.changed", "stage_changed"),
    RELEASE_MERGED("release.merged", "release_merged"),
    DISCUSSION_CREATED("discussion.created", "discussion_created"),
    PING("ping", "ping");

    private final String id;
    private final String action;

    WebhookEvent(String id, String action) {
        this.id = id;
        this.action = action;
    }

    /** The name webhooks subscribe with and the {@code X-Duet-Event} header carries. */
    @JsonValue
    public String id() {
        return id;
    }

    /** The {@code action} field of the payload, as Storyblok names it. */
    public String action() {
        return action;
    }

    /** The events a webhook may subscribe to, in the order the API lists them. */
    public static List<WebhookEvent> subscribable() {
        return Arrays.stream(values()).filter(event -> event != PING).toList();
    }

    public static Optional<WebhookEvent> subscribable(String id) {
        return subscribable().stream().filter(event -> event.id.equals(id)).findFirst();
    }

    public static Optional<WebhookEvent> of(String id) {
        return Arrays.stream(values()).filter(event -> event.id.equals(id)).findFirst();
    }
}
