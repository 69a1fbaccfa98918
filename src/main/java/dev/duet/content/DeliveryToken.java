package dev.duet.content;

import java.time.Instant;

/**
 * A token sites send to the delivery API. {@code public} reads published content, {@code preview} also drafts. Like
 * Storyblok's access tokens they are meant to live in site code, so they are stored as they are and listed in full.
 */
public record DeliveryToken(String token, long spaceId, String access, Instant createdAt) {
    public static final String PUBLIC = "public";
    public static final String PREVIEW = "preview";
}
