package dev.duet.presence;

import com.fasterxml.jackson.databind.JsonNode;
import dev.duet.content.Stories;
import dev.duet.content.StoryVersions;
import dev.duet.failure.InvalidInput;
import dev.duet.storage.Database;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Merges an edit that was refused as stale with what was saved since: reads the version the edit started from and
 * the current one in one read, checks the request, and leaves the rest to {@link StoryMerge}. Writes nothing: the
 * client saves the merged story as usual, based on {@link Result#currentVersion()}, so a save in between is refused
 * as stale again rather than overwritten. Thread-safe.
 */
public final class Merges {

    /** My side of the merge: what the editor wanted to save. An absent field is one the edit did not change. */
    public record Mine(String name, String slug, List<String> tagList, JsonNode content) {
    }

    /** The merge and the versions it is between. */
    public record Result(Merge merge, int baseVersion, int currentVersion) {
    }

    private final Database db;
    private final Stories stories;
    private final StoryVersions versions;

    public Merges(Database db, Stories stories, StoryVersions versions) {
        this.db = db;
        this.stories = stories;
        this.versions = versions;
    }

    public Result merge(long spaceId, long storyId, Long baseVersion, Mine mine, Map<String, String> resolutions) {
        if (mine == null) throw InvalidInput.field("story", "is required: the story as your editor has it, "
                + "{\"name\", \"slug\", \"tag_list\", \"content\"}");
        var chosen = sides(resolutions);
        return db.read(handle -> {
            var story = stories.get(handle, spaceId, storyId);
            if (story.isFolder()) throw new InvalidInput("story " + storyId + " is a folder; folders have no content to merge");
            int base = checkBase(baseVersion, story.version());
            var baseVersionRead = versions.get(handle, storyId, base);
            var baseSnapshot = new Snapshot(baseVersionRead.name(), baseVersionRead.slug(), baseVersionRead.tagList(),
                    baseVersionRead.content());
            var theirs = new Snapshot(story.name(), story.slug(), story.tagList(), story.content());
            var merge = StoryMerge.merge(baseSnapshot, theirs, mineOrBase(mine, baseSnapshot), chosen);
            return new Result(merge, base, story.version());
        });
    }

    private static int checkBase(Long baseVersion, int current) {
        if (baseVersion == null) {
            throw InvalidInput.field("base_version", "is required: the version your edit started from");
        }
        if (baseVersion < 1) throw InvalidInput.field("base_version", "must be 1 or more, got " + baseVersion);
        if (baseVersion > current) {
            throw InvalidInput.field("base_version", "is newer than the story, which is at version " + current
                    + "; send the version your edit started from");
        }
        return baseVersion.intValue();
    }

    private static Snapshot mineOrBase(Mine mine, Snapshot base) {
        var problems = new ArrayList<InvalidInput.Problem>();
        if (mine.content() != null && !mine.content().isObject()) {
            problems.add(new InvalidInput.Problem("story.content", "must be an object: the story's root blok"));
        }
        var tags = mine.tagList();
        for (int i = 0; tags != null && i < tags.size(); i++) {
            if (tags.get(i) == null) problems.add(new InvalidInput.Problem("story.tag_list[" + i + "]", "must not be null"));
        }
        if (problems.size() == 1) throw InvalidInput.field(problems.getFirst().path(), problems.getFirst().message());
        if (!problems.isEmpty()) throw new InvalidInput("the story has " + problems.size() + " problems", problems);
        return new Snapshot(mine.name() == null ? base.name() : mine.name(),
                mine.slug() == null ? base.slug() : mine.slug(),
                tags == null ? base.tagList() : tags,
                mine.content() == null ? base.content() : mine.content());
    }

    private static Map<String, Side> sides(Map<String, String> resolutions) {
        var sides = new LinkedHashMap<String, Side>();
        if (resolutions == null) return sides;
        resolutions.forEach((id, side) -> sides.put(id, Side.of(side).orElseThrow(() ->
                InvalidInput.field("resolutions." + id, "must be \"mine\" or \"theirs\", got " + side))));
        return sides;
    }
}
