package dev.duet.delivery;

import dev.duet.content.Space;
import dev.duet.web.Json;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Builds a space's snapshot from its rows: every published story rendered once, every folder kept for links, and
 * alternates (the other stories of a story's {@code group_id}) filled in. Also used on generated rows to measure
 * what a large space costs in memory.
 */
final class SnapshotBuilder {

    private final Space space;
    private final long cv;
    private final List<DeliveredStory> stories = new ArrayList<>();
    private final List<StoryMeta> folders = new ArrayList<>();
    private final Map<String, List<StoryMeta>> groups = new HashMap<>();

    SnapshotBuilder(Space space) {
        this.space = space;
        this.cv = space.cv();
    }

    SnapshotBuilder add(DeliveryStories.Row row) {
        var meta = row.meta();
        groups.computeIfAbsent(meta.groupId(), group -> new ArrayList<>(1)).add(meta);
        if (meta.isFolder()) {
            folders.add(meta);
        } else if (meta.published()) {
            var content = row.content() == null ? null : Json.tree(row.content());
            stories.add(StoryRenderer.fromContent(meta, List.of(), content, cv, null));
        }
        return this;
    }

    Snapshot build() {
        var withAlternates = new ArrayList<DeliveredStory>(stories.size());
        for (var story : stories) {
            var members = groups.get(story.meta.groupId());
            withAlternates.add(members.size() > 1 ? story.with(story.meta, alternates(story.id(), members), cv) : story);
        }
        return Snapshot.of(space, cv, withAlternates, folders);
    }

    /** The other members of a group, as a story's {@code alternates}. */
    static List<Alternate> alternates(long storyId, List<StoryMeta> members) {
        var alternates = new ArrayList<Alternate>(members.size() - 1);
        for (var member : members) {
            if (member.id() == storyId) continue;
            alternates.add(new Alternate(member.id(), member.name(), member.slug(), member.published(),
                    member.fullSlug(), member.isFolder(), member.parentId()));
        }
        alternates.sort(java.util.Comparator.comparingLong(Alternate::id));
        return List.copyOf(alternates);
    }
}
