/**
 * Datasources: per-space key/value lists (countries, colours, labels) with optional dimensions that give each entry
 * another value per dimension (often one per language), modelled on Storyblok's datasources.
 *
 * <p>Public API for other features (all built once in {@code app.Wiring}):
 * <ul>
 *   <li>{@link dev.duet.datasources.Datasources}: list, get, create, update (dimensions added, renamed, re-keyed or
 *       removed to match a given list), delete, per space.</li>
 *   <li>{@link dev.duet.datasources.DatasourceEntries}: list (position order, paging, {@code dimension}, {@code search}),
 *       get, create, update, delete and move single entries.</li>
 *   <li>{@link dev.duet.datasources.EntryReplacement}: replace all entries at once (imports), all or nothing.</li>
 *   <li>{@link dev.duet.datasources.DatasourceDelivery#entries}: the delivery API's read, entries by datasource slug
 *       and optional dimension as {@link dev.duet.datasources.DeliveryEntry} (id, name, value, dimension_value).</li>
 *   <li>{@link dev.duet.datasources.DatasourceEvents#subscribe}: hear {@link dev.duet.datasources.DatasourceEntriesUpdated}
 *       after every committed change to entries (webhooks send {@code datasource.entries_updated}).</li>
 * </ul>
 *
 * <p>HTTP (management, under {@code /api/spaces/{space_id}}; reads need {@code content:read}, writes
 * {@code datasource:write}): {@code datasources}, {@code datasources/{datasource_id}},
 * {@code datasources/{datasource_id}/entries}, {@code .../entries/bulk}, {@code .../entries/{entry_id}} and
 * {@code .../entries/{entry_id}/move}.
 *
 * <p>Rules: slugs are normalised to a-z, 0-9, {@code -} and {@code _} and unique per space; dimension keys
 * ({@code entry_value}) are unique per datasource; entry names are unique per datasource and kept exactly as given;
 * values hold up to 10,000 characters; entry positions run 1..n. Every write raises the space's cache version.
 */
package dev.duet.datasources;
