package dev.duet.datasources;

import java.time.Instant;
import java.util.List;

/**
 * A named key/value list of a space (countries, colours, labels), addressed by its {@code slug}, which is unique in the
 * space. Its {@code dimensions} (often one per language) let each entry carry another value per dimension.
 */
public record Datasource(long id, long spaceId, String name, String slug, List<Dimension> dimensions,
                         Instant createdAt, Instant updatedAt) {
    public Datasource {
        dimensions = List.copyOf(dimensions);
    }
}
