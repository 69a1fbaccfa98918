package dev.duet.discussions;

/**
 * Where a discussion is attached: the whole story, one block (by {@code _uid}), or one field of a block or of the
 * story's root blok ({@code blockUid} null).
 */
public sealed interface Anchor {

    record OnStory() implements Anchor {
    }

    record OnBlock(String blockUid) implements Anchor {
    }

    record OnField(String blockUid, String field) implements Anchor {
    }

    /** The anchor for the stored columns; both null is the story. */
    static Anchor of(String blockUid, String field) {
        if (field != null) return new OnField(blockUid, field);
        if (blockUid != null) return new OnBlock(blockUid);
        return new OnStory();
    }

    default String blockUid() {
        return switch (this) {
            case OnStory story -> null;
            case OnBlock block -> block.blockUid();
            case OnField field -> field.blockUid();
        };
    }

    default String field() {
        return this instanceof OnField onField ? onField.field() : null;
    }

    /** "story", "block" or "field", as the API names the kind of anchor. */
    default String kind() {
        return switch (this) {
            case OnStory story -> "story";
            case OnBlock block -> "block";
            case OnField field -> "field";
        };
    }
}
