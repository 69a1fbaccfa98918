package dev.duet.delivery;

import dev.duet.content.Space;
import dev.duet.web.Json;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import static dev.duet.delivery.DeliveryStories.State.DRAFT;

/**
 * The current drafts of a space, read from the database for one preview request (never cached: drafts change on every
 * save without an event). Every story is delivered, published or not, with the visual editor's {@code _editable}
 * markers. Lists read the stories under the requested prefix and then filter in memory like the snapshot does.
 * With a release ({@code from_release}), the stories it holds show the versions it pins instead of their drafts.
 */
final class DraftSource implements StorySource {

    private final DeliveryStories stories;
    private final Space space;
    private final Long releaseId;
    private Map<Long, DeliveryStories.Pinned> pinned;

    DraftSource(DeliveryStories stories, Space space) {
        this(stories, space, null);
    }

    /** The drafts with release {@code releaseId}'s pinned versions over them (none: null or not the space's). */
    DraftSource(DeliveryStories stories, Space space, Long releaseId) {
        this.stories = stories;
        this.space = space;
        this.releaseId = releaseId;
    }

    @Override
    public Space space() {
        return space;
    }

    @Override
    public long cv() {
        return space.cv();
    }

    @Override
    public boolean draft() {
        return true;
    }

    @Override
    public Optional<DeliveredStory> byFullSlug(String fullSlug) {
        return deliver(stories.byFullSlug(DRAFT, space.id(), fullSlug)).stream().findFirst();
    }

    @Override
    public Optional<DeliveredStory> byId(long id) {
        return deliver(stories.byIds(DRAFT, space.id(), List.of(id))).stream().findFirst();
    }

    @Override
    public Optional<DeliveredStory> byUuid(String uuid) {
        return byUuids(List.of(uuid)).stream().findFirst();
    }

    @Override
    public List<DeliveredStory> byUuids(Collection<String> uuids) {
        var plausible = uuids.stream().filter(ContentScan::isUuid).toList();
        return plausible.isEmpty() ? List.of() : deliver(stories.byUuids(DRAFT, space.id(), plausible));
    }

    @Override
    public List<DeliveredStory> candidates(String prefix) {
        var found = new ArrayList<>(deliver(stories.under(DRAFT, space.id(), prefix)));
        found.sort(Snapshot.DEFAULT_ORDER);
        return found;
    }

    @Override
    public List<StoryMeta> links() {
        var places = new ArrayList<>(stories.places(space.id()).stream().map(this::released).toList());
        // sorted here, not in SQL: PostgreSQL's collation would order slugs differently from the snapshot
        places.sort(java.util.Comparator.comparing(StoryMeta::fullSlug));
        return places;
    }

    /** The stories among the rows (folders left out), rendered with editor markers and their alternates. */
    private List<DeliveredStory> deliver(List<DeliveryStories.Row> rows) {
        var storyRows = rows.stream().filter(row -> !row.meta().isFolder()).map(this::released).toList();
        if (storyRows.isEmpty()) return List.of();
        var alternates = alternates(storyRows);
        var delivered = new ArrayList<DeliveredStory>(storyRows.size());
        for (var row : storyRows) {
            var meta = row.meta();
            var content = row.content() == null ? null : Json.tree(row.content());
            delivered.add(StoryRenderer.fromContent(meta, alternates.getOrDefault(meta.id(), List.of()), content, space.cv(),
                    new ContentScan.Editable(space.id(), meta.id())));
        }
        return delivered;
    }

    /** The row as the release pins it, when it is in the release; otherwise as it is. */
    private DeliveryStories.Row released(DeliveryStories.Row row) {
        var version = pinned().get(row.meta().id());
        return version == null ? row : new DeliveryStories.Row(row.meta().withVersion(version.name(), version.tagList()),
                version.content());
    }

    private StoryMeta released(StoryMeta meta) {
        var version = pinned().get(meta.id());
        return version == null ? meta : meta.withVersion(version.name(), meta.tagList());
    }

    /** Read once per request, and only when a release was asked for. */
    private Map<Long, DeliveryStories.Pinned> pinned() {
        if (pinned == null) pinned = releaseId == null ? Map.of() : stories.pinned(space.id(), releaseId);
        return pinned;
    }

    private Map<Long, List<Alternate>> alternates(List<DeliveryStories.Row> rows) {
        var groups = new HashSet<String>();
        rows.forEach(row -> groups.add(row.meta().groupId()));
        var members = new HashMap<String, List<StoryMeta>>();
        for (var row : stories.groups(space.id(), groups)) {
            members.computeIfAbsent(row.meta().groupId(), group -> new ArrayList<>()).add(row.meta());
        }
        var alternates = new HashMap<Long, List<Alternate>>();
        for (var row : rows) {
            var group = members.getOrDefault(row.meta().groupId(), List.of());
            if (group.size() > 1) alternates.put(row.meta().id(), SnapshotBuilder.alternates(row.meta().id(), group));
        }
        return alternates;
    }
}
