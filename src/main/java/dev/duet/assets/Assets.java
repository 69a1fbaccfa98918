package dev.duet.assets;

import dev.duet.content.Spaces;
import dev.duet.failure.Problems;
import dev.duet.storage.Database;
import dev.duet.storage.Timestamps;
import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.statement.Query;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The assets repository: a space's files and their metadata (the bytes are {@link AssetFiles}' business). Input is
 * checked before the one transaction that stores it, so a refused request changes nothing. Thread-safe: holds no
 * state of its own.
 */
public final class Assets {

    /** An asset about to be stored, its metadata already checked. */
    record NewAsset(long spaceId, Long folderId, String name, String hash, MediaType type, long size, ImageSize imageSize,
                    String alt, String title, String copyright, Focus focus) {
    }

    /** An upload's outcome: the new asset, or the space's asset that already holds the same bytes. */
    public record Stored(Asset asset, boolean created) {
    }

    private static final String COLUMNS = "id, space_id, folder_id, name, hash, content_type, size, width, height, alt, "
            + "title, copyright, focus, created_at, updated_at";

    private final Database db;
    private final Clock clock;

    public Assets(Database db, Clock clock) {
        this.db = db;
        this.clock = clock;
    }

    /** Fails with 404 unless the space exists; cheap, for refusing an upload before reading its bytes. */
    public void requireSpace(long spaceId) {
        db.read(handle -> Spaces.get(handle, spaceId));
    }

    public Asset get(long spaceId, long id) {
        return db.read(handle -> get(handle, spaceId, id));
    }

    /** The space's asset holding the file with this hash; 404 when there is none. */
    public Asset byHash(long spaceId, String hash) {
        return db.read(handle -> handle.createQuery("SELECT " + COLUMNS + " FROM assets WHERE space_id = :space AND hash = :hash")
                .bind("space", spaceId).bind("hash", hash).map((rs, c) -> map(rs)).findOne()
                .orElseThrow(() -> new AssetNotFound(hash)));
    }

    /** A page of the space's assets that pass the filter. */
    public List<Asset> list(long spaceId, AssetFilter filter, int offset, int limit) {
        return db.read(handle -> {
            Spaces.get(handle, spaceId);
            var direction = filter.descending() ? " DESC" : " ASC";
            var query = handle.createQuery("SELECT " + COLUMNS + " FROM assets" + where(filter)
                    + " ORDER BY " + filter.sortColumn() + direction + ", id" + direction + " LIMIT :limit OFFSET :offset");
            return bind(query, spaceId, filter).bind("limit", limit).bind("offset", offset).map((rs, c) -> map(rs)).list();
        });
    }

    public long count(long spaceId, AssetFilter filter) {
        return db.read(handle -> bind(handle.createQuery("SELECT COUNT(*) FROM assets" + where(filter)), spaceId, filter)
                .mapTo(Long.class).one());
    }

    /** Stores a new asset, unless the space already has one with the same bytes, which is answered instead. */
    Stored insert(NewAsset asset) {
        var now = Timestamps.format(clock.instant());
        return db.write(handle -> {
            Spaces.get(handle, asset.spaceId());
            if (asset.folderId() != null) AssetFolders.referenced(handle, asset.spaceId(), asset.folderId(), "asset_folder_id");
            int inserted = handle.createUpdate("INSERT INTO assets (space_id, folder_id, name, hash, content_type, size, width, "
                            + "height, alt, title, copyright, focus, created_at, updated_at) VALUES (:space, :folder, :name, :hash, "
                            + ":type, :size, :width, :height, :alt, :title, :copyright, :focus, :now, :now) "
                            + "ON CONFLICT (space_id, hash) DO NOTHING")
                    .bind("space", asset.spaceId()).bind("folder", asset.folderId()).bind("name", asset.name())
                    .bind("hash", asset.hash()).bind("type", asset.type().mime()).bind("size", asset.size())
                    .bind("width", asset.imageSize() == null ? null : asset.imageSize().width())
                    .bind("height", asset.imageSize() == null ? null : asset.imageSize().height())
                    .bind("alt", asset.alt()).bind("title", asset.title()).bind("copyright", asset.copyright())
                    .bind("focus", asset.focus() == null ? null : asset.focus().toString()).bind("now", now)
                    .execute();
            var stored = handle.createQuery("SELECT " + COLUMNS + " FROM assets WHERE space_id = :space AND hash = :hash")
                    .bind("space", asset.spaceId()).bind("hash", asset.hash()).map((rs, c) -> map(rs)).one();
            return new Stored(stored, inserted == 1);
        });
    }

    /** Changes the given metadata and keeps the rest; a focus point must lie inside the image. */
    public Asset update(long spaceId, long id, AssetSettings settings) {
        var problems = new Problems();
        settings.check(problems);
        problems.throwIfAny();
        return db.write(handle -> {
            var current = get(handle, spaceId, id);
            var focus = settings.focus() == null ? current.focus()
                    : Focus.parse("focus", settings.focus(), current.width(), current.height());
            Long folder = current.folderId();
            if (settings.assetFolderId() != null) {
                folder = settings.assetFolderId() == 0 ? null
                        : AssetFolders.referenced(handle, spaceId, settings.assetFolderId(), "asset_folder_id").id();
            }
            var name = settings.name() == null ? current.name() : FileNames.sanitise(settings.name(), current.type());
            handle.createUpdate("UPDATE assets SET folder_id = :folder, name = :name, alt = :alt, title = :title, "
                            + "copyright = :copyright, focus = :focus, updated_at = :now WHERE id = :id")
                    .bind("folder", folder).bind("name", name)
                    .bind("alt", settings.alt() == null ? current.alt() : AssetSettings.stored(settings.alt()))
                    .bind("title", settings.title() == null ? current.title() : AssetSettings.stored(settings.title()))
                    .bind("copyright", settings.copyright() == null ? current.copyright() : AssetSettings.stored(settings.copyright()))
                    .bind("focus", focus == null ? null : focus.toString())
                    .bind("now", Timestamps.format(clock.instant())).bind("id", id).execute();
            return get(handle, spaceId, id);
        });
    }

    /** Deletes the asset's record and answers it; whether its file goes too is {@link AssetLibrary}'s decision. */
    Asset delete(long spaceId, long id) {
        return db.write(handle -> {
            var asset = get(handle, spaceId, id);
            handle.createUpdate("DELETE FROM assets WHERE id = :id").bind("id", id).execute();
            return asset;
        });
    }

    /** Whether any space still has an asset with this file. */
    boolean isUsed(String hash) {
        return db.read(handle -> handle.createQuery("SELECT COUNT(*) FROM assets WHERE hash = :hash")
                .bind("hash", hash).mapTo(Long.class).one() > 0);
    }

    static Asset get(Handle handle, long spaceId, long id) {
        Spaces.get(handle, spaceId);
        return handle.createQuery("SELECT " + COLUMNS + " FROM assets WHERE id = :id AND space_id = :space")
                .bind("id", id).bind("space", spaceId).map((rs, c) -> map(rs)).findOne()
                .orElseThrow(() -> new AssetNotFound(id));
    }

    /** How many assets lie directly in a folder. */
    static long countIn(Handle handle, long folderId) {
        return handle.createQuery("SELECT COUNT(*) FROM assets WHERE folder_id = :folder").bind("folder", folderId)
                .mapTo(Long.class).one();
    }

    private static String where(AssetFilter filter) {
        var clauses = new ArrayList<String>();
        clauses.add("space_id = :space");
        if (filter.folderId() != null) clauses.add(filter.folderId() == 0 ? "folder_id IS NULL" : "folder_id = :folder");
        if (filter.search() != null) {
            clauses.add("(LOWER(name) LIKE :search ESCAPE '!' OR LOWER(COALESCE(title, '')) LIKE :search ESCAPE '!' "
                    + "OR LOWER(COALESCE(alt, '')) LIKE :search ESCAPE '!')");
        }
        if (!filter.types().isEmpty()) clauses.add("content_type IN (<types>)");
        return " WHERE " + String.join(" AND ", clauses);
    }

    private static Query bind(Query query, long spaceId, AssetFilter filter) {
        Map<String, Object> params = new HashMap<>();
        params.put("space", spaceId);
        if (filter.folderId() != null && filter.folderId() != 0) params.put("folder", filter.folderId());
        if (filter.search() != null) params.put("search", "%" + likeEscaped(filter.search().toLowerCase(java.util.Locale.ROOT)) + "%");
        query.bindMap(params);
        if (!filter.types().isEmpty()) query.bindList("types", filter.types().stream().map(MediaType::mime).toList());
        return query;
    }

    /** '!' escapes LIKE's wildcards: a backslash would be read as an escape by Jdbi's SQL parser first. */
    private static String likeEscaped(String text) {
        return text.replace("!", "!!").replace("%", "!%").replace("_", "!_");
    }

    private static Asset map(ResultSet rs) throws SQLException {
        long folder = rs.getLong("folder_id");
        Long folderId = rs.wasNull() ? null : folder;
        int width = rs.getInt("width");
        Integer w = rs.wasNull() ? null : width;
        int height = rs.getInt("height");
        Integer h = rs.wasNull() ? null : height;
        var mime = rs.getString("content_type");
        var type = MediaType.ofMime(mime).orElseThrow(() -> new IllegalStateException("stored asset of unknown type " + mime));
        return new Asset(rs.getLong("id"), rs.getLong("space_id"), folderId, rs.getString("name"), rs.getString("hash"),
                type, rs.getLong("size"), w, h, rs.getString("alt"), rs.getString("title"), rs.getString("copyright"),
                Focus.parse("focus", rs.getString("focus"), Integer.MAX_VALUE, Integer.MAX_VALUE),
                Timestamps.parse(rs.getString("created_at")), Timestamps.parse(rs.getString("updated_at")));
    }
}
