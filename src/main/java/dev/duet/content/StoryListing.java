package dev.duet.content;

import dev.duet.storage.Database;
import org.jdbi.v3.core.statement.SqlStatement;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** Lists of stories (without content) and of the space's tags, for the management API. */
public final class StoryListing {

    /** A tag and how many stories carry it. */
    public record Tag(String name, long taggingsCount) {
    }

    private final Database db;

    public StoryListing(Database db) {
        this.db = db;
    }

    public List<Story> list(long spaceId, StoryFilter filter, int offset, int limit) {
        var where = where(spaceId, filter);
        return db.read(handle -> {
            Spaces.get(handle, spaceId);
            var query = handle.createQuery("SELECT " + Stories.LIST_COLUMNS + " FROM stories WHERE " + where.sql
                    + " ORDER BY " + filter.sort().sql() + " LIMIT :limit OFFSET :offset");
            return where.bind(query).bind("limit", limit).bind("offset", offset).map((rs, c) -> Stories.map(rs, false)).list();
        });
    }

    public long count(long spaceId, StoryFilter filter) {
        var where = where(spaceId, filter);
        return db.read(handle -> where.bind(handle.createQuery("SELECT COUNT(*) FROM stories WHERE " + where.sql))
                .mapTo(Long.class).one());
    }

    public List<Tag> tags(long spaceId) {
        return db.read(handle -> {
            Spaces.get(handle, spaceId);
            return handle.createQuery("SELECT name, COUNT(*) AS taggings FROM story_tags WHERE space_id = :space "
                            + "GROUP BY name ORDER BY name")
                    .bind("space", spaceId).map((rs, c) -> new Tag(rs.getString("name"), rs.getLong("taggings"))).list();
        });
    }

    /** A WHERE clause built only from fixed SQL fragments; every value is a bound parameter. */
    private record Where(String sql, Map<String, Object> params) {
        <S extends SqlStatement<S>> S bind(S statement) {
            params.forEach(statement::bind);
            return statement;
        }
    }

    private static Where where(long spaceId, StoryFilter filter) {
        var clauses = new ArrayList<String>();
        var params = new HashMap<String, Object>();
        clauses.add("space_id = :space");
        params.put("space", spaceId);
        switch (filter.parent()) {
            case ParentChoice.Unchanged any -> { }
            case ParentChoice.Root root -> clauses.add("parent_id IS NULL");
            case ParentChoice.Folder folder -> {
                clauses.add("parent_id = :parent");
                params.put("parent", folder.id());
            }
        }
        if (filter.startsWith() != null) {
            clauses.add("substr(full_slug, 1, :prefix_length) = :prefix");
            params.put("prefix_length", filter.startsWith().length());
            params.put("prefix", filter.startsWith());
        }
        if (filter.isFolder() != null) {
            clauses.add("is_folder = :is_folder");
            params.put("is_folder", filter.isFolder());
        }
        if (filter.component() != null) {
            clauses.add("content_type = :component");
            params.put("component", filter.component());
        }
        if (!filter.tags().isEmpty()) {
            var names = new ArrayList<String>();
            for (int i = 0; i < filter.tags().size(); i++) {
                names.add(":tag" + i);
                params.put("tag" + i, filter.tags().get(i));
            }
            clauses.add("id IN (SELECT story_id FROM story_tags WHERE space_id = :space AND name IN ("
                    + String.join(", ", names) + "))");
        }
        if (filter.status() != null) {
            clauses.add(switch (filter.status()) {
                case DRAFT -> "published_version IS NULL";
                case PUBLISHED -> "published_version = version";
                case CHANGED -> "published_version <> version";
            });
        }
        if (filter.search() != null) {
            clauses.add("(LOWER(name) LIKE :search ESCAPE '!' OR LOWER(slug) LIKE :search ESCAPE '!')");
            params.put("search", "%" + likeEscaped(filter.search().toLowerCase(java.util.Locale.ROOT)) + "%");
        }
        if (filter.updatedBy() != null) {
            clauses.add("updated_by = :updated_by");
            params.put("updated_by", filter.updatedBy());
        }
        return new Where(String.join(" AND ", clauses), params);
    }

    /** Escapes LIKE's wildcards with '!': Jdbi's SQL parser reads a backslash in a quoted literal as its own escape. */
    private static String likeEscaped(String text) {
        return text.replace("!", "!!").replace("%", "!%").replace("_", "!_");
    }
}
