package dev.duet.datasources;

import dev.duet.storage.Database;
import org.jdbi.v3.core.Handle;

import java.util.HashMap;
import java.util.Map;

/**
 * Datasource entries as the delivery API serves them (Storyblok CDN {@code datasource_entries}). Lenient like the CDN:
 * a dimension the datasource lacks (or text that is no dimension key) just yields null dimension values. The caller
 * checks the space and the token.
 */
public final class DatasourceDelivery {

    private final Database db;

    public DatasourceDelivery(Database db) {
        this.db = db;
    }

    /**
     * A page of entries of the datasource with {@code slug} (of every datasource of the space when null or blank), in
     * position order, each with its value in dimension {@code dimension} (none when null or blank). Throws
     * {@link DatasourceNotFound} for an unknown slug.
     */
    public Page<DeliveryEntry> entries(long spaceId, String slug, String dimension, int offset, int limit) {
        return db.read(handle -> {
            var params = new HashMap<String, Object>();
            params.put("space", spaceId);
            var where = " WHERE d.space_id = :space";
            if (slug != null && !slug.isBlank()) {
                // Text that is no slug cannot name a datasource; PostgreSQL would refuse some of it (NUL) outright.
                if (!Slugs.normalise(slug).equals(slug)) throw new DatasourceNotFound(slug);
                params.put("datasource", Datasources.getBySlug(handle, spaceId, slug).id());
                where += " AND e.datasource_id = :datasource";
            }
            var join = "";
            var value = "NULL";
            if (dimension != null && DatasourceRules.DIMENSION_KEY.matcher(dimension).matches()) {
                params.put("dimension", dimension);
                join = " LEFT JOIN datasource_dimensions dim ON dim.datasource_id = e.datasource_id AND dim.entry_value = :dimension"
                        + " LEFT JOIN datasource_entry_values v ON v.entry_id = e.id AND v.dimension_id = dim.id";
                value = "v.value";
            }
            var from = " FROM datasource_entries e JOIN datasources d ON d.id = e.datasource_id";
            var entries = handle.createQuery("SELECT e.id, e.name, e.value, " + value + " AS dimension_value" + from + join + where
                            + " ORDER BY e.datasource_id, e.position, e.id LIMIT :limit OFFSET :offset")
                    .bindMap(params).bind("limit", limit).bind("offset", offset)
                    .map((rs, c) -> new DeliveryEntry(rs.getLong("id"), rs.getString("name"), rs.getString("value"),
                            rs.getString("dimension_value"))).list();
            return new Page<>(entries, count(handle, from + where, params));
        });
    }

    private static long count(Handle handle, String fromWhere, Map<String, Object> params) {
        var countParams = new HashMap<>(params);
        countParams.remove("dimension");
        return handle.createQuery("SELECT COUNT(*)" + fromWhere).bindMap(countParams).mapTo(Long.class).one();
    }
}
