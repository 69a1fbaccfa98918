package dev.duet.datasources;

import java.util.Map;

/**
 * What an entry is created or changed with. {@code dimensionValues} maps dimension keys to values. On a change, null
 * fields keep their value, and only the dimension keys given change (a null value removes that dimension's value).
 */
public record EntryInput(String name, String value, Map<String, String> dimensionValues) {
}
