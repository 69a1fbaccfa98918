package dev.duet.datasources;

import java.util.List;

/** One page of a longer list and the length of the whole list (for the {@code total} header). */
public record Page<T>(List<T> items, long total) {
    public Page {
        items = List.copyOf(items);
    }
}
