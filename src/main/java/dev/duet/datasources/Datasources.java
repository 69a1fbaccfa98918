package dev.duet.datasources;

import dev.duet.content.Spaces;
import dev.duet.storage.Database;
import dev.duet.storage.Timestamps;
import org.jdbi.v3.core.Handle;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.util.List;

/**
 * The datasources repository: a space's datasources and their dimensions. Every write checks its input, runs in one
 * transaction (so a refused write changes nothing) and raises the space's cache version, so cached delivery answers
 * never go stale. Thread-safe: holds no state of its own.
 */
public final class Datasources {

    private static final String COLUMNS = "id, space_id, name, slug, created_at, updated_at";

    private record Updated(Datasource datasource, boolean entriesAffected) {
    }

    private final Database db;
    private final Spaces spaces;
    private final DatasourceEvents events;
    private final Clock clock;

    public Datasources(Database db, Spaces spaces, DatasourceEvents events, Clock clock) {
        this.db = db;
        this.spaces = spaces;
        this.events = events;
        this.clock = clock;
    }

    /** A page of the space's datasources, oldest first. */
    public Page<Datasource> list(long spaceId, int offset, int limit) {
        return db.read(handle -> {
            Spaces.get(handle, spaceId);
            var rows = handle.createQuery("SELECT " + COLUMNS + " FROM datasources WHERE space_id = :space "
                            + "ORDER BY id LIMIT :limit OFFSET :offset")
                    .bind("space", spaceId).bind("limit", limit).bind("offset", offset)
                    .map((rs, c) -> map(rs, List.of())).list();
            long total = handle.createQuery("SELECT COUNT(*) FROM datasources WHERE space_id = :space")
                    .bind("space", spaceId).mapTo(Long.class).one();
            return new Page<>(withDimensions(handle, rows), total);
        });
    }

    public Datasource get(long spaceId, long id) {
        return db.read(handle -> get(handle, spaceId, id));
    }

    public Datasource create(long spaceId, DatasourceSettings settings) {
        var checked = DatasourceRules.forCreate(settings);
        var dimensions = DimensionPlan.of(List.of(), checked.dimensions()).added();
        var now = Timestamps.format(clock.instant());
        return db.write(handle -> {
            lockSpace(handle, spaceId);
            requireFreeSlug(handle, spaceId, checked.slug(), -1);
            long id = handle.createUpdate("INSERT INTO datasources (space_id, name, slug, created_at, updated_at) "
                            + "VALUES (:space, :name, :slug, :now, :now)")
                    .bind("space", spaceId).bind("name", checked.name()).bind("slug", checked.slug()).bind("now", now)
                    .executeAndReturnGeneratedKeys("id").mapTo(Long.class).one();
            Dimensions.insert(handle, id, dimensions, now);
            return get(handle, spaceId, id);
        });
    }

    /** Changes the given fields; a new dimension list adds, renames, re-keys and removes dimensions to match it. */
    public Datasource update(long spaceId, long id, DatasourceSettings settings) {
        var checked = DatasourceRules.forUpdate(settings);
        var now = Timestamps.format(clock.instant());
        var updated = db.write(handle -> {
            lockSpace(handle, spaceId);
            var current = get(handle, spaceId, id);
            var plan = checked.dimensions() == null ? null : DimensionPlan.of(current.dimensions(), checked.dimensions());
            var slug = checked.slug() == null ? current.slug() : checked.slug();
            if (!slug.equals(current.slug())) requireFreeSlug(handle, spaceId, slug, id);
            handle.createUpdate("UPDATE datasources SET name = :name, slug = :slug, updated_at = :now WHERE id = :id")
                    .bind("name", checked.name() == null ? current.name() : checked.name()).bind("slug", slug)
                    .bind("now", now).bind("id", id).execute();
            if (plan != null) Dimensions.apply(handle, id, plan, now);
            var affected = !slug.equals(current.slug()) || plan != null && plan.changesEntryValues();
            return new Updated(get(handle, spaceId, id), affected);
        });
        if (updated.entriesAffected()) events.publish(new DatasourceEntriesUpdated(spaceId, id, updated.datasource().slug()));
        return updated.datasource();
    }

    /** Deletes the datasource with its dimensions and entries. */
    public void delete(long spaceId, long id) {
        db.writeVoid(handle -> {
            lockSpace(handle, spaceId);
            get(handle, spaceId, id);
            handle.createUpdate("DELETE FROM datasources WHERE id = :id").bind("id", id).execute();
        });
    }

    /** The datasource with this id in the space; one of another space is not found, as if it did not exist. */
    static Datasource get(Handle handle, long spaceId, long id) {
        Spaces.get(handle, spaceId);
        var row = handle.createQuery("SELECT " + COLUMNS + " FROM datasources WHERE id = :id AND space_id = :space")
                .bind("id", id).bind("space", spaceId).map((rs, c) -> map(rs, List.of())).findOne()
                .orElseThrow(() -> new DatasourceNotFound(id));
        return withDimensions(handle, List.of(row)).getFirst();
    }

    static Datasource getBySlug(Handle handle, long spaceId, String slug) {
        var row = handle.createQuery("SELECT " + COLUMNS + " FROM datasources WHERE slug = :slug AND space_id = :space")
                .bind("slug", slug).bind("space", spaceId).map((rs, c) -> map(rs, List.of())).findOne()
                .orElseThrow(() -> new DatasourceNotFound(slug));
        return withDimensions(handle, List.of(row)).getFirst();
    }

    /**
     * Starts a change of the datasource's entries inside the caller's transaction: locks the space (see
     * {@link #lockSpace}), then returns the datasource as it is now, marked updated.
     */
    Datasource beginEntriesChange(Handle handle, long spaceId, long id) {
        lockSpace(handle, spaceId);
        var datasource = get(handle, spaceId, id);
        handle.createUpdate("UPDATE datasources SET updated_at = :now WHERE id = :id")
                .bind("now", Timestamps.format(clock.instant())).bind("id", id).execute();
        return datasource;
    }

    /**
     * Raises the space's cache version first thing in every datasource write. Besides keeping cached delivery answers
     * fresh, the UPDATE row-locks the space on PostgreSQL, so concurrent datasource writes in a space run one after the
     * other (as SQLite's immediate transactions already do): checks for taken slugs and names and the next entry
     * position then always see the writes before. Unknown spaces fail here with a 404.
     */
    private void lockSpace(Handle handle, long spaceId) {
        spaces.bumpCacheVersion(handle, spaceId);
    }

    /** Tells the listeners, after the caller's transaction committed. */
    void published(Datasource datasource) {
        events.publish(new DatasourceEntriesUpdated(datasource.spaceId(), datasource.id(), datasource.slug()));
    }

    private static void requireFreeSlug(Handle handle, long spaceId, String slug, long exceptId) {
        var taken = handle.createQuery("SELECT COUNT(*) FROM datasources WHERE space_id = :space AND slug = :slug AND id <> :id")
                .bind("space", spaceId).bind("slug", slug).bind("id", exceptId).mapTo(Long.class).one() > 0;
        if (taken) throw new SlugTaken(slug);
    }

    private static List<Datasource> withDimensions(Handle handle, List<Datasource> rows) {
        var dimensions = Dimensions.of(handle, rows.stream().map(Datasource::id).toList());
        return rows.stream().map(row -> new Datasource(row.id(), row.spaceId(), row.name(), row.slug(),
                dimensions.getOrDefault(row.id(), List.of()), row.createdAt(), row.updatedAt())).toList();
    }

    private static Datasource map(ResultSet rs, List<Dimension> dimensions) throws SQLException {
        return new Datasource(rs.getLong("id"), rs.getLong("space_id"), rs.getString("name"), rs.getString("slug"),
                dimensions, Timestamps.parse(rs.getString("created_at")), Timestamps.parse(rs.getString("updated_at")));
    }
}
