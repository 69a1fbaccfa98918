package dev.duet.presence;

/**
 * A place in the story three ways: {@code id} by field names and block uids (stable while blocks move),
 * {@code path} by list index as the editor addresses fields, {@code label} in words.
 */
record Place(String id, String path, String label) {

    static final Place ROOT = new Place("content", "", "");

    static Place story(String field, String label) {
        return new Place("story." + field, "story." + field, label);
    }

    Place field(String key) {
        return new Place(id + "." + key, path.isEmpty() ? key : path + "." + key, join(label, words(key)));
    }

    Place item(String uid, int index, String component) {
        return new Place(id + "[" + uid + "]", path + "[" + index + "]",
                join(label, component == null ? "Block" : words(component)));
    }

    /** The root blok as one value, when one side's content is not an object. */
    Place whole() {
        return path.isEmpty() ? new Place(id, "content", "Content") : this;
    }

    private static String join(String outer, String inner) {
        return outer.isEmpty() ? inner : outer + " › " + inner;
    }

    /** {@code seo_description} as "Seo description", {@code headline__i18n__de} as "Headline (de)". */
    private static String words(String key) {
        int translation = key.indexOf("__i18n__");
        if (translation > 0) return words(key.substring(0, translation)) + " (" + key.substring(translation + 8) + ")";
        var spaced = key.replace('_', ' ').replace('-', ' ').strip();
        if (spaced.isEmpty()) return key;
        return Character.toUpperCase(spaced.charAt(0)) + spaced.substring(1);
    }
}
