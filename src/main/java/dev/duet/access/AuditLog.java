package dev.duet.access;

import dev.duet.storage.Database;
import dev.duet.storage.Timestamps;
import dev.duet.web.Json;

import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/** The append-only audit log of every write made through Duet's API. */
public final class AuditLog {

    /** What to filter a listing by; null fields do not filter. */
    public record Filter(String actor, String action, Long spaceId, String since, String until) {
    }

    private final Database db;
    private final Clock clock;

    public AuditLog(Database db, Clock clock) {
        this.db = db;
        this.clock = clock;
    }

    public void record(String actor, String action, String target, Long spaceId, int status, Object details) {
        db.writeVoid(handle -> handle.createUpdate("INSERT INTO audit_log (at, actor, action, target, space_id, status, details) "
                        + "VALUES (:at, :actor, :action, :target, :space, :status, :details)")
                .bind("at", Timestamps.format(clock.instant())).bind("actor", actor).bind("action", action)
                .bind("target", target).bind("space", spaceId).bind("status", status)
                .bind("details", details == null ? null : Json.write(details)).execute());
    }

    public List<AuditEntry> list(Filter filter, int offset, int limit) {
        var where = where(filter);
        return db.read(handle -> {
            var query = handle.createQuery("SELECT * FROM audit_log" + where.sql + " ORDER BY id DESC LIMIT :limit OFFSET :offset")
                    .bindMap(where.params).bind("limit", limit).bind("offset", offset);
            return query.map((rs, c) -> new AuditEntry(rs.getLong("id"), Timestamps.parse(rs.getString("at")),
                    rs.getString("actor"), rs.getString("action"), rs.getString("target"),
                    nullableLong(rs, "space_id"), rs.getInt("status"),
                    rs.getString("details") == null ? null : Json.tree(rs.getString("details")))).list();
        });
    }

    public long count(Filter filter) {
        var where = where(filter);
        return db.read(handle -> handle.createQuery("SELECT COUNT(*) FROM audit_log" + where.sql)
                .bindMap(where.params).mapTo(Long.class).one());
    }

    private static Long nullableLong(java.sql.ResultSet rs, String column) throws java.sql.SQLException {
        long value = rs.getLong(column);
        return rs.wasNull() ? null : value;
    }

    private record Where(String sql, Map<String, Object> params) {
    }

    private static Where where(Filter filter) {
        var clauses = new ArrayList<String>();
        var params = new java.util.HashMap<String, Object>();
        if (filter.actor() != null) { clauses.add("actor = :actor"); params.put("actor", filter.actor()); }
        if (filter.action() != null) { clauses.add("action LIKE :action"); params.put("action", filter.action() + "%"); }
        if (filter.spaceId() != null) { clauses.add("space_id = :space"); params.put("space", filter.spaceId()); }
        if (filter.since() != null) { clauses.add("at >= :since"); params.put("since", filter.since()); }
        if (filter.until() != null) { clauses.add("at < :until"); params.put("until", filter.until()); }
        return new Where(clauses.isEmpty() ? "" : " WHERE " + String.join(" AND ", clauses), params);
    }
}
