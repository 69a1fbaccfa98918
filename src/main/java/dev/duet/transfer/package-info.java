/**
 * Export and import of a whole space as one JSON archive — for backups, moving between databases (SQLite to
 * PostgreSQL) and the demo space. An export imported elsewhere exports byte-for-byte the same again.
 *
 * <p>Archive format ({@code "format": "duet-space-archive", "format_version": 1}), sections in this order:
 * {@code space} (name, languages, preview URL), {@code component_groups}, {@code components} (Storyblok-shaped
 * schemas), {@code datasources} (with dimensions and entries in order), {@code stories} (parents before children,
 * referenced by {@code parent_uuid}; each with its draft {@code content}, {@code published} flag and, in full exports,
 * every version and timestamp). Ids are not exported: they are the importing database's business. Delivery tokens
 * are secrets and are never exported; an import gets fresh ones.
 *
 * <p>An import checks everything first — format, space settings, every component schema and its references, every
 * story's content against those schemas, the tree — and writes all of it in one transaction or nothing.
 * Public API: {@link dev.duet.transfer.SpaceExport}, {@link dev.duet.transfer.SpaceImport}.
 */
package dev.duet.transfer;
