package dev.duet.datasources;

import dev.duet.failure.Problems;
import dev.duet.failure.InvalidInput;
import dev.duet.storage.Database;
import org.jdbi.v3.core.Handle;

import java.util.HashMap;
import java.util.Map;
import java.util.function.BiFunction;
import java.util.stream.Collectors;

/**
 * The entries of a datasource: listing, editing one at a time and reordering. Each write checks its input, changes
 * the entries in one transaction (raising the space's cache version) and, once committed, publishes
 * {@link DatasourceEntriesUpdated}.
 */
public final class DatasourceEntries {

    static final String ENTRY_PATH = "datasource_entry";

    /** What a listing is narrowed to: the dimension key whose values to show, a text in name or value; null for all. */
    public record Query(String dimension, String search) {
    }

    private record Changed(DatasourceEntry entry, Datasource datasource) {
    }

    private final Database db;
    private final Datasources datasources;

    public DatasourceEntries(Database db, Datasources datasources) {
        this.db = db;
        this.datasources = datasources;
    }

    /** A page of entries in position order; with a dimension, each carries its value there as dimension_value. */
    public Page<DatasourceEntry> list(long spaceId, long datasourceId, Query query, int offset, int limit) {
        return db.read(handle -> {
            var datasource = Datasources.get(handle, spaceId, datasourceId);
            var search = query.search() == null || query.search().isBlank() ? null : query.search().strip();
            if (search != null && search.indexOf('\0') >= 0) throw InvalidInput.field("search", "must not contain NUL characters");
            var narrowing = new EntryStore.Narrowing(dimensionId(datasource, query.dimension()), search);
            return EntryStore.page(handle, datasourceId, narrowing, offset, limit);
        });
    }

    public DatasourceEntry get(long spaceId, long datasourceId, long entryId, String dimension) {
        return db.read(handle -> {
            var datasource = Datasources.get(handle, spaceId, datasourceId);
            return EntryStore.get(handle, datasourceId, entryId, dimensionId(datasource, dimension));
        });
    }

    /** Adds an entry after the last one. */
    public DatasourceEntry create(long spaceId, long datasourceId, EntryInput input) {
        return change(spaceId, datasourceId, (handle, datasource) -> {
            var keys = dimensionIds(datasource);
            var problems = new Problems();
            EntryRules.check(ENTRY_PATH, input, true, keys.keySet(), problems);
            problems.throwIfAny();
            if (EntryStore.nameTaken(handle, datasourceId, input.name(), -1)) throw new EntryNameTaken(input.name());
            long id = EntryStore.append(handle, datasourceId, input.name(), input.value() == null ? "" : input.value());
            EntryStore.putValues(handle, id, byDimensionId(keys, input.dimensionValues()));
            return EntryStore.get(handle, datasourceId, id, null);
        });
    }

    /** Changes the given fields; only the dimension keys given change, a null value removing that dimension's value. */
    public DatasourceEntry update(long spaceId, long datasourceId, long entryId, EntryInput input) {
        return change(spaceId, datasourceId, (handle, datasource) -> {
            var current = EntryStore.get(handle, datasourceId, entryId, null);
            var keys = dimensionIds(datasource);
            var problems = new Problems();
            EntryRules.check(ENTRY_PATH, input, false, keys.keySet(), problems);
            problems.throwIfAny();
            var name = input.name() == null ? current.name() : input.name();
            if (!name.equals(current.name()) && EntryStore.nameTaken(handle, datasourceId, name, entryId)) throw new EntryNameTaken(name);
            EntryStore.update(handle, entryId, name, input.value() == null ? current.value() : input.value());
            EntryStore.putValues(handle, entryId, byDimensionId(keys, input.dimensionValues()));
            return EntryStore.get(handle, datasourceId, entryId, null);
        });
    }

    public void delete(long spaceId, long datasourceId, long entryId) {
        change(spaceId, datasourceId, (handle, datasource) -> {
            EntryStore.delete(handle, EntryStore.get(handle, datasourceId, entryId, null));
            return null;
        });
    }

    /** Moves the entry to {@code position} (1 is first), shifting the entries in between. */
    public DatasourceEntry move(long spaceId, long datasourceId, long entryId, Integer position) {
        if (position == null) throw InvalidInput.field("position", "is required (1 is the first place)");
        return change(spaceId, datasourceId, (handle, datasource) -> {
            var entry = EntryStore.get(handle, datasourceId, entryId, null);
            int count = EntryStore.count(handle, datasourceId);
            if (position < 1 || position > count) {
                throw InvalidInput.field("position", "must be between 1 and " + count + ", got " + position);
            }
            EntryStore.move(handle, entry, position);
            return EntryStore.get(handle, datasourceId, entryId, null);
        });
    }

    /** Runs one change of the datasource's entries in a transaction, then tells the listeners. */
    private DatasourceEntry change(long spaceId, long datasourceId,
                                   BiFunction<Handle, Datasource, DatasourceEntry> work) {
        var changed = db.write(handle -> {
            var datasource = datasources.beginEntriesChange(handle, spaceId, datasourceId);
            return new Changed(work.apply(handle, datasource), datasource);
        });
        datasources.published(changed.datasource());
        return changed.entry();
    }

    /** The id of the dimension with this key, null for none asked; an unknown key is a 400 naming the parameter. */
    static Long dimensionId(Datasource datasource, String key) {
        if (key == null || key.isBlank()) return null;
        var id = dimensionIds(datasource).get(key.strip());
        if (id == null) {
            var known = datasource.dimensions().stream().map(Dimension::entryValue).collect(Collectors.joining(", "));
            throw InvalidInput.field("dimension", "datasource " + datasource.slug() + " has no dimension " + key
                    + " (it has: " + (known.isEmpty() ? "no dimensions" : known) + ")");
        }
        return id;
    }

    static Map<String, Long> dimensionIds(Datasource datasource) {
        return datasource.dimensions().stream().collect(Collectors.toMap(Dimension::entryValue, Dimension::id));
    }

    /** Dimension values keyed by dimension id; keys were checked against the datasource before. */
    static Map<Long, String> byDimensionId(Map<String, Long> ids, Map<String, String> valuesByKey) {
        var byId = new HashMap<Long, String>();
        if (valuesByKey != null) valuesByKey.forEach((key, value) -> byId.put(ids.get(key), value));
        return byId;
    }
}
