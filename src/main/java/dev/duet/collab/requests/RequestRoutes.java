package dev.duet.collab.requests;

import dev.duet.access.AccessGuard;
import dev.duet.access.Team;
import dev.duet.failure.InvalidInput;
import dev.duet.web.IfMatch;
import dev.duet.web.Json;
import dev.duet.web.Paging;
import dev.duet.web.Params;
import io.javalin.config.RoutesConfig;
import io.javalin.http.Context;

import java.time.Clock;
import java.util.Map;
import java.util.function.Function;
import java.util.Optional;

import static dev.duet.access.Permission.CONTENT_READ;
import static dev.duet.access.Permission.REQUEST_TRIAGE;
import static dev.duet.access.Permission.REQUEST_WRITE;

/**
 * Requests over HTTP, company-wide under {@code /api/requests}: everyone reads; filing, editing one's own, comments
 * and watching need request:write; triage and the board need request:triage (and the service checks the team).
 */
public final class RequestRoutes {

    private static final String ALL = "/api/requests";
    private static final String ONE = ALL + "/{request_id}";
    private static final String COMMENT = ONE + "/comments/{comment_id}";

    private final Requests requests;
    private final RequestTriage triage;
    private final RequestConversation conversation;
    private final Clock clock;

    public RequestRoutes(Requests requests, RequestTriage triage, RequestConversation conversation, Clock clock) {
        this.requests = requests;
        this.triage = triage;
        this.conversation = conversation;
        this.clock = clock;
    }

    public void register(RoutesConfig routes) {
        routes.get(ALL + "/board", this::board, CONTENT_READ);
        routes.get(ALL, this::list, CONTENT_READ);
        routes.post(ALL, this::file, REQUEST_WRITE);
        routes.get(ONE, ctx -> answer(ctx, requests.get(id(ctx))), CONTENT_READ);
        routes.put(ONE, this::edit, REQUEST_WRITE);
        routes.get(ONE + "/timeline", ctx -> ctx.json(Map.of("events",
                requests.timeline(id(ctx)).stream().map(RequestJson::event).toList())), CONTENT_READ);
        routes.put(ONE + "/assignee", ctx -> answer(ctx, requests.assign(id(ctx),
                Json.body(ctx, RequestInput.Assign.class).assigneeId(), AccessGuard.principal(ctx))), REQUEST_TRIAGE);
        routes.post(ONE + "/accept", ctx -> answer(ctx, triage.accept(id(ctx),
                optionalBody(ctx, RequestInput.Accept.class).map(RequestInput.Accept::assigneeId).orElse(null),
                AccessGuard.principal(ctx))), REQUEST_TRIAGE);
        routes.post(ONE + "/reject", ctx -> answer(ctx, triage.reject(id(ctx),
                Json.body(ctx, RequestInput.Reject.class).reason(), AccessGuard.principal(ctx))), REQUEST_TRIAGE);
        routes.post(ONE + "/snooze", ctx -> {
            var body = Json.body(ctx, RequestInput.Snooze.class);
            answer(ctx, triage.snooze(id(ctx), body.until(), body.reason(), AccessGuard.principal(ctx)));
        }, REQUEST_TRIAGE);
        routes.post(ONE + "/duplicate", ctx -> answer(ctx, triage.duplicate(id(ctx),
                Json.body(ctx, RequestInput.Duplicate.class).of(), AccessGuard.principal(ctx))), REQUEST_TRIAGE);
        routes.post(ONE + "/reopen", ctx -> answer(ctx, triage.reopen(id(ctx), AccessGuard.principal(ctx))), REQUEST_TRIAGE);
        routes.post(ONE + "/move", this::move, REQUEST_TRIAGE);
        routes.post(ONE + "/comments", ctx -> {
            var detail = conversation.comment(id(ctx), Json.body(ctx, RequestInput.Comment.class).text(), AccessGuard.principal(ctx));
            ctx.status(201);
            answer(ctx, detail);
        }, REQUEST_WRITE);
        routes.put(COMMENT, ctx -> answer(ctx, conversation.editComment(id(ctx), Params.id(ctx, "comment_id"),
                Json.body(ctx, RequestInput.Comment.class).text(), AccessGuard.principal(ctx))), REQUEST_WRITE);
        routes.delete(COMMENT, ctx -> {
            conversation.deleteComment(id(ctx), Params.id(ctx, "comment_id"), AccessGuard.principal(ctx));
            ctx.status(204);
        }, REQUEST_WRITE);
        routes.post(ONE + "/watch", ctx -> answer(ctx, conversation.watch(id(ctx), AccessGuard.principal(ctx))), REQUEST_WRITE);
        routes.delete(ONE + "/watch", ctx -> answer(ctx, conversation.unwatch(id(ctx), AccessGuard.principal(ctx))), REQUEST_WRITE);
    }

    private void list(Context ctx) {
        var filter = filter(ctx);
        var paging = Paging.of(ctx);
        var found = requests.list(filter, paging.offset(), paging.perPage());
        paging.answer(ctx, requests.count(filter));
        var today = requests.today();
        var now = clock.instant();
        ctx.json(Map.of("requests", found.stream().map(request -> RequestJson.request(request, today, now)).toList()));
    }

    private void board(Context ctx) {
        var team = enumParam(ctx, "team", Team::of, "marketing, it");
        ctx.json(Map.of("columns", RequestJson.columns(requests.board(team), requests.today(), clock.instant())));
    }

    private void file(Context ctx) {
        var detail = requests.file(Json.body(ctx, RequestInput.Filing.class), AccessGuard.principal(ctx));
        ctx.status(201);
        answer(ctx, detail);
    }

    private void edit(Context ctx) {
        var body = Json.body(ctx, RequestInput.Filing.class);
        var version = IfMatch.basedOn(ctx, body.version());
        var input = new RequestInput.Filing(body.title(), body.type(), body.toTeam(), body.priority(), body.brief(),
                body.dueDate(), body.dueReason(), body.attachments(), body.links(), version);
        answer(ctx, requests.edit(id(ctx), input, AccessGuard.principal(ctx)));
    }

    private void move(Context ctx) {
        var body = Json.body(ctx, RequestInput.Move.class);
        var input = new RequestInput.Move(body.state(), body.position(), IfMatch.basedOn(ctx, body.version()), body.reason());
        answer(ctx, triage.move(id(ctx), input, AccessGuard.principal(ctx)));
    }

    private RequestFilter filter(Context ctx) {
        var q = ctx.queryParam("q");
        var sort = enumParam(ctx, "sort", RequestFilter.Sort::of, "newest, due, priority, age");
        return new RequestFilter(enumParam(ctx, "state", RequestState::of, RequestState.ids()),
                enumParam(ctx, "type", RequestType::of, RequestType.ids()), enumParam(ctx, "team", Team::of, "marketing, it"),
                Params.queryId(ctx, "assignee"), Params.queryId(ctx, "requester"),
                enumParam(ctx, "priority", Priority::of, Priority.ids()), Params.queryFlag(ctx, "overdue"),
                q == null || q.isBlank() ? null : q.strip(), sort == null ? RequestFilter.Sort.NEWEST : sort);
    }

    private static <T> T enumParam(Context ctx, String name, Function<String, Optional<T>> parse, String allowed) {
        var raw = ctx.queryParam(name);
        if (raw == null || raw.isBlank()) return null;
        return parse.apply(raw.strip()).orElseThrow(() -> InvalidInput.field(name, "must be one of " + allowed + ", got " + raw));
    }

    private static <T> Optional<T> optionalBody(Context ctx, Class<T> type) {
        return ctx.body().isBlank() ? Optional.empty() : Optional.of(Json.body(ctx, type));
    }

    private void answer(Context ctx, RequestDetail detail) {
        ctx.header("ETag", IfMatch.etag(detail.request().version()));
        ctx.json(Map.of("request", RequestJson.detail(detail, requests.today(), clock.instant())));
    }

    private static long id(Context ctx) {
        return Params.id(ctx, "request_id");
    }
}
