package dev.duet.datasources;

/**
 * Hears about committed changes to datasources (webhooks send {@code datasource.entries_updated} from it). Called on
 * the thread that made the change, after its transaction committed: keep it quick (queue slow work) and thread-safe.
 * A listener that throws is logged and does not undo or fail the change.
 */
@FunctionalInterface
public interface DatasourceListener {
    void entriesUpdated(DatasourceEntriesUpdated event);
}
