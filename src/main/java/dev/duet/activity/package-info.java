/**
 * The team's activity feed and notifications. Features record what happened with {@link dev.duet.activity.ActivityLog#record}
 * inside the transaction of the change ({@link dev.duet.activity.StoryActivity} does it for story saves and publishes
 * through the content package's story hooks); {@link dev.duet.activity.ActivityListener}s (webhooks) hear of each entry
 * after it committed. Routes: {@code GET /api/spaces/{space_id}/activity} (content:read; {@code story_id}, {@code kind},
 * paging), {@code GET /api/notifications}, {@code POST /api/notifications/{id}/read} and
 * {@code POST /api/notifications/read_all} (any signed-in caller, for their own notifications).
 */
package dev.duet.activity;
