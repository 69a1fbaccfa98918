package dev.duet.collab.wins;

import dev.duet.access.AccessGuard;
import dev.duet.access.Permission;
import dev.duet.access.Principal;
import dev.duet.failure.InvalidInput;
import dev.duet.web.Json;
import dev.duet.web.Paging;
import dev.duet.web.Params;
import io.javalin.config.RoutesConfig;
import io.javalin.http.Context;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.Map;

import static dev.duet.access.Permission.CONTENT_READ;
import static dev.duet.access.Permission.SIGNED_IN;

/**
 * The wins feed over HTTP. Reading needs content:read (every role); reacting and kudos need only to be signed in,
 * because celebrating is for everyone, viewers included. Kudos are deleted by their author or an admin (user:manage).
 */
public final class WinsRoutes {

    static final String WINS = "/api/wins";
    private static final String WIN = WINS + "/{win_id}";

    /** Kudos on a request: {@code {"kudos": {"text": "..."}}}. */
    record KudosBody(KudosInput kudos) {
    }

    record KudosInput(String text) {
    }

    private final Wins wins;

    public WinsRoutes(Wins wins) {
        this.wins = wins;
    }

    /** Register after {@link DigestRoutes}, whose {@code /api/wins/digest} paths must not be read as a win id. */
    public void register(RoutesConfig routes) {
        routes.get(WINS, this::list, CONTENT_READ);
        routes.get(WIN, this::get, CONTENT_READ);
        routes.put(WIN + "/reactions/{reaction}", ctx -> react(ctx, true), SIGNED_IN);
        routes.delete(WIN + "/reactions/{reaction}", ctx -> react(ctx, false), SIGNED_IN);
        routes.post(WIN + "/kudos", this::addKudos, SIGNED_IN);
        routes.delete(WIN + "/kudos/{kudos_id}", this::deleteKudos, SIGNED_IN);
    }

    private void list(Context ctx) {
        var filter = new WinFilter(kind(ctx.queryParam("kind")), Params.queryId(ctx, "space_id"),
                since(ctx.queryParam("since")), null);
        var paging = Paging.of(ctx);
        var found = wins.list(filter, me(ctx).userId(), paging.offset(), paging.perPage());
        paging.answer(ctx, wins.count(filter));
        ctx.json(Map.of("wins", found));
    }

    private void get(Context ctx) {
        var principal = me(ctx);
        long winId = Params.id(ctx, "win_id");
        var win = wins.get(winId, principal.userId());
        var kudos = wins.kudos(winId).stream().map(k -> kudosJson(k, principal)).toList();
        ctx.json(Map.of("win", win, "kudos", kudos));
    }

    private void react(Context ctx, boolean on) {
        long winId = Params.id(ctx, "win_id");
        var reaction = Reaction.parse("reaction", ctx.pathParam("reaction"));
        ctx.json(Map.of("win", wins.react(winId, me(ctx).userId(), reaction, on)));
    }

    private void addKudos(Context ctx) {
        long winId = Params.id(ctx, "win_id");
        var body = Json.body(ctx, KudosBody.class);
        if (body.kudos() == null) throw InvalidInput.field("kudos", "is required: {\"kudos\": {\"text\": \"...\"}}");
        var principal = me(ctx);
        var kudos = wins.addKudos(winId, principal.userId(), principal.email(), body.kudos().text());
        ctx.status(201).json(Map.of("kudos", kudosJson(kudos, principal)));
    }

    private void deleteKudos(Context ctx) {
        long winId = Params.id(ctx, "win_id");
        long kudosId = Params.id(ctx, "kudos_id");
        var principal = me(ctx);
        wins.deleteKudos(winId, kudosId, principal.userId(), principal.permissions().contains(Permission.USER_MANAGE));
        ctx.status(204);
    }

    private static Map<String, Object> kudosJson(Kudos kudos, Principal reader) {
        var json = new LinkedHashMap<String, Object>();
        json.put("id", kudos.id());
        json.put("win_id", kudos.winId());
        json.put("author", kudos.author());
        json.put("text", kudos.text());
        json.put("created_at", kudos.createdAt());
        json.put("mine", kudos.userId() == reader.userId());
        return json;
    }

    private static Principal me(Context ctx) {
        return AccessGuard.principal(ctx);
    }

    static WinKind kind(String raw) {
        if (raw == null || raw.isBlank()) return null;
        return WinKind.of(raw.strip()).orElseThrow(() -> InvalidInput.field("kind", "must be one of "
                + Arrays.stream(WinKind.values()).map(WinKind::id).toList() + ", got " + raw));
    }

    /** A UTC date ({@code 2026-11-01}, from its start) or an ISO-8601 instant. */
    static Instant since(String raw) {
        if (raw == null || raw.isBlank()) return null;
        var text = raw.strip();
        try {
            return text.length() == 10 ? LocalDate.parse(text).atStartOfDay(ZoneOffset.UTC).toInstant() : Instant.parse(text);
        } catch (DateTimeParseException e) {
            throw InvalidInput.field("since", "must be a date (2026-11-01) or a UTC time (2026-11-01T09:00:00Z), got " + raw);
        }
    }
}
