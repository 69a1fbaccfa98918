package dev.duet.datasources;

import java.util.Collections;
import java.util.Map;
import java.util.TreeMap;

/**
 * One entry of a datasource as the management API shows it. {@code name} is the entry's key, unique in the
 * datasource; entries are ordered by {@code position} (1, 2, 3 ...). {@code dimensionValue} is the value in the
 * dimension a request asked for (null when none was asked for or none is set); {@code dimensionValues} holds every
 * dimension's value by dimension key.
 */
public record DatasourceEntry(long id, long datasourceId, String name, String value, int position, String dimensionValue,
                              Map<String, String> dimensionValues) {
    public DatasourceEntry {
        dimensionValues = Collections.unmodifiableMap(new TreeMap<>(dimensionValues));
    }
}
