package dev.duet.datasources;

import dev.duet.failure.NotFound;

/** No datasource with this id or slug in the space (an id of another space's datasource included). */
public class DatasourceNotFound extends NotFound {
    public DatasourceNotFound(Object idOrSlug) {
        super("datasource", idOrSlug);
    }
}
