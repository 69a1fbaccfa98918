package dev.duet.collab.wins;

import com.fasterxml.jackson.annotation.JsonValue;

import java.util.Arrays;
import java.util.Optional;

/** What earned a place in the wins feed; ids are what the API and the admin app read. */
public enum WinKind {
    STORY_LIVE("story.live"),
    RELEASE_LIVE("release.live"),
    EXPERIMENT_WON("experiment.won"),
    KEY_RESULT_REACHED("key_result.reached"),
    REQUEST_DELIVERED("request.delivered");

    private final String id;

    WinKind(String id) {
        this.id = id;
    }

    @JsonValue
    public String id() {
        return id;
    }

    public static Optional<WinKind> of(String id) {
        return Arrays.stream(values()).filter(kind -> kind.id.equals(id)).findFirst();
    }
}
