package dev.duet.datasources;

import java.util.List;

/**
 * What a datasource is created or changed with. On a change, null fields keep their value; a given
 * {@code dimensions} list is the complete new set (see {@link DimensionSettings}).
 */
public record DatasourceSettings(String name, String slug, List<DimensionSettings> dimensions) {
}
