package dev.duet.discussions;

import dev.duet.failure.InvalidInput;

import java.util.List;

/** What people send: a new thread ({@link NewThread}) or a comment ({@link Message}); text is checked here. */
public final class DiscussionInput {

    public static final int MAX_TEXT_LENGTH = 5000;

    private DiscussionInput() {
    }

    /** Where a new thread goes: neither for the story, {@code block_uid} for a block, {@code field} for a field. */
    public record Where(String blockUid, String field) {
        Anchor anchor() {
            return Anchor.of(blank(blockUid) ? null : blockUid.strip(), blank(field) ? null : field.strip());
        }
    }

    /** A thread to start: where, the first comment's text and whom it mentions besides the {@code @email}s in it. */
    public record NewThread(Where anchor, String text, List<Long> mentions) {
        public NewThread {
            mentions = mentions == null ? List.of() : List.copyOf(mentions);
        }

        Anchor where() {
            return anchor == null ? new Anchor.OnStory() : anchor.anchor();
        }
    }

    /** A comment (a reply, or the new text of one's own comment). */
    public record Message(String text, List<Long> mentions) {
        public Message {
            mentions = mentions == null ? List.of() : List.copyOf(mentions);
        }
    }

    /** The text to store, stripped; blank or too long is refused naming {@code text}. */
    static String text(String text) {
        if (blank(text)) throw InvalidInput.field("text", "must not be blank; write what you want to say");
        var stripped = text.strip();
        if (stripped.length() > MAX_TEXT_LENGTH) {
            throw InvalidInput.field("text", "must be at most " + MAX_TEXT_LENGTH + " characters, got " + stripped.length());
        }
        return stripped;
    }

    private static boolean blank(String value) {
        return value == null || value.isBlank();
    }
}
