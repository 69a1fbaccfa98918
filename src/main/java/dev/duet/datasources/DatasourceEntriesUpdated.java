package dev.duet.datasources;

/**
 * The entries of a datasource changed (created, edited, moved, deleted, replaced in bulk, or their dimension values
 * re-keyed or dropped by a change of dimensions): what the delivery API answers for {@code slug} may differ now.
 * Published after the change is committed.
 */
public record DatasourceEntriesUpdated(long spaceId, long datasourceId, String slug) {
}
