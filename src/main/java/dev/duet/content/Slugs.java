package dev.duet.content;

import dev.duet.failure.InvalidInput;

import java.text.Normalizer;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * Slug rules, as Storyblok's: a slug is one URL path segment, lowercase, made of {@code a-z 0-9 - . _ ~}; a story's
 * {@code full_slug} is its folder's {@code full_slug}, a slash and its slug, and a folder's start page answers at the
 * folder's {@code full_slug} followed by a slash ({@code blog/}).
 */
public final class Slugs {

    public static final int MAX_LENGTH = 200;
    private static final Pattern MARKS = Pattern.compile("\\p{M}+");
    private static final Pattern SPACES = Pattern.compile("[\\s_]+");
    private static final Pattern OUTSIDE = Pattern.compile("[^a-z0-9\\-._~]");
    private static final Pattern DASHES = Pattern.compile("-{2,}");
    private static final Pattern EDGE_DASHES = Pattern.compile("^-+|-+$");

    private Slugs() {
    }

    /**
     * The slug for what a user typed: accents dropped ({@code Über} becomes {@code uber}), spaces and underscores
     * become dashes, other characters go. A slash is refused rather than dropped: it means the user wanted a folder.
     */
    public static String normalise(String path, String raw) {
        if (raw == null || raw.isBlank()) throw InvalidInput.field(path, "is required");
        if (raw.contains("/")) {
            throw InvalidInput.field(path, "must not contain '/' (" + raw + "); put the story in a folder to nest its URL");
        }
        var text = MARKS.matcher(Normalizer.normalize(raw.strip(), Normalizer.Form.NFD)).replaceAll("");
        text = SPACES.matcher(text.toLowerCase(Locale.ROOT)).replaceAll("-");
        text = OUTSIDE.matcher(text).replaceAll("");
        text = EDGE_DASHES.matcher(DASHES.matcher(text).replaceAll("-")).replaceAll("");
        if (text.isEmpty() || text.chars().allMatch(c -> c == '.')) {
            throw InvalidInput.field(path, "needs at least one letter or digit (a-z, 0-9), got " + raw);
        }
        if (text.length() > MAX_LENGTH) throw InvalidInput.field(path, "must be at most " + MAX_LENGTH + " characters");
        return text;
    }

    /** The {@code full_slug} of a story with this slug in a folder ({@code null} for the root). */
    public static String fullSlug(String folderFullSlug, String slug, boolean startpage) {
        if (folderFullSlug == null) return slug;
        return startpage ? folderFullSlug + "/" : folderFullSlug + "/" + slug;
    }
}
