package dev.duet.assets;

import dev.duet.failure.Problems;

/**
 * The editable metadata of an asset, as sent with an upload or a change. Null fields are not given (a change keeps
 * their value); an empty {@code alt}, {@code title}, {@code copyright} or {@code focus} clears it;
 * {@code assetFolderId} 0 means the top level.
 */
public record AssetSettings(String name, String alt, String title, String copyright, String focus, Long assetFolderId) {

    public static final int MAX_ALT = 1000;
    public static final int MAX_TEXT = 500;

    /** Nothing given. */
    public static final AssetSettings NONE = new AssetSettings(null, null, null, null, null, null);

    /** Checks the lengths and the name; the focus point is checked against the image's size by the repository. */
    void check(Problems problems) {
        length(problems, "alt", alt, MAX_ALT);
        length(problems, "title", title, MAX_TEXT);
        length(problems, "copyright", copyright, MAX_TEXT);
        if (name != null && name.isBlank()) problems.add("name", "must not be blank");
        length(problems, "name", name, MAX_TEXT);
        if (assetFolderId != null && assetFolderId < 0) problems.add("asset_folder_id", "must be a folder id, or 0 for the top level");
    }

    private static void length(Problems problems, String path, String value, int max) {
        if (value != null && value.length() > max) problems.add(path, "must be at most " + max + " characters, got " + value.length());
    }

    /** A given text as stored: stripped, with empty meaning "not set" (null). */
    static String stored(String given) {
        if (given == null) return null;
        var stripped = given.strip();
        return stripped.isEmpty() ? null : stripped;
    }
}
