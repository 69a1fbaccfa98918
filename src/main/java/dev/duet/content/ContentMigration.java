package dev.duet.content;

import com.fasterxml.jackson.databind.JsonNode;
import dev.duet.schema.StoryContents;
import dev.duet.storage.Database;
import org.jdbi.v3.core.Handle;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * Migrates story content along with a schema change, through the stories' own versioning: history is never
 * rewritten, every change is a new version, and each story's version rises, so an editor still holding the old one
 * gets 409 on saving. The rule for published stories, so sites never see content of the old shape:
 * <ul>
 *   <li>published draft (no unpublished changes): the rewritten draft becomes a new version, which is published;</li>
 *   <li>published with unpublished changes: the rewritten published content becomes a new version, which is
 *       published, and the rewritten draft another version on top of it, still unpublished;</li>
 *   <li>not published: only the draft gets a new version.</li>
 * </ul>
 * Publication dates stay as they were (what sites see says the same, in the new shape); the cache version rises once
 * and listeners hear {@code StoryPublished} for every republished story after the commit. Folders' default content
 * type follows a renamed component, and is cleared when it is removed.
 */
public final class ContentMigration implements StoryContents {

    private final Database db;
    private final Stories stories;
    private final StoryVersions versions;
    private final Spaces spaces;
    private final StoryWrites writes;
    private final Clock clock;

    public ContentMigration(Database db, Stories stories, StoryVersions versions, Spaces spaces, ContentEvents events,
                            Clock clock) {
        this.db = db;
        this.stories = stories;
        this.versions = versions;
        this.spaces = spaces;
        this.writes = new StoryWrites(db, spaces, events);
        this.clock = clock;
    }

    @Override
    public List<StoryContent> read(long spaceId) {
        return db.read(handle -> {
            Spaces.get(handle, spaceId);
            return contents(handle, stories.all(handle, spaceId));
        });
    }

    @Override
    public <R> Migrated<R> migrate(long spaceId, Migration<R> migration, String author) {
        return writes.run(spaceId, (handle, events) -> {
            var all = stories.all(handle, spaceId);
            var step = migration.prepare(handle, contents(handle, all));
            var now = clock.instant();
            int migrated = 0;
            var republished = new ArrayList<Story>();
            for (var story : all) {
                if (story.isFolder()) {
                    migrated += migrateFolder(handle, story, step.rewrite()) ? 1 : 0;
                    continue;
                }
                var outcome = migrateStory(handle, story, step, author, now);
                if (outcome != Outcome.UNCHANGED) migrated++;
                if (outcome == Outcome.REPUBLISHED) republished.add(stories.get(handle, spaceId, story.id()));
            }
            if (!republished.isEmpty()) {
                long cv = spaces.bumpCacheVersion(handle, spaceId);
                republished.forEach(story -> events.add(new ContentEvent.StoryPublished(spaceId, story.id(), story.uuid(),
                        story.fullSlug(), story.publishedVersion(), cv)));
            }
            return new Migrated<>(step.result(), migrated, republished.size());
        });
    }

    private List<StoryContent> contents(Handle handle, List<Story> all) {
        return all.stream().map(story -> new StoryContent(story.id(), story.fullSlug(), story.isFolder(), story.defaultRoot(),
                story.content(), story.unpublishedChanges() ? versions.get(handle, story.id(), story.publishedVersion()).content()
                : null)).toList();
    }

    private boolean migrateFolder(Handle handle, Story folder, Rewrite rewrite) {
        var defaultRoot = rewrite.contentType(folder.defaultRoot());
        if (Objects.equals(defaultRoot, folder.defaultRoot())) return false;
        stories.setDefaultRoot(handle, folder.id(), defaultRoot);
        return true;
    }

    private enum Outcome { UNCHANGED, MIGRATED, REPUBLISHED }

    /** Appends the story's rewritten versions by the rule above. */
    private Outcome migrateStory(Handle handle, Story story, Step<?> step, String author, Instant now) {
        var draft = step.rewrite().rewrite(story.content());
        boolean draftChanged = !Objects.equals(draft, story.content());
        Integer republish = null;
        int version = story.version();
        if (story.unpublishedChanges()) {
            var published = versions.get(handle, story.id(), story.publishedVersion());
            var rewritten = step.rewrite().rewrite(published.content());
            if (!Objects.equals(rewritten, published.content())) {
                var fields = StoryFields.of(story).withVersioned(published.name(), published.slug(), rewritten, published.tagList());
                version++;
                versions.append(handle, story.id(), version, fields, author,
                        step.message() + " (published version " + published.number() + ")", now);
                republish = version;
                draftChanged = true;
            }
        } else if (story.published() && draftChanged) {
            republish = version + 1;
        }
        if (!draftChanged) return Outcome.UNCHANGED;
        version++;
        var fields = StoryFields.of(story).withContent(draft);
        stories.save(handle, story.id(), fields, story.fullSlug(), version, author, now);
        versions.append(handle, story.id(), version, fields, author, step.message(), now);
        if (republish == null) return Outcome.MIGRATED;
        stories.repointPublished(handle, story.id(), republish);
        return Outcome.REPUBLISHED;
    }
}
