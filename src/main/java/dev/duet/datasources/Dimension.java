package dev.duet.datasources;

import java.time.Instant;

/**
 * A dimension of a datasource: {@code entryValue} is its key (e.g. {@code de}), unique in the datasource, which
 * requests name to get each entry's value in this dimension.
 */
public record Dimension(long id, long datasourceId, String name, String entryValue, Instant createdAt, Instant updatedAt) {
}
