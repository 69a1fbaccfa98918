package dev.duet.datasources;

/**
 * The entries of a datasource changed: created, edited, moved, deleted or replaced in bulk; or their dimension values
 * re-keyed or dropped by a change of dimensions; or the datasource's slug (now {@code slug}) changed. What the delivery
 * API answers for {@code slug} may differ now. Published after the change is committed; deleting a whole datasource
 * is not announced by this event.
 */
public record DatasourceEntriesUpdated(long spaceId, long datasourceId, String slug) {
}
