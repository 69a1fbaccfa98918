package dev.duet.datasources;

import dev.duet.storage.Timestamps;
import org.jdbi.v3.core.Handle;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/** The dimensions repository: SQL for a datasource's dimensions, run inside the caller's transaction. */
final class Dimensions {

    private Dimensions() {
    }

    /** The dimensions of each of the datasources, in the order they were added. */
    static Map<Long, List<Dimension>> of(Handle handle, Collection<Long> datasourceIds) {
        if (datasourceIds.isEmpty()) return Map.of();
        return handle.createQuery("SELECT * FROM datasource_dimensions WHERE datasource_id IN (<ids>) ORDER BY id")
                .bindList("ids", List.copyOf(datasourceIds))
                .map((rs, c) -> map(rs)).list().stream()
                .collect(Collectors.groupingBy(Dimension::datasourceId));
    }

    static void insert(Handle handle, long datasourceId, List<DimensionSettings> dimensions, String now) {
        for (var dimension : dimensions) {
            handle.createUpdate("INSERT INTO datasource_dimensions (datasource_id, name, entry_value, created_at, updated_at) "
                            + "VALUES (:datasource, :name, :key, :now, :now)")
                    .bind("datasource", datasourceId).bind("name", dimension.name()).bind("key", dimension.entryValue())
                    .bind("now", now).execute();
        }
    }

    /** Applies a plan. Re-keyed dimensions first take a key no valid key can be, so swapping two keys never clashes. */
    static void apply(Handle handle, long datasourceId, DimensionPlan plan, String now) {
        for (var id : plan.removed()) {
            handle.createUpdate("DELETE FROM datasource_dimensions WHERE id = :id AND datasource_id = :datasource")
                    .bind("id", id).bind("datasource", datasourceId).execute();
        }
        for (var kept : plan.kept()) {
            if (kept.rekeyed()) setKey(handle, kept.id(), "#" + kept.id());
        }
        for (var kept : plan.kept()) {
            if (!kept.changed()) continue;
            handle.createUpdate("UPDATE datasource_dimensions SET name = :name, entry_value = :key, updated_at = :now WHERE id = :id")
                    .bind("name", kept.name()).bind("key", kept.entryValue()).bind("now", now).bind("id", kept.id()).execute();
        }
        insert(handle, datasourceId, plan.added(), now);
    }

    private static void setKey(Handle handle, long id, String key) {
        handle.createUpdate("UPDATE datasource_dimensions SET entry_value = :key WHERE id = :id").bind("key", key).bind("id", id).execute();
    }

    private static Dimension map(ResultSet rs) throws SQLException {
        return new Dimension(rs.getLong("id"), rs.getLong("datasource_id"), rs.getString("name"), rs.getString("entry_value"),
                Timestamps.parse(rs.getString("created_at")), Timestamps.parse(rs.getString("updated_at")));
    }
}
