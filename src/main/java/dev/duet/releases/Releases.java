package dev.duet.releases;

import com.fasterxml.jackson.annotation.JsonUnwrapped;
import dev.duet.activity.ActivityKind;
import dev.duet.activity.ActivityLog;
import dev.duet.activity.NewActivity;
import dev.duet.collab.wins.NewWin;
import dev.duet.collab.wins.WinKind;
import dev.duet.collab.wins.WinLog;
import dev.duet.content.Spaces;
import dev.duet.content.Stories;
import dev.duet.content.Story;
import dev.duet.content.StoryNotFound;
import dev.duet.content.StoryPublishing;
import dev.duet.failure.Conflict;
import dev.duet.failure.InvalidInput;
import dev.duet.storage.Database;
import org.jdbi.v3.core.Handle;

import java.time.Clock;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

/**
 * Releases: putting them together, checking them for conflicts, and publishing (merging) or reverting them whole.
 * Every change runs in one transaction; merge and revert go through {@link StoryPublishing#publishAll}, so the
 * story hooks (workflow stages) judge every story, the cache version is raised once and the feed gets one entry.
 */
public final class Releases {

    static final int MAX_NAME = 200;
    static final int MAX_DESCRIPTION = 2000;

    /** A release with its stories, each with its current state and any conflict. */
    public record Detail(@JsonUnwrapped Release release, List<ReleaseItem> items) {
        public Detail {
            items = List.copyOf(items);
        }
    }

    /** A release that holds a story, and the version it pins. */
    public record Holding(@JsonUnwrapped Release release, ReleaseItem item) {
    }

    private final ReleaseRepository repository;
    private final Spaces spaces;
    private final Stories stories;
    private final StoryPublishing publishing;
    private final ActivityLog activity;
    private final WinLog wins;
    private final Clock clock;

    public Releases(Database db, Spaces spaces, Stories stories, StoryPublishing publishing, ActivityLog activity,
                    WinLog wins, Clock clock) {
        this.repository = new ReleaseRepository(db);
        this.spaces = spaces;
        this.stories = stories;
        this.publishing = publishing;
        this.activity = activity;
        this.wins = wins;
        this.clock = clock;
    }

    public List<Release> list(long spaceId, ReleaseStatus status, int offset, int limit) {
        spaces.get(spaceId);
        return repository.list(spaceId, status, offset, limit);
    }

    public long count(long spaceId, ReleaseStatus status) {
        return repository.count(spaceId, status);
    }

    public Detail get(long spaceId, long releaseId) {
        return repository.db().read(handle -> detail(handle, spaceId, releaseId));
    }

    /** The releases holding a story (404 for an unknown story), newest first. */
    public List<Holding> holding(long spaceId, long storyId) {
        return repository.db().read(handle -> {
            stories.get(handle, spaceId, storyId);
            var holdings = new ArrayList<Holding>();
            for (var release : repository.holding(handle, spaceId, storyId)) {
                var item = repository.item(handle, release.id(), storyId).orElseThrow();
                holdings.add(new Holding(release, current(handle, spaceId, item)));
            }
            return holdings;
        });
    }

    public Detail create(long spaceId, String name, String description, String actor) {
        var checkedName = name(name);
        var checkedDescription = description(description);
        return write(spaceId, handle -> {
            long id = repository.insert(handle, spaceId, checkedName, checkedDescription, actor, clock.instant());
            activity.record(handle, new NewActivity(spaceId, null, ActivityKind.RELEASE_CREATED, actor,
                    "created the release “" + checkedName + "”", Map.of("release_id", id, "release_name", checkedName)));
            return detail(handle, spaceId, id);
        });
    }

    public Detail describe(long spaceId, long releaseId, String name, String description) {
        var checkedName = name(name);
        var checkedDescription = description(description);
        return write(spaceId, handle -> {
            requireOpen(handle, spaceId, releaseId, "renamed");
            repository.describe(handle, releaseId, checkedName, checkedDescription, clock.instant());
            return detail(handle, spaceId, releaseId);
        });
    }

    public void delete(long spaceId, long releaseId) {
        write(spaceId, handle -> {
            requireOpen(handle, spaceId, releaseId, "deleted");
            repository.delete(handle, releaseId);
            return null;
        });
    }

    /** Adds a story pinned at {@code versionNumber} (null: its latest version); 409 when it is already in. */
    public Detail add(long spaceId, long releaseId, long storyId, Integer versionNumber, String actor) {
        return write(spaceId, handle -> {
            requireOpen(handle, spaceId, releaseId, "changed");
            var story = pinnable(handle, spaceId, storyId);
            if (repository.item(handle, releaseId, storyId).isPresent()) {
                throw new Conflict("“" + story.name() + "” is already in this release; re-pin it to change its version");
            }
            repository.addItem(handle, releaseId, story.id(), story.name(), version(story, versionNumber), story.version(),
                    actor, clock.instant());
            return detail(handle, spaceId, releaseId);
        });
    }

    /** Pins an item to {@code versionNumber} (null: the story's latest), accepting every change made so far. */
    public Detail repin(long spaceId, long releaseId, long storyId, Integer versionNumber, String actor) {
        return write(spaceId, handle -> {
            requireOpen(handle, spaceId, releaseId, "changed");
            repository.item(handle, releaseId, storyId).orElseThrow(() -> new ReleaseItemNotFound(releaseId, storyId));
            var story = pinnable(handle, spaceId, storyId);
            repository.repin(handle, releaseId, story.id(), story.name(), version(story, versionNumber), story.version(),
                    actor, clock.instant());
            return detail(handle, spaceId, releaseId);
        });
    }

    public Detail remove(long spaceId, long releaseId, long storyId) {
        return write(spaceId, handle -> {
            requireOpen(handle, spaceId, releaseId, "changed");
            repository.item(handle, releaseId, storyId).orElseThrow(() -> new ReleaseItemNotFound(releaseId, storyId));
            repository.removeItem(handle, releaseId, storyId);
            return detail(handle, spaceId, releaseId);
        });
    }

    /**
     * Publishes every pinned version of an open release at once: one transaction, one cache-version bump, one
     * {@code release.merged} feed entry (and webhook), one {@code release.live} win. Refused whole (409, nothing changed) when the release is not
     * open or empty, when a story conflicts and {@code force} is false ({@link ReleaseConflicts}), or when any story
     * cannot be published ({@link dev.duet.content.BatchRefused}: deleted, or a story hook such as a workflow stage
     * refuses). Callable by other features, e.g. to merge a release on schedule.
     */
    public Detail merge(long spaceId, long releaseId, boolean force, String actor) {
        return publishing.publishAll(spaceId, actor, handle -> {
            var release = requireOpen(handle, spaceId, releaseId, "merged");
            var items = repository.items(handle, releaseId);
            if (items.isEmpty()) throw new Conflict("release “" + release.name() + "” has no stories to publish");
            if (!force) {
                var conflicts = items.stream().map(item -> current(handle, spaceId, item).conflict())
                        .filter(conflict -> conflict != null).toList();
                if (!conflicts.isEmpty()) throw new ReleaseConflicts(release, conflicts);
            }
            return items.stream().map(item -> new StoryPublishing.Pin(item.storyId(), item.versionNumber())).toList();
        }, (handle, batch) -> {
            var release = find(handle, spaceId, releaseId);
            for (var story : batch.before()) repository.setPrevious(handle, releaseId, story.id(), story.publishedVersion());
            repository.markMerged(handle, releaseId, actor, clock.instant());
            var storyIds = batch.before().stream().map(Story::id).toList();
            activity.record(handle, new NewActivity(spaceId, null, ActivityKind.RELEASE_MERGED, actor,
                    "published the release “" + release.name() + "” (" + stories(storyIds.size()) + ")",
                    facts(release, storyIds, batch.cv())));
            wins.record(handle, new NewWin(WinKind.RELEASE_LIVE, "release:" + releaseId + ":merged", spaceId,
                    "Release “" + release.name() + "” is live (" + stories(storyIds.size()) + ")", actor,
                    "/admin/spaces/" + spaceId + "/releases?release=" + releaseId,
                    Map.of("release_id", releaseId, "story_ids", storyIds)));
            return detail(handle, spaceId, releaseId);
        });
    }

    /**
     * Undoes a merged release at once: every story still there gets back the version that was published before the
     * merge, or is unpublished if it was not published then. One transaction, one cache-version bump, one
     * {@code release.reverted} feed entry; 409 unless the release is merged.
     */
    public Detail revert(long spaceId, long releaseId, String actor) {
        return publishing.publishAll(spaceId, actor, handle -> {
            var release = find(handle, spaceId, releaseId);
            if (release.status() != ReleaseStatus.MERGED) throw new ReleaseClosed(release, "reverted");
            return repository.items(handle, releaseId).stream()
                    .filter(item -> stories.find(handle, spaceId, item.storyId()).isPresent())
                    .map(item -> new StoryPublishing.Pin(item.storyId(), item.previousVersion())).toList();
        }, (handle, batch) -> {
            var release = find(handle, spaceId, releaseId);
            repository.markReverted(handle, releaseId, actor, clock.instant());
            var storyIds = batch.before().stream().map(Story::id).toList();
            activity.record(handle, new NewActivity(spaceId, null, ActivityKind.RELEASE_REVERTED, actor,
                    "reverted the release “" + release.name() + "” (" + stories(storyIds.size()) + ")",
                    facts(release, storyIds, batch.cv())));
            return detail(handle, spaceId, releaseId);
        });
    }

    /**
     * Runs a change to a release holding the space's write lock, as story writes and merges do, so a story cannot
     * be added to a release while it is being merged.
     */
    private <R> R write(long spaceId, Function<Handle, R> work) {
        return repository.db().write(handle -> {
            spaces.lockForWrite(handle, spaceId);
            return work.apply(handle);
        });
    }

    private static Map<String, Object> facts(Release release, List<Long> storyIds, long cv) {
        var details = new LinkedHashMap<String, Object>();
        details.put("release_id", release.id());
        details.put("release_name", release.name());
        details.put("story_ids", storyIds);
        details.put("cv", cv);
        return details;
    }

    private static String stories(int count) {
        return count + (count == 1 ? " story" : " stories");
    }

    private Detail detail(Handle handle, long spaceId, long releaseId) {
        var release = find(handle, spaceId, releaseId);
        var items = repository.items(handle, releaseId).stream().map(item -> current(handle, spaceId, item)).toList();
        return new Detail(release, items);
    }

    /** The item with its story's current name, slug and latest version, and its conflict if it has one. */
    private ReleaseItem current(Handle handle, long spaceId, ReleaseItem item) {
        var story = stories.find(handle, spaceId, item.storyId()).orElse(null);
        if (story == null) {
            return item.withCurrent(item.storyName(), null, null, ReleaseConflict.deleted(item.storyId(), item.storyName()));
        }
        var foreign = repository.versionsAfter(handle, story.id(), item.baseVersion()).stream()
                .filter(later -> !later.author().equals(item.pinnedBy())).toList();
        var conflict = foreign.isEmpty() ? null : ReleaseConflict.changed(story.id(), story.name(),
                foreign.stream().map(ReleaseRepository.LaterVersion::number).toList(),
                foreign.stream().map(ReleaseRepository.LaterVersion::author).distinct().toList());
        return item.withCurrent(story.name(), story.fullSlug(), story.version(), conflict);
    }

    private Release find(Handle handle, long spaceId, long releaseId) {
        return repository.find(handle, spaceId, releaseId).orElseThrow(() -> new ReleaseNotFound(releaseId));
    }

    private Release requireOpen(Handle handle, long spaceId, long releaseId, String what) {
        var release = find(handle, spaceId, releaseId);
        if (!release.open()) throw new ReleaseClosed(release, what);
        return release;
    }

    private Story pinnable(Handle handle, long spaceId, long storyId) {
        var story = stories.find(handle, spaceId, storyId).orElseThrow(() -> new StoryNotFound(storyId));
        if (story.isFolder()) {
            throw InvalidInput.field("story_id", "story " + storyId + " is a folder; add the stories in it one by one");
        }
        return story;
    }

    private static int version(Story story, Integer versionNumber) {
        if (versionNumber == null) return story.version();
        if (versionNumber < 1 || versionNumber > story.version()) {
            throw InvalidInput.field("version_number", "“" + story.name() + "” has versions 1 to " + story.version()
                    + ", not " + versionNumber);
        }
        return versionNumber;
    }

    private static String name(String name) {
        if (name == null || name.isBlank()) throw InvalidInput.field("release.name", "is required");
        var stripped = name.strip();
        if (stripped.length() > MAX_NAME) throw InvalidInput.field("release.name", "must be at most " + MAX_NAME + " characters");
        return stripped;
    }

    private static String description(String description) {
        if (description == null || description.isBlank()) return null;
        if (description.length() > MAX_DESCRIPTION) {
            throw InvalidInput.field("release.description", "must be at most " + MAX_DESCRIPTION + " characters");
        }
        return description.strip();
    }
}
