package dev.duet.assets;

/**
 * What an asset folder is created or changed with. Null fields are not given (a change keeps their value);
 * {@code parentId} 0 (or null on creation) means the top level.
 */
public record FolderSettings(String name, Long parentId) {
}
