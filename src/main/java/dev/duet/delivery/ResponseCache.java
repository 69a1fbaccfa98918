package dev.duet.delivery;

import dev.duet.experiments.ExperimentBlock;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The least recently used rendered published answers that are not pre-rendered (lists, languages, resolutions,
 * stories with experiments), keyed by space, cache version and the canonical request (plus, for answers with
 * experiment blocks, the variant combination a visitor sees, never the visitor), so a repeated query is answered from
 * bytes. A new
 * {@code cv} makes a new key, so entries are never stale, only unused until evicted. Bounded by count and bytes;
 * synchronized, with only map operations inside the lock.
 */
final class ResponseCache {

    record Key(long spaceId, long cv, String request) {
    }

    /** A rendered answer; {@code experiments}: the experiment blocks in it, which decide who may share it. */
    record Entry(byte[] body, long total, int perPage, List<ExperimentBlock> experiments) {
        Entry(byte[] body, long total, int perPage) {
            this(body, total, perPage, List.of());
        }

        Entry {
            experiments = List.copyOf(experiments);
        }
    }

    private final int maxEntries;
    private final long maxBytes;
    private long bytes;
    private final LinkedHashMap<Key, Entry> entries = new LinkedHashMap<>(256, 0.75f, true);

    ResponseCache(int maxEntries, long maxBytes) {
        this.maxEntries = maxEntries;
        this.maxBytes = maxBytes;
    }

    synchronized Entry get(Key key) {
        return entries.get(key);
    }

    synchronized void put(Key key, Entry entry) {
        if (entry.body().length > maxBytes / 4) return;
        var previous = entries.put(key, entry);
        if (previous != null) bytes -= previous.body().length;
        bytes += entry.body().length;
        var eldest = entries.entrySet().iterator();
        while ((entries.size() > maxEntries || bytes > maxBytes) && eldest.hasNext()) {
            Map.Entry<Key, Entry> oldest = eldest.next();
            bytes -= oldest.getValue().body().length;
            eldest.remove();
        }
    }

    synchronized int size() {
        return entries.size();
    }
}
