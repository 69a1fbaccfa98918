package dev.duet.delivery;

/** Another story of the same {@code group_id} (folder-level translation), as a story's {@code alternates} list it. */
record Alternate(long id, String name, String slug, boolean published, String fullSlug, boolean isFolder, long parentId) {
}
