package dev.duet.webhooks;

import dev.duet.activity.Activity;
import dev.duet.content.ContentEvent;
import dev.duet.datasources.DatasourceEntriesUpdated;
import dev.duet.web.Json;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

/**
 * The JSON bodies of deliveries, shaped like Storyblok's: {@code text} (for people), {@code action}, {@code space_id},
 * then what the event is about ({@code story_id} and {@code full_slug}, or {@code datasource_slug}). Pure.
 */
final class Payloads {

    private Payloads() {
    }

    static WebhookEvent eventOf(ContentEvent event) {
        return switch (event) {
            case ContentEvent.StoryPublished ignored -> WebhookEvent.STORY_PUBLISHED;
            case ContentEvent.StoryUnpublished ignored -> WebhookEvent.STORY_UNPUBLISHED;
            case ContentEvent.StoryDeleted ignored -> WebhookEvent.STORY_DELETED;
            case ContentEvent.StoryMoved ignored -> WebhookEvent.STORY_MOVED;
        };
    }

    static String of(ContentEvent event) {
        return switch (event) {
            case ContentEvent.StoryPublished published ->
                    story(published, published.fullSlug(), "The story " + published.fullSlug() + " was published");
            case ContentEvent.StoryUnpublished unpublished ->
                    story(unpublished, unpublished.fullSlug(), "The story " + unpublished.fullSlug() + " was unpublished");
            case ContentEvent.StoryDeleted deleted ->
                    story(deleted, deleted.fullSlug(), "The story " + deleted.fullSlug() + " was deleted");
            case ContentEvent.StoryMoved moved -> story(moved, moved.newFullSlug(),
                    "The story " + moved.oldFullSlug() + " was moved to " + moved.newFullSlug());
        };
    }

    /** The webhook event a feed entry raises, if any: most entries are for people only. */
    static Optional<WebhookEvent> eventOf(Activity activity) {
        return switch (activity.kind()) {
            case STAGE_CHANGED -> Optional.of(WebhookEvent.STAGE_CHANGED);
            case RELEASE_MERGED -> Optional.of(WebhookEvent.RELEASE_MERGED);
            case DISCUSSION_CREATED -> Optional.of(WebhookEvent.DISCUSSION_CREATED);
            default -> Optional.empty();
        };
    }

    /** {@code text} names who did what; {@code details} carries the entry's facts (stage, release, discussion ids). */
    static String of(WebhookEvent event, Activity activity) {
        var body = start(activity.actor() + " " + activity.summary(), event, activity.spaceId());
        body.put("story_id", activity.storyId());
        body.put("actor", activity.actor());
        body.put("details", activity.details());
        return Json.write(body);
    }

    static String of(DatasourceEntriesUpdated event) {
        var body = start("The entries of the datasource " + event.slug() + " were updated",
                WebhookEvent.DATASOURCE_ENTRIES_UPDATED, event.spaceId());
        body.put("datasource_slug", event.slug());
        return Json.write(body);
    }

    static String ping(Webhook webhook) {
        return Json.write(start("Duet says hello: the webhook " + webhook.name() + " reaches you",
                WebhookEvent.PING, webhook.spaceId()));
    }

    private static String story(ContentEvent event, String fullSlug, String text) {
        var body = start(text, eventOf(event), event.spaceId());
        body.put("story_id", event.storyId());
        body.put("full_slug", fullSlug);
        return Json.write(body);
    }

    private static Map<String, Object> start(String text, WebhookEvent event, long spaceId) {
        var body = new LinkedHashMap<String, Object>();
        body.put("text", text);
        body.put("action", event.action());
        body.put("space_id", spaceId);
        return body;
    }
}
