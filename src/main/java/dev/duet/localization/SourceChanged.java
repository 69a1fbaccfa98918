package dev.duet.localization;

import dev.duet.failure.Conflict;

import java.util.List;
import java.util.Map;

/**
 * An import whose units were translated from source texts that have changed since the export: importing them would
 * store translations of old texts as current. Details list each unit; {@code force=true} imports anyway.
 */
public final class SourceChanged extends Conflict {
    public SourceChanged(List<Map<String, Object>> units) {
        super(units.size() + " unit(s) were translated from a source text that has changed since the export; "
                + "export again, or import with force=true to keep these translations anyway", units);
    }
}
