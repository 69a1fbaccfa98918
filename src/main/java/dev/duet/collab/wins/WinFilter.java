package dev.duet.collab.wins;

import java.time.Instant;

/** Which wins a list shows: every field is optional (null = any); {@code until} is exclusive. */
public record WinFilter(WinKind kind, Long spaceId, Instant since, Instant until) {

    public static final WinFilter ALL = new WinFilter(null, null, null, null);
}
