package dev.duet.datasources;

import dev.duet.failure.Conflict;

/** Another datasource of the space already has the slug. */
public class SlugTaken extends Conflict {
    public SlugTaken(String slug) {
        super("datasource.slug: another datasource of this space already has the slug " + slug);
    }
}
