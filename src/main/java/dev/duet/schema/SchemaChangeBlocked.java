package dev.duet.schema;

import dev.duet.failure.Conflict;

import java.util.List;

/** A schema change that cannot be applied even accepting data loss (a removed content type still in use). */
public class SchemaChangeBlocked extends Conflict {
    public SchemaChangeBlocked(List<SchemaPlan.Blocker> blockers) {
        super(String.join("; ", blockers.stream().map(SchemaPlan.Blocker::message).toList()) + "; nothing was changed",
                blockers);
    }
}
