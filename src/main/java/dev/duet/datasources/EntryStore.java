package dev.duet.datasources;

import org.jdbi.v3.core.Handle;

import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/** The entries repository: SQL for one datasource's entries and their dimension values, in the caller's transaction. */
final class EntryStore {

    /** What a listing is narrowed to: the dimension whose values to show, a search text; null narrows nothing. */
    record Narrowing(Long dimensionId, String search) {
    }

    private EntryStore() {
    }

    static Optional<DatasourceEntry> find(Handle handle, long datasourceId, long entryId, Long dimensionId) {
        var found = select(handle, datasourceId, dimensionId, " AND e.id = :entry", Map.of("entry", entryId), 1, 0);
        return found.stream().findFirst();
    }

    static DatasourceEntry get(Handle handle, long datasourceId, long entryId, Long dimensionId) {
        return find(handle, datasourceId, entryId, dimensionId).orElseThrow(() -> new EntryNotFound(entryId));
    }

    /** A page of entries in position order, each with the value in the narrowing's dimension. */
    static Page<DatasourceEntry> page(Handle handle, long datasourceId, Narrowing narrowing, int offset, int limit) {
        var filter = narrowing.search() == null ? "" : " AND (LOWER(e.name) LIKE :search ESCAPE '!' OR LOWER(e.value) LIKE :search ESCAPE '!')";
        Map<String, Object> params = narrowing.search() == null ? Map.of() : Map.of("search", likePattern(narrowing.search()));
        var entries = select(handle, datasourceId, narrowing.dimensionId(), filter, params, limit, offset);
        long total = handle.createQuery("SELECT COUNT(*) FROM datasource_entries e WHERE e.datasource_id = :datasource" + filter)
                .bind("datasource", datasourceId).bindMap(params).mapTo(Long.class).one();
        return new Page<>(entries, total);
    }

    static int count(Handle handle, long datasourceId) {
        return handle.createQuery("SELECT COUNT(*) FROM datasource_entries WHERE datasource_id = :datasource")
                .bind("datasource", datasourceId).mapTo(Integer.class).one();
    }

    static boolean nameTaken(Handle handle, long datasourceId, String name, long exceptId) {
        return handle.createQuery("SELECT COUNT(*) FROM datasource_entries WHERE datasource_id = :datasource AND name = :name AND id <> :id")
                .bind("datasource", datasourceId).bind("name", name).bind("id", exceptId).mapTo(Integer.class).one() > 0;
    }

    /** Adds an entry after the last one. */
    static long append(Handle handle, long datasourceId, String name, String value) {
        return handle.createUpdate("INSERT INTO datasource_entries (datasource_id, name, value, position) "
                        + "VALUES (:datasource, :name, :value, :position)")
                .bind("datasource", datasourceId).bind("name", name).bind("value", value)
                .bind("position", count(handle, datasourceId) + 1)
                .executeAndReturnGeneratedKeys("id").mapTo(Long.class).one();
    }

    static void update(Handle handle, long entryId, String name, String value) {
        handle.createUpdate("UPDATE datasource_entries SET name = :name, value = :value WHERE id = :id")
                .bind("name", name).bind("value", value).bind("id", entryId).execute();
    }

    /** Sets the entry's value in each dimension; a null value removes it, so the entry falls back to its value. */
    static void putValues(Handle handle, long entryId, Map<Long, String> valuesByDimension) {
        valuesByDimension.forEach((dimensionId, value) -> {
            handle.createUpdate("DELETE FROM datasource_entry_values WHERE entry_id = :entry AND dimension_id = :dimension")
                    .bind("entry", entryId).bind("dimension", dimensionId).execute();
            if (value == null) return;
            handle.createUpdate("INSERT INTO datasource_entry_values (entry_id, dimension_id, value) VALUES (:entry, :dimension, :value)")
                    .bind("entry", entryId).bind("dimension", dimensionId).bind("value", value).execute();
        });
    }

    /** Deletes the entry and closes the gap it leaves in the positions. */
    static void delete(Handle handle, DatasourceEntry entry) {
        handle.createUpdate("DELETE FROM datasource_entries WHERE id = :id").bind("id", entry.id()).execute();
        handle.createUpdate("UPDATE datasource_entries SET position = position - 1 WHERE datasource_id = :datasource AND position > :position")
                .bind("datasource", entry.datasourceId()).bind("position", entry.position()).execute();
    }

    /** Moves the entry to {@code to}, shifting the entries between its old and new place by one. */
    static void move(Handle handle, DatasourceEntry entry, int to) {
        int from = entry.position();
        if (from == to) return;
        var shift = from < to
                ? "UPDATE datasource_entries SET position = position - 1 WHERE datasource_id = :datasource AND position > :from AND position <= :to"
                : "UPDATE datasource_entries SET position = position + 1 WHERE datasource_id = :datasource AND position >= :to AND position < :from";
        handle.createUpdate(shift).bind("datasource", entry.datasourceId()).bind("from", from).bind("to", to).execute();
        handle.createUpdate("UPDATE datasource_entries SET position = :to WHERE id = :id").bind("to", to).bind("id", entry.id()).execute();
    }

    private static List<DatasourceEntry> select(Handle handle, long datasourceId, Long dimensionId, String filter,
                                                Map<String, Object> params, int limit, int offset) {
        var dimensionJoin = dimensionId == null ? ", NULL AS dimension_value FROM datasource_entries e"
                : ", v.value AS dimension_value FROM datasource_entries e "
                + "LEFT JOIN datasource_entry_values v ON v.entry_id = e.id AND v.dimension_id = :dimension";
        var query = handle.createQuery("SELECT e.id, e.datasource_id, e.name, e.value, e.position" + dimensionJoin
                        + " WHERE e.datasource_id = :datasource" + filter + " ORDER BY e.position, e.id LIMIT :limit OFFSET :offset")
                .bind("datasource", datasourceId).bindMap(params).bind("limit", limit).bind("offset", offset);
        if (dimensionId != null) query.bind("dimension", dimensionId);
        var rows = query.map((rs, c) -> new DatasourceEntry(rs.getLong("id"), rs.getLong("datasource_id"), rs.getString("name"),
                rs.getString("value"), rs.getInt("position"), rs.getString("dimension_value"), Map.of())).list();
        var values = dimensionValues(handle, rows.stream().map(DatasourceEntry::id).toList());
        return rows.stream().map(row -> new DatasourceEntry(row.id(), row.datasourceId(), row.name(), row.value(), row.position(),
                row.dimensionValue(), values.getOrDefault(row.id(), Map.of()))).toList();
    }

    private record StoredValue(long entryId, String dimensionKey, String value) {
    }

    /** Every dimension value of the entries, by entry id and then dimension key. */
    private static Map<Long, Map<String, String>> dimensionValues(Handle handle, List<Long> entryIds) {
        var byEntry = new HashMap<Long, Map<String, String>>();
        if (entryIds.isEmpty()) return byEntry;
        handle.createQuery("SELECT v.entry_id, d.entry_value, v.value FROM datasource_entry_values v "
                        + "JOIN datasource_dimensions d ON d.id = v.dimension_id WHERE v.entry_id IN (<ids>)")
                .bindList("ids", entryIds)
                .map((rs, c) -> new StoredValue(rs.getLong("entry_id"), rs.getString("entry_value"), rs.getString("value")))
                .forEach(stored -> byEntry.computeIfAbsent(stored.entryId(), id -> new HashMap<>())
                        .put(stored.dimensionKey(), stored.value()));
        return byEntry;
    }

    /**
     * A case-insensitive substring pattern in which the text's own % and _ match only themselves. The escape character
     * is {@code !} because Jdbi's statement parser reads a backslash inside quotes as escaping the closing quote.
     */
    static String likePattern(String text) {
        var escaped = text.toLowerCase(Locale.ROOT).replace("!", "!!").replace("%", "!%").replace("_", "!_");
        return "%" + escaped + "%";
    }
}
