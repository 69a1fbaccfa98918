package dev.duet.releases;

import java.time.Instant;

/**
 * A named bundle of story versions that are published together. {@code itemCount} is how many stories it holds;
 * {@code mergedAt}/{@code mergedBy} and {@code revertedAt}/{@code revertedBy} are null until that happened.
 */
public record Release(long id, long spaceId, String name, String description, ReleaseStatus status, String createdBy,
                      Instant createdAt, Instant updatedAt, Instant mergedAt, String mergedBy, Instant revertedAt,
                      String revertedBy, int itemCount) {

    public boolean open() {
        return status == ReleaseStatus.OPEN;
    }
}
