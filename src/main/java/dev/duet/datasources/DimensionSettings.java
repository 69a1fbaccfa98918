package dev.duet.datasources;

/**
 * One dimension in a datasource's new set of dimensions. With an {@code id} it renames or re-keys that dimension,
 * keeping its entry values; without one it keeps the dimension that has the same {@code entryValue}, or adds one.
 * Existing dimensions left out of the set are removed with their entry values.
 */
public record DimensionSettings(Long id, String name, String entryValue) {
}
