package dev.duet.delivery;

import java.util.Set;

/**
 * What a story request asks to resolve: {@code resolve_relations} as {@code component.field} names (their stories go
 * into {@code rels}) and {@code resolve_links} (linked stories go into {@code links}).
 */
record Resolution(Set<String> relations, Links links) {

    /** The forms of {@code resolve_links}, with how many linked stories one answer lists before it sends uuids. */
    enum Links {
        NONE(0), STORY(50), URL(100), LINK(100);

        final int limit;

        Links(int limit) {
            this.limit = limit;
        }
    }

    /** At most this many related stories are sent in {@code rels}; past it only {@code rel_uuids} are. */
    static final int RELATIONS_LIMIT = 50;

    static final Resolution NONE = new Resolution(Set.of(), Links.NONE);

    Resolution {
        relations = Set.copyOf(relations);
    }

    boolean isNone() {
        return relations.isEmpty() && links == Links.NONE;
    }
}
