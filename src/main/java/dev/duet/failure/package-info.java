/**
 * Named failures shared by every feature. Features subclass these ({@code StoryNotFound}, {@code SlugTaken},
 * {@code StaleVersion}); {@code web.WebErrors} maps them to HTTP once.
 */
package dev.duet.failure;
