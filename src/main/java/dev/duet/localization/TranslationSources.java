package dev.duet.localization;

import dev.duet.storage.Database;
import dev.duet.storage.Timestamps;
import org.jdbi.v3.core.Handle;

import java.time.Instant;
import java.util.Collection;
import java.util.HashMap;
import java.util.Map;

/** Repository of the source hashes translations were made from (table {@code translation_sources}). */
final class TranslationSources {

    /** Where a translation sits: story, blok, field key and language. */
    record Key(long storyId, String uid, String field, String language) {
    }

    private final Database db;

    TranslationSources(Database db) {
        this.db = db;
    }

    /** The hashes recorded for {@code storyIds}' translations. */
    Map<Key, String> hashes(Collection<Long> storyIds) {
        if (storyIds.isEmpty()) return Map.of();
        return db.read(handle -> {
            var found = new HashMap<Key, String>();
            handle.createQuery("SELECT story_id, block_uid, field, lang, source_hash FROM translation_sources "
                            + "WHERE story_id IN (<ids>)")
                    .bindList("ids", java.util.List.copyOf(storyIds))
                    .map((rs, c) -> Map.entry(new Key(rs.getLong("story_id"), rs.getString("block_uid"),
                            rs.getString("field"), rs.getString("lang")), rs.getString("source_hash")))
                    .forEach(entry -> found.put(entry.getKey(), entry.getValue()));
            return found;
        });
    }

    /** Records (or replaces) the source hash of one translation, inside the caller's transaction. */
    void record(Handle handle, Key key, String sourceHash, Instant now) {
        handle.createUpdate("DELETE FROM translation_sources WHERE story_id = :story AND block_uid = :uid "
                        + "AND field = :field AND lang = :lang")
                .bind("story", key.storyId()).bind("uid", key.uid()).bind("field", key.field())
                .bind("lang", key.language()).execute();
        handle.createUpdate("INSERT INTO translation_sources (story_id, block_uid, field, lang, source_hash, updated_at) "
                        + "VALUES (:story, :uid, :field, :lang, :hash, :now)")
                .bind("story", key.storyId()).bind("uid", key.uid()).bind("field", key.field())
                .bind("lang", key.language()).bind("hash", sourceHash).bind("now", Timestamps.format(now)).execute();
    }
}
