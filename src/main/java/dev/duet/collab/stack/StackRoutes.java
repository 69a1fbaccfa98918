package dev.duet.collab.stack;

import dev.duet.access.AccessGuard;
import dev.duet.access.Team;
import dev.duet.failure.InvalidInput;
import dev.duet.web.Json;
import dev.duet.web.Params;
import io.javalin.config.RoutesConfig;
import io.javalin.http.Context;

import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.Locale;
import java.util.Map;

import static dev.duet.access.Permission.CONTENT_READ;
import static dev.duet.access.Permission.STACK_WRITE;

/** The martech stack over HTTP: tools, integrations, decisions, the audit and CSV. Reading needs content:read. */
public final class StackRoutes {

    static final String TOOLS = "/api/stack/tools";
    static final String TOOL = TOOLS + "/{tool_id}";
    static final String INTEGRATIONS = "/api/stack/integrations";

    record ToolBody(ToolInput tool) {
    }

    record IntegrationBody(Integration.Input integration) {
    }

    record CsvBody(String csv) {
    }

    private final StackTools tools;
    private final StackIntegrations integrations;
    private final Clock clock;

    public StackRoutes(StackTools tools, StackIntegrations integrations, Clock clock) {
        this.tools = tools;
        this.integrations = integrations;
        this.clock = clock;
    }

    public void register(RoutesConfig routes) {
        routes.get(TOOLS, this::list, CONTENT_READ);
        routes.post(TOOLS, ctx -> ctx.status(201).json(Map.of("tool", tools.create(toolBody(ctx)))), STACK_WRITE);
        routes.get(TOOLS + ".csv", this::export, CONTENT_READ);
        routes.post(TOOLS + "/import", this::importCsv, STACK_WRITE);
        routes.get(TOOL, this::get, CONTENT_READ);
        routes.put(TOOL, ctx -> ctx.json(Map.of("tool", tools.update(toolId(ctx), toolBody(ctx)))), STACK_WRITE);
        routes.delete(TOOL, ctx -> {
            tools.delete(toolId(ctx));
            ctx.status(204);
        }, STACK_WRITE);
        routes.post(TOOL + "/decisions", this::decide, STACK_WRITE);
        routes.get(INTEGRATIONS, ctx -> ctx.json(Map.of("integrations", integrations.list())), CONTENT_READ);
        routes.post(INTEGRATIONS, this::connect, STACK_WRITE);
        routes.delete(INTEGRATIONS + "/{integration_id}", ctx -> {
            integrations.delete(Params.id(ctx, "integration_id"));
            ctx.status(204);
        }, STACK_WRITE);
        routes.get("/api/stack/audit", this::audit, CONTENT_READ);
    }

    private static long toolId(Context ctx) {
        return Params.id(ctx, "tool_id");
    }

    private static ToolInput toolBody(Context ctx) {
        var body = Json.body(ctx, ToolBody.class);
        if (body.tool() == null) throw InvalidInput.field("tool", "is required: send {\"tool\": {\"name\": ..., ...}}");
        return body.tool();
    }

    private void list(Context ctx) {
        var category = ctx.queryParam("category");
        var team = ctx.queryParam("owner_team");
        var filter = new StackTools.Filter(
                blank(category) ? null : Category.of(category.strip()).orElseThrow(() ->
                        InvalidInput.field("category", "must be one of " + Category.choices() + ", got " + category)),
                blank(team) ? null : Team.of(team.strip()).orElseThrow(() ->
                        InvalidInput.field("owner_team", "must be marketing or it, got " + team)),
                ctx.queryParam("q"));
        ctx.json(Map.of("tools", tools.list(filter)));
    }

    private void get(Context ctx) {
        long id = toolId(ctx);
        var tool = tools.get(id);
        ctx.json(Map.of("tool", tool, "decisions", tools.decisions(id), "integrations", integrations.ofTool(id)));
    }

    private void decide(Context ctx) {
        var input = Json.body(ctx, ToolDecision.Input.class);
        var decision = tools.decide(toolId(ctx), input, AccessGuard.principal(ctx).email());
        ctx.status(201).json(Map.of("decision", decision));
    }

    private void connect(Context ctx) {
        var body = Json.body(ctx, IntegrationBody.class);
        if (body.integration() == null) {
            throw InvalidInput.field("integration", "is required: send {\"integration\": {\"source_tool_id\": ..., ...}}");
        }
        ctx.status(201).json(Map.of("integration", integrations.create(body.integration())));
    }

    private void export(Context ctx) {
        ctx.header("Content-Disposition", "attachment; filename=\"stack-tools.csv\"");
        ctx.contentType("text/csv; charset=utf-8").result(ToolsCsv.write(tools.list(StackTools.Filter.ALL)));
    }

    /** Takes the file as text/csv, or as JSON {"csv": "..."} for clients that only send JSON. */
    private void importCsv(Context ctx) {
        var type = ctx.contentType() == null ? "" : ctx.contentType().toLowerCase(Locale.ROOT);
        String text;
        if (type.startsWith("application/json")) {
            text = Json.body(ctx, CsvBody.class).csv();
            if (text == null) throw InvalidInput.field("csv", "is required: the file's text");
        } else if (type.startsWith("text/csv") || type.startsWith("text/plain")) {
            text = ctx.body();
        } else {
            throw new InvalidInput("send the file as text/csv (or JSON {\"csv\": \"...\"}), not " + (type.isEmpty() ? "without a Content-Type" : type));
        }
        var imported = tools.importAll(ToolsCsv.read(text));
        AccessGuard.auditDetails(ctx, Map.of("created", imported.created(), "updated", imported.updated()));
        ctx.json(Map.of("imported", imported));
    }

    private void audit(Context ctx) {
        var raw = ctx.queryParam("within_days");
        int days = StackAudit.DEFAULT_WITHIN_DAYS;
        if (!blank(raw)) {
            try {
                days = Integer.parseInt(raw.strip());
            } catch (NumberFormatException e) {
                throw InvalidInput.field("within_days", "must be a whole number of days, got " + raw);
            }
            if (days < 0 || days > StackAudit.MAX_WITHIN_DAYS) {
                throw InvalidInput.field("within_days", "must be between 0 and " + StackAudit.MAX_WITHIN_DAYS + ", got " + days);
            }
        }
        var today = LocalDate.ofInstant(clock.instant(), ZoneOffset.UTC);
        ctx.json(Map.of("audit", StackAudit.of(tools.list(StackTools.Filter.ALL), today, days)));
    }

    private static boolean blank(String text) {
        return text == null || text.isBlank();
    }
}
