package dev.duet.collab.stack;

import dev.duet.failure.Problems;
import dev.duet.storage.Database;
import dev.duet.storage.Timestamps;
import org.jdbi.v3.core.Handle;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.util.List;

/** Which tool sends what to which. Thread-safe: holds no state of its own. */
public final class StackIntegrations {

    static final int MAX_FLOW = 500;
    private static final String SELECT = "SELECT i.id, i.source_tool_id, s.name AS source_name, i.target_tool_id, "
            + "t.name AS target_name, i.flow, i.created_at FROM stack_integrations i "
            + "JOIN stack_tools s ON s.id = i.source_tool_id JOIN stack_tools t ON t.id = i.target_tool_id";

    private final Database db;
    private final Clock clock;

    public StackIntegrations(Database db, Clock clock) {
        this.db = db;
        this.clock = clock;
    }

    /** Every integration, by source then target name. */
    public List<Integration> list() {
        return db.read(handle -> handle.createQuery(SELECT + " ORDER BY s.name_key, t.name_key")
                .map((rs, c) -> map(rs)).list());
    }

    /** The integrations that start or end at the tool. */
    public List<Integration> ofTool(long toolId) {
        return db.read(handle -> handle.createQuery(SELECT + " WHERE i.source_tool_id = :tool OR i.target_tool_id = :tool "
                + "ORDER BY s.name_key, t.name_key").bind("tool", toolId).map((rs, c) -> map(rs)).list());
    }

    public Integration create(Integration.Input input) {
        var problems = new Problems();
        if (input.sourceToolId() == null) problems.add("integration.source_tool_id", "is required: the tool the data comes from");
        if (input.targetToolId() == null) problems.add("integration.target_tool_id", "is required: the tool the data goes to");
        if (input.sourceToolId() != null && input.sourceToolId().equals(input.targetToolId())) {
            problems.add("integration.target_tool_id", "must be another tool than the source");
        }
        if (ToolRules.blank(input.flow())) problems.add("integration.flow", "is required: what flows, e.g. leads or audiences");
        else if (input.flow().strip().length() > MAX_FLOW) problems.add("integration.flow", "must be at most " + MAX_FLOW + " characters");
        problems.throwIfAny();
        var now = Timestamps.format(clock.instant());
        return db.write(handle -> {
            var source = existing(handle, input.sourceToolId(), "integration.source_tool_id", problems);
            var target = existing(handle, input.targetToolId(), "integration.target_tool_id", problems);
            problems.throwIfAny();
            boolean taken = handle.createQuery("SELECT COUNT(*) FROM stack_integrations WHERE source_tool_id = :s AND target_tool_id = :t")
                    .bind("s", source.id()).bind("t", target.id()).mapTo(Long.class).one() > 0;
            if (taken) throw new IntegrationExists(source.name(), target.name());
            long id = handle.createUpdate("INSERT INTO stack_integrations (source_tool_id, target_tool_id, flow, created_at) "
                            + "VALUES (:s, :t, :flow, :now)")
                    .bind("s", source.id()).bind("t", target.id()).bind("flow", input.flow().strip()).bind("now", now)
                    .executeAndReturnGeneratedKeys("id").mapTo(Long.class).one();
            return get(handle, id);
        });
    }

    public void delete(long id) {
        db.writeVoid(handle -> {
            get(handle, id);
            handle.createUpdate("DELETE FROM stack_integrations WHERE id = :id").bind("id", id).execute();
        });
    }

    private static Tool existing(Handle handle, long id, String path, Problems problems) {
        try {
            return StackTools.get(handle, id);
        } catch (ToolNotFound e) {
            problems.add(path, "no tool has the id " + id);
            return null;
        }
    }

    private static Integration get(Handle handle, long id) {
        return handle.createQuery(SELECT + " WHERE i.id = :id").bind("id", id).map((rs, c) -> map(rs)).findOne()
                .orElseThrow(() -> new IntegrationNotFound(id));
    }

    private static Integration map(ResultSet rs) throws SQLException {
        return new Integration(rs.getLong("id"), rs.getLong("source_tool_id"), rs.getString("source_name"),
                rs.getLong("target_tool_id"), rs.getString("target_name"), rs.getString("flow"),
                Timestamps.parse(rs.getString("created_at")));
    }
}
