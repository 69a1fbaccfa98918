package dev.duet.datasources;

/**
 * An entry as the delivery API serves it, the shape of Storyblok's CDN {@code datasource_entries}: the value in the
 * requested dimension is {@code dimensionValue}, null when no dimension was requested or the entry has no value in it.
 */
public record DeliveryEntry(long id, String name, String value, String dimensionValue) {
}
