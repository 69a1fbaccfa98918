package dev.duet.collab.glossary;

import com.fasterxml.jackson.core.type.TypeReference;
import dev.duet.failure.Problems;
import dev.duet.storage.Database;
import dev.duet.storage.Timestamps;
import dev.duet.web.Json;
import org.jdbi.v3.core.Handle;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The glossary's terms. A name (a term or an alias, ignoring case) belongs to one term only; the database's key on
 * lower-cased names enforces it, and writes check it first to answer 409 naming the term that has it. Writes run in
 * one transaction. Thread-safe: holds no state of its own.
 */
public final class Glossary {

    private static final TypeReference<List<String>> STRINGS = new TypeReference<>() {
    };

    private final Database db;
    private final Clock clock;

    public Glossary(Database db, Clock clock) {
        this.db = db;
        this.clock = clock;
    }

    /** The terms matching {@code q} (null or blank: all), ranked as {@link TermSearch} says. */
    public List<Term> search(String q) {
        return TermSearch.rank(db.read(handle -> load(handle, null)), q);
    }

    public Term get(long id) {
        return db.read(handle -> get(handle, id));
    }

    public Term create(TermInput input) {
        var checked = TermRules.check(input);
        var now = Timestamps.format(clock.instant());
        return db.write(handle -> {
            requireFreeNames(handle, checked, -1);
            requireRelated(handle, checked, -1);
            long id = handle.createUpdate("INSERT INTO glossary_terms (term, definition_marketing, definition_developer, "
                            + "examples, owner, created_at, updated_at) VALUES (:term, :marketing, :developer, :examples, "
                            + ":owner, :now, :now)")
                    .bindMap(fields(checked)).bind("now", now)
                    .executeAndReturnGeneratedKeys("id").mapTo(Long.class).one();
            writeNamesAndRelated(handle, id, checked);
            return get(handle, id);
        });
    }

    /** Replaces every field of the term (aliases, examples and related terms left out become empty). */
    public Term update(long id, TermInput input) {
        var checked = TermRules.check(input);
        var now = Timestamps.format(clock.instant());
        return db.write(handle -> {
            get(handle, id);
            requireFreeNames(handle, checked, id);
            requireRelated(handle, checked, id);
            handle.createUpdate("UPDATE glossary_terms SET term = :term, definition_marketing = :marketing, "
                            + "definition_developer = :developer, examples = :examples, owner = :owner, updated_at = :now "
                            + "WHERE id = :id")
                    .bindMap(fields(checked)).bind("now", now).bind("id", id).execute();
            handle.createUpdate("DELETE FROM glossary_names WHERE term_id = :id").bind("id", id).execute();
            handle.createUpdate("DELETE FROM glossary_related WHERE term_id = :id").bind("id", id).execute();
            writeNamesAndRelated(handle, id, checked);
            return get(handle, id);
        });
    }

    public void delete(long id) {
        db.writeVoid(handle -> {
            get(handle, id);
            handle.createUpdate("DELETE FROM glossary_terms WHERE id = :id").bind("id", id).execute();
        });
    }

    private static Map<String, Object> fields(TermRules.Checked checked) {
        var fields = new HashMap<String, Object>();
        fields.put("term", checked.term());
        fields.put("marketing", checked.definitionMarketing());
        fields.put("developer", checked.definitionDeveloper());
        fields.put("examples", Json.write(checked.examples()));
        fields.put("owner", checked.owner());
        return fields;
    }

    private static void requireFreeNames(Handle handle, TermRules.Checked checked, long termId) {
        var names = new ArrayList<String>();
        names.add(checked.term());
        names.addAll(checked.aliases());
        for (int i = 0; i < names.size(); i++) {
            var owner = handle.createQuery("SELECT t.id, t.term FROM glossary_names n JOIN glossary_terms t ON t.id = n.term_id "
                            + "WHERE n.name_key = :key AND n.term_id <> :id")
                    .bind("key", TermRules.key(names.get(i))).bind("id", termId)
                    .map((rs, c) -> Map.entry(rs.getLong("id"), rs.getString("term"))).findOne();
            if (owner.isPresent()) {
                var path = i == 0 ? "term.term" : "term.aliases[" + (i - 1) + "]";
                throw new NameTaken(path, names.get(i), owner.get().getKey(), owner.get().getValue());
            }
        }
    }

    private static void requireRelated(Handle handle, TermRules.Checked checked, long termId) {
        var problems = new Problems();
        for (int i = 0; i < checked.relatedTermIds().size(); i++) {
            long related = checked.relatedTermIds().get(i);
            var path = "term.related_term_ids[" + i + "]";
            if (related == termId) problems.add(path, "must be another term than this one");
            else if (handle.createQuery("SELECT COUNT(*) FROM glossary_terms WHERE id = :id").bind("id", related)
                    .mapTo(Long.class).one() == 0) problems.add(path, "no term has the id " + related);
        }
        problems.throwIfAny();
    }

    private static void writeNamesAndRelated(Handle handle, long id, TermRules.Checked checked) {
        var insert = "INSERT INTO glossary_names (name_key, term_id, name, kind) VALUES (:key, :term, :name, :kind)";
        handle.createUpdate(insert).bind("key", TermRules.key(checked.term())).bind("term", id)
                .bind("name", checked.term()).bind("kind", "term").execute();
        for (var alias : checked.aliases()) {
            handle.createUpdate(insert).bind("key", TermRules.key(alias)).bind("term", id).bind("name", alias)
                    .bind("kind", "alias").execute();
        }
        for (var related : checked.relatedTermIds()) {
            handle.createUpdate("INSERT INTO glossary_related (term_id, related_id) VALUES (:term, :related)")
                    .bind("term", id).bind("related", related).execute();
        }
    }

    private static Term get(Handle handle, long id) {
        var found = load(handle, id);
        if (found.isEmpty()) throw new TermNotFound(id);
        return found.getFirst();
    }

    /** The term with this id, or every term when {@code id} is null, with aliases and related terms. */
    private static List<Term> load(Handle handle, Long id) {
        var where = id == null ? "" : " WHERE term_id = :id";
        var aliases = new HashMap<Long, List<String>>();
        var aliasQuery = handle.createQuery("SELECT term_id, name FROM glossary_names" + (id == null ? " WHERE kind = 'alias'"
                : where + " AND kind = 'alias'") + " ORDER BY name_key");
        if (id != null) aliasQuery.bind("id", id);
        aliasQuery.map((rs, c) -> Map.entry(rs.getLong("term_id"), rs.getString("name")))
                .forEach(entry -> aliases.computeIfAbsent(entry.getKey(), key -> new ArrayList<>()).add(entry.getValue()));
        var related = new HashMap<Long, List<Term.Related>>();
        var relatedQuery = handle.createQuery("SELECT r.term_id, t.id, t.term FROM glossary_related r "
                + "JOIN glossary_terms t ON t.id = r.related_id" + (id == null ? "" : " WHERE r.term_id = :id") + " ORDER BY t.term");
        if (id != null) relatedQuery.bind("id", id);
        relatedQuery.map((rs, c) -> Map.entry(rs.getLong("term_id"), new Term.Related(rs.getLong("id"), rs.getString("term"))))
                .forEach(entry -> related.computeIfAbsent(entry.getKey(), key -> new ArrayList<>()).add(entry.getValue()));
        var termQuery = handle.createQuery("SELECT * FROM glossary_terms" + (id == null ? "" : " WHERE id = :id") + " ORDER BY id");
        if (id != null) termQuery.bind("id", id);
        return termQuery.map((rs, c) -> map(rs, aliases, related)).list();
    }

    private static Term map(ResultSet rs, Map<Long, List<String>> aliases, Map<Long, List<Term.Related>> related)
            throws SQLException {
        long id = rs.getLong("id");
        List<String> examples = Json.mapper().convertValue(Json.tree(rs.getString("examples")), STRINGS);
        return new Term(id, rs.getString("term"), List.copyOf(aliases.getOrDefault(id, List.of())),
                rs.getString("definition_marketing"), rs.getString("definition_developer"), List.copyOf(examples),
                rs.getString("owner"), List.copyOf(related.getOrDefault(id, List.of())),
                Timestamps.parse(rs.getString("created_at")), Timestamps.parse(rs.getString("updated_at")));
    }
}
