package dev.duet.collab.stack;

import dev.duet.access.Team;
import dev.duet.failure.Problems;
import dev.duet.storage.Database;
import dev.duet.storage.Timestamps;
import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.statement.SqlStatement;

import java.math.BigDecimal;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * The stack's tools and their audit decisions. Every write checks its whole input first and runs in one transaction,
 * so a refused write (or a refused line of an import) changes nothing. Thread-safe: holds no state of its own.
 */
public final class StackTools {

    private static final String COLUMNS = "id, name, category, vendor, owner_team, owner, liaison, purpose, cost, currency, "
            + "billing_period, seats_paid, seats_active, contract_start, renewal_date, notice_days, reminder_days, url, "
            + "notes, created_at, updated_at";
    private static final String VALUES = ":name, :name_key, :category, :vendor, :owner_team, :owner, :liaison, :purpose, "
            + ":cost, :currency, :billing_period, :seats_paid, :seats_active, :contract_start, :renewal_date, :notice_days, "
            + ":reminder_days, :url, :notes";

    /** Which tools to list: null fields do not filter; {@code q} matches name, vendor and purpose, ignoring case. */
    public record Filter(Category category, Team ownerTeam, String q) {
        public static final Filter ALL = new Filter(null, null, null);
    }

    /** What an import did: tools created and tools changed (matched by name). */
    public record Imported(int created, int updated) {
    }

    private final Database db;
    private final Clock clock;

    public StackTools(Database db, Clock clock) {
        this.db = db;
        this.clock = clock;
    }

    /** The tools matching the filter, by name. */
    public List<Tool> list(Filter filter) {
        var sql = new StringBuilder("SELECT " + COLUMNS + " FROM stack_tools WHERE 1 = 1");
        if (filter.category() != null) sql.append(" AND category = :category");
        if (filter.ownerTeam() != null) sql.append(" AND owner_team = :team");
        var q = filter.q() == null || filter.q().isBlank() ? null : "%" + filter.q().strip().toLowerCase(Locale.ROOT) + "%";
        if (q != null) sql.append(" AND (name_key LIKE :q OR LOWER(COALESCE(vendor, '')) LIKE :q OR LOWER(COALESCE(purpose, '')) LIKE :q)");
        sql.append(" ORDER BY name_key");
        return db.read(handle -> {
            var query = handle.createQuery(sql.toString());
            if (filter.category() != null) query.bind("category", filter.category().id());
            if (filter.ownerTeam() != null) query.bind("team", filter.ownerTeam().id());
            if (q != null) query.bind("q", q);
            return withDecisions(handle, query.map((rs, c) -> map(rs, null)).list());
        });
    }

    public Tool get(long id) {
        return db.read(handle -> get(handle, id));
    }

    public Tool create(ToolInput input) {
        var spec = checked(input);
        var now = Timestamps.format(clock.instant());
        return db.write(handle -> {
            requireFreeName(handle, spec, -1);
            return get(handle, insert(handle, spec, now));
        });
    }

    /** Replaces every field of the tool with the input's (fields left out become empty). */
    public Tool update(long id, ToolInput input) {
        var spec = checked(input);
        var now = Timestamps.format(clock.instant());
        return db.write(handle -> {
            get(handle, id);
            requireFreeName(handle, spec, id);
            update(handle, id, spec, now);
            return get(handle, id);
        });
    }

    /** Deletes the tool with its integrations and decisions. */
    public void delete(long id) {
        db.writeVoid(handle -> {
            get(handle, id);
            handle.createUpdate("DELETE FROM stack_tools WHERE id = :id").bind("id", id).execute();
        });
    }

    /** Records an audit decision on the tool by {@code actor}; earlier decisions stay as its history. */
    public ToolDecision decide(long toolId, ToolDecision.Input input, String actor) {
        var problems = new Problems();
        var verdict = input.decision() == null ? null : Verdict.of(input.decision().strip().toLowerCase(Locale.ROOT)).orElse(null);
        if (verdict == null) problems.add("decision", "must be one of keep, consolidate, retire, renegotiate, got " + input.decision());
        if (ToolRules.blank(input.rationale())) problems.add("rationale", "is required: say why, for whoever reads this at the next audit");
        else if (input.rationale().strip().length() > ToolRules.MAX_TEXT) problems.add("rationale", "must be at most " + ToolRules.MAX_TEXT + " characters");
        problems.throwIfAny();
        var now = Timestamps.format(clock.instant());
        return db.write(handle -> {
            get(handle, toolId);
            long id = handle.createUpdate("INSERT INTO stack_decisions (tool_id, decision, rationale, decided_by, decided_at) "
                            + "VALUES (:tool, :decision, :rationale, :by, :at)")
                    .bind("tool", toolId).bind("decision", verdict.id()).bind("rationale", input.rationale().strip())
                    .bind("by", actor).bind("at", now).executeAndReturnGeneratedKeys("id").mapTo(Long.class).one();
            return new ToolDecision(id, toolId, verdict, input.rationale().strip(), actor, Timestamps.parse(now));
        });
    }

    /** The tool's decisions, newest first. */
    public List<ToolDecision> decisions(long toolId) {
        return db.read(handle -> {
            get(handle, toolId);
            return handle.createQuery("SELECT * FROM stack_decisions WHERE tool_id = :tool ORDER BY id DESC")
                    .bind("tool", toolId).map((rs, c) -> decision(rs)).list();
        });
    }

    /**
     * Creates or changes (matched by name, ignoring case) every tool of {@code rows} in one transaction. Every row was
     * checked before, so this writes all of them or, on a failure, none.
     */
    Imported importAll(List<ToolSpec> rows) {
        var now = Timestamps.format(clock.instant());
        return db.write(handle -> {
            int created = 0;
            int updated = 0;
            for (var spec : rows) {
                var existing = idByName(handle, spec.nameKey());
                if (existing == null) {
                    insert(handle, spec, now);
                    created++;
                } else {
                    update(handle, existing, spec, now);
                    updated++;
                }
            }
            return new Imported(created, updated);
        });
    }

    static ToolSpec checked(ToolInput input) {
        var problems = new Problems();
        var spec = ToolRules.check(input, "tool", problems);
        problems.throwIfAny();
        return spec;
    }

    static Tool get(Handle handle, long id) {
        var tool = handle.createQuery("SELECT " + COLUMNS + " FROM stack_tools WHERE id = :id").bind("id", id)
                .map((rs, c) -> map(rs, null)).findOne().orElseThrow(() -> new ToolNotFound(id));
        return withDecisions(handle, List.of(tool)).getFirst();
    }

    private static long insert(Handle handle, ToolSpec spec, String now) {
        return bind(handle.createUpdate("INSERT INTO stack_tools (name, name_key, category, vendor, owner_team, owner, "
                        + "liaison, purpose, cost, currency, billing_period, seats_paid, seats_active, contract_start, "
                        + "renewal_date, notice_days, reminder_days, url, notes, created_at, updated_at) VALUES (" + VALUES
                        + ", :now, :now)"), spec).bind("now", now)
                .executeAndReturnGeneratedKeys("id").mapTo(Long.class).one();
    }

    private static void update(Handle handle, long id, ToolSpec spec, String now) {
        bind(handle.createUpdate("UPDATE stack_tools SET name = :name, name_key = :name_key, category = :category, "
                + "vendor = :vendor, owner_team = :owner_team, owner = :owner, liaison = :liaison, purpose = :purpose, "
                + "cost = :cost, currency = :currency, billing_period = :billing_period, seats_paid = :seats_paid, "
                + "seats_active = :seats_active, contract_start = :contract_start, renewal_date = :renewal_date, "
                + "notice_days = :notice_days, reminder_days = :reminder_days, url = :url, notes = :notes, "
                + "updated_at = :now WHERE id = :id"), spec).bind("now", now).bind("id", id).execute();
    }

    private static <S extends SqlStatement<S>> S bind(S statement, ToolSpec spec) {
        return statement.bind("name", spec.name()).bind("name_key", spec.nameKey()).bind("category", spec.category().id())
                .bind("vendor", spec.vendor()).bind("owner_team", spec.ownerTeam().id()).bind("owner", spec.owner())
                .bind("liaison", spec.liaison()).bind("purpose", spec.purpose()).bind("cost", Money.text(spec.cost()))
                .bind("currency", spec.currency()).bind("billing_period", spec.billingPeriod().id())
                .bind("seats_paid", spec.seatsPaid()).bind("seats_active", spec.seatsActive())
                .bind("contract_start", date(spec.contractStart())).bind("renewal_date", date(spec.renewalDate()))
                .bind("notice_days", spec.noticeDays()).bind("reminder_days", spec.reminderDays())
                .bind("url", spec.url()).bind("notes", spec.notes());
    }

    private static void requireFreeName(Handle handle, ToolSpec spec, long exceptId) {
        var other = idByName(handle, spec.nameKey());
        if (other != null && other != exceptId) throw new ToolNameTaken(spec.name(), other);
    }

    private static Long idByName(Handle handle, String nameKey) {
        return handle.createQuery("SELECT id FROM stack_tools WHERE name_key = :key").bind("key", nameKey)
                .mapTo(Long.class).findOne().orElse(null);
    }

    /** Attaches each tool's newest decision. */
    private static List<Tool> withDecisions(Handle handle, List<Tool> tools) {
        if (tools.isEmpty()) return tools;
        var ids = tools.stream().map(Tool::id).toList();
        Map<Long, ToolDecision> newest = handle.createQuery("SELECT * FROM stack_decisions WHERE id IN "
                        + "(SELECT MAX(id) FROM stack_decisions WHERE tool_id IN (<ids>) GROUP BY tool_id)")
                .bindList("ids", ids).map((rs, c) -> decision(rs)).stream()
                .collect(Collectors.toMap(ToolDecision::toolId, decision -> decision));
        var result = new ArrayList<Tool>(tools.size());
        for (var tool : tools) {
            var decision = newest.get(tool.id());
            result.add(decision == null ? tool : tool.withDecision(decision));
        }
        return result;
    }

    private static Tool map(ResultSet rs, ToolDecision decision) throws SQLException {
        var spec = new ToolSpec(rs.getString("name"), Category.of(rs.getString("category")).orElseThrow(),
                rs.getString("vendor"), Team.of(rs.getString("owner_team")).orElseThrow(), rs.getString("owner"),
                rs.getString("liaison"), rs.getString("purpose"), new BigDecimal(rs.getString("cost")),
                rs.getString("currency"), BillingPeriod.of(rs.getString("billing_period")).orElseThrow(),
                integer(rs, "seats_paid"), integer(rs, "seats_active"), localDate(rs.getString("contract_start")),
                localDate(rs.getString("renewal_date")), integer(rs, "notice_days"), rs.getInt("reminder_days"),
                rs.getString("url"), rs.getString("notes"));
        return Tool.of(rs.getLong("id"), spec, decision, Timestamps.parse(rs.getString("created_at")),
                Timestamps.parse(rs.getString("updated_at")));
    }

    private static ToolDecision decision(ResultSet rs) throws SQLException {
        return new ToolDecision(rs.getLong("id"), rs.getLong("tool_id"), Verdict.of(rs.getString("decision")).orElseThrow(),
                rs.getString("rationale"), rs.getString("decided_by"), Timestamps.parse(rs.getString("decided_at")));
    }

    private static Integer integer(ResultSet rs, String column) throws SQLException {
        int value = rs.getInt(column);
        return rs.wasNull() ? null : value;
    }

    private static String date(LocalDate date) {
        return date == null ? null : date.toString();
    }

    private static LocalDate localDate(String text) {
        return text == null ? null : LocalDate.parse(text);
    }
}
