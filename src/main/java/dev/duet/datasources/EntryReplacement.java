package dev.duet.datasources;

import dev.duet.storage.Database;
import org.jdbi.v3.core.Handle;

import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * Replaces all entries of a datasource at once, for imports. Every entry is checked before anything is written and
 * the replacement runs in one transaction, so a bad import changes nothing. Entries whose name is kept keep their id;
 * the order of the list becomes the order of the entries, and each entry's dimension values become exactly those given.
 */
public final class EntryReplacement {

    private record Replaced(Datasource datasource, int count) {
    }

    private final Database db;
    private final Datasources datasources;

    public EntryReplacement(Database db, Datasources datasources) {
        this.db = db;
        this.datasources = datasources;
    }

    /** Makes {@code entries} the datasource's entries and returns how many it now has. */
    public int replaceAll(long spaceId, long datasourceId, List<EntryInput> entries) {
        var replaced = db.write(handle -> {
            var datasource = datasources.beginEntriesChange(handle, spaceId, datasourceId);
            var dimensionIds = DatasourceEntries.dimensionIds(datasource);
            EntryRules.checkBulk(entries, dimensionIds.keySet());
            var existing = idsByName(handle, datasourceId);
            removeMissing(handle, existing, entries);
            writeEntries(handle, datasourceId, existing, entries);
            writeValues(handle, datasourceId, dimensionIds, entries);
            return new Replaced(datasource, entries.size());
        });
        datasources.published(replaced.datasource());
        return replaced.count();
    }

    private static Map<String, Long> idsByName(Handle handle, long datasourceId) {
        return handle.createQuery("SELECT id, name FROM datasource_entries WHERE datasource_id = :datasource")
                .bind("datasource", datasourceId)
                .map((rs, c) -> Map.entry(rs.getString("name"), rs.getLong("id"))).list().stream()
                .collect(Collectors.toMap(Map.Entry::getKey, Map.Entry::getValue));
    }

    private static void removeMissing(Handle handle, Map<String, Long> existing, List<EntryInput> entries) {
        var kept = new HashSet<String>();
        entries.forEach(entry -> kept.add(entry.name()));
        var batch = handle.prepareBatch("DELETE FROM datasource_entries WHERE id = :id");
        existing.forEach((name, id) -> {
            if (!kept.contains(name)) batch.bind("id", id).add();
        });
        if (batch.size() > 0) batch.execute();
    }

    /** Updates the entries that stay and inserts the new ones, numbering positions in list order. */
    private static void writeEntries(Handle handle, long datasourceId, Map<String, Long> existing, List<EntryInput> entries) {
        var updates = handle.prepareBatch("UPDATE datasource_entries SET value = :value, position = :position WHERE id = :id");
        var inserts = handle.prepareBatch("INSERT INTO datasource_entries (datasource_id, name, value, position) "
                + "VALUES (:datasource, :name, :value, :position)");
        for (int i = 0; i < entries.size(); i++) {
            var entry = entries.get(i);
            var value = entry.value() == null ? "" : entry.value();
            var id = existing.get(entry.name());
            if (id != null) {
                updates.bind("id", id).bind("value", value).bind("position", i + 1).add();
            } else {
                inserts.bind("datasource", datasourceId).bind("name", entry.name()).bind("value", value).bind("position", i + 1).add();
            }
        }
        if (updates.size() > 0) updates.execute();
        if (inserts.size() > 0) inserts.execute();
    }

    private static void writeValues(Handle handle, long datasourceId, Map<String, Long> dimensionIds, List<EntryInput> entries) {
        handle.createUpdate("DELETE FROM datasource_entry_values WHERE entry_id IN "
                + "(SELECT id FROM datasource_entries WHERE datasource_id = :datasource)").bind("datasource", datasourceId).execute();
        var entryIds = idsByName(handle, datasourceId);
        var inserts = handle.prepareBatch("INSERT INTO datasource_entry_values (entry_id, dimension_id, value) "
                + "VALUES (:entry, :dimension, :value)");
        for (var entry : entries) {
            if (entry.dimensionValues() == null) continue;
            entry.dimensionValues().forEach((key, value) -> {
                if (value != null) {
                    inserts.bind("entry", entryIds.get(entry.name())).bind("dimension", dimensionIds.get(key)).bind("value", value).add();
                }
            });
        }
        if (inserts.size() > 0) inserts.execute();
    }
}
