package dev.duet.content;

import dev.duet.failure.Conflict;

import java.util.List;

/**
 * A batch publish (a release merge or revert) refused as a whole because some of its stories cannot be published;
 * {@code details} names each such story and why, so people can fix them all at once.
 */
public final class BatchRefused extends Conflict {

    /** Why one story of the batch cannot be published. */
    public record Reason(long storyId, String storyName, String reason) {
    }

    public BatchRefused(List<Reason> reasons) {
        super(reasons.size() + (reasons.size() == 1 ? " story" : " stories") + " cannot be published, so none was: "
                + String.join("; ", reasons.stream().map(r -> "“" + r.storyName() + "” " + r.reason()).toList()), reasons);
    }
}
