package dev.duet.datasources;

import dev.duet.failure.Problems;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;

/**
 * How a datasource's dimensions become the requested set: which are removed, which are kept (perhaps renamed or
 * re-keyed, keeping their entry values) and which are added. Worked out before anything is written, so a request
 * naming an unknown dimension id fails whole.
 */
record DimensionPlan(List<Long> removed, List<Kept> kept, List<DimensionSettings> added) {

    /** An existing dimension that stays, with its new name and key, and whether either changes. */
    record Kept(long id, String name, String entryValue, boolean renamed, boolean rekeyed) {
        boolean changed() {
            return renamed || rekeyed;
        }
    }

    DimensionPlan {
        removed = List.copyOf(removed);
        kept = List.copyOf(kept);
        added = List.copyOf(added);
    }

    /**
     * Matches each requested dimension to an existing one by id, else by key (so re-sending the same list changes
     * nothing), else adds it. Existing dimensions nobody matched are removed.
     */
    static DimensionPlan of(List<Dimension> existing, List<DimensionSettings> requested) {
        var byId = new HashMap<Long, Dimension>();
        var byKey = new HashMap<String, Dimension>();
        existing.forEach(dimension -> {
            byId.put(dimension.id(), dimension);
            byKey.put(dimension.entryValue(), dimension);
        });
        var problems = new Problems();
        var claimed = new HashSet<Long>();
        for (int i = 0; i < requested.size(); i++) {
            var id = requested.get(i).id();
            if (id == null) continue;
            if (byId.containsKey(id)) claimed.add(id);
            else problems.add("datasource.dimensions[" + i + "].id", "this datasource has no dimension " + id);
        }
        problems.throwIfAny();
        var kept = new ArrayList<Kept>();
        var added = new ArrayList<DimensionSettings>();
        for (var wanted : requested) {
            var match = wanted.id() != null ? byId.get(wanted.id()) : byKey.get(wanted.entryValue());
            if (wanted.id() == null && (match == null || claimed.contains(match.id()))) {
                added.add(wanted);
                continue;
            }
            claimed.add(match.id());
            kept.add(new Kept(match.id(), wanted.name(), wanted.entryValue(), !match.name().equals(wanted.name()),
                    !match.entryValue().equals(wanted.entryValue())));
        }
        var removed = existing.stream().map(Dimension::id).filter(id -> !claimed.contains(id)).toList();
        return new DimensionPlan(removed, kept, added);
    }

    /** Whether entries' dimension values are lost or answer to another key afterwards. */
    boolean changesEntryValues() {
        return !removed.isEmpty() || kept.stream().anyMatch(Kept::rekeyed);
    }
}
