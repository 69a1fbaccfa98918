package dev.duet.delivery;

import java.util.List;

/**
 * A field of a blok that holds story UUIDs (a single-option or multi-option field pointing at stories), found once
 * when the story is loaded so {@code resolve_relations} never has to walk the content again.
 */
record Reference(String component, String field, List<String> uuids) {
    Reference {
        uuids = List.copyOf(uuids);
    }
}
