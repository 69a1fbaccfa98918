package dev.duet.content;

import dev.duet.failure.DuetException;

/**
 * A write to a story did not say which version it was based on, so a concurrent change could be overwritten
 * unnoticed. Answered with 428 Precondition Required.
 */
public final class VersionRequired extends DuetException {
    public VersionRequired(long storyId) {
        super(Kind.PRECONDITION_REQUIRED, "say which version of story " + storyId + " this change is based on: "
                + "send the header If-Match: \"<version>\" or the body field \"version\" (the story's \"version\" as last read)");
    }
}
