package dev.duet.content;

import dev.duet.failure.Conflict;

import java.util.List;
import java.util.Map;

/** Another story in the same folder already has this slug, so the two would share one URL. */
public final class SlugTaken extends Conflict {
    public SlugTaken(String slug, long takenBy, String where) {
        super("the slug " + slug + " is taken " + where + " by story " + takenBy + "; choose another slug",
                List.of(Map.of("path", "story.slug", "taken_by", takenBy)));
    }
}
