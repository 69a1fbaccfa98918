package dev.duet.collab.decisions;

import dev.duet.access.AccessGuard;
import dev.duet.failure.InvalidInput;
import dev.duet.web.Json;
import dev.duet.web.Paging;
import dev.duet.web.Params;
import io.javalin.config.RoutesConfig;
import io.javalin.http.Context;

import java.util.List;
import java.util.Map;

import static dev.duet.access.Permission.*;

/**
 * Decisions over HTTP: list, create, read, redraft and delete; open and close the vote; cast and read one's own ballot;
 * the result and the anonymised ballots once closed. Voting is {@code SIGNED_IN}: the service admits only invited voters.
 */
public final class DecisionRoutes {

    static final String DECISIONS = "/api/decisions";
    static final String DECISION = DECISIONS + "/{decision_id}";

    record DecisionRequest(DecisionInput decision) {
    }

    /** Either {@code rankings} (ranks of option ids) or {@code ranking} (one option per rank, most preferred first). */
    record BallotRequest(List<List<Long>> rankings, List<Long> ranking) {
    }

    private final Decisions decisions;

    public DecisionRoutes(Decisions decisions) {
        this.decisions = decisions;
    }

    public void register(RoutesConfig routes) {
        routes.get(DECISIONS, this::list, CONTENT_READ);
        routes.post(DECISIONS, ctx -> answer(ctx.status(201), decisions.create(input(ctx), actor(ctx))), DECISION_MANAGE);
        routes.get(DECISION, ctx -> answer(ctx, decisions.get(id(ctx))), CONTENT_READ);
        routes.put(DECISION, ctx -> answer(ctx, decisions.redraft(id(ctx), input(ctx))), DECISION_MANAGE);
        routes.delete(DECISION, ctx -> {
            decisions.delete(id(ctx));
            ctx.status(204);
        }, DECISION_MANAGE);
        routes.post(DECISION + "/open", ctx -> answer(ctx, decisions.open(id(ctx))), DECISION_MANAGE);
        routes.post(DECISION + "/close", ctx -> answer(ctx, decisions.close(id(ctx), actor(ctx))), DECISION_MANAGE);
        routes.put(DECISION + "/ballot", this::vote, SIGNED_IN);
        // not having voted is an answer, not an error: {"ballot": null}
        routes.get(DECISION + "/ballot", ctx -> ctx.json(java.util.Collections.singletonMap("ballot",
                decisions.ownBallot(id(ctx), AccessGuard.principal(ctx).userId()).orElse(null))), SIGNED_IN);
        routes.get(DECISION + "/result", ctx -> ctx.json(Map.of("result", decisions.result(id(ctx)))), CONTENT_READ);
        routes.get(DECISION + "/ballots", ctx -> ctx.json(Map.of("ballots", decisions.ballots(id(ctx)).stream()
                .map(rankings -> Map.of("rankings", rankings)).toList())), CONTENT_READ);
    }

    private void list(Context ctx) {
        var paging = Paging.of(ctx);
        var found = decisions.list(paging.offset(), paging.perPage());
        paging.answer(ctx, decisions.count());
        ctx.json(Map.of("decisions", found));
    }

    private void vote(Context ctx) {
        var request = Json.body(ctx, BallotRequest.class);
        if (request.rankings() != null && request.ranking() != null) {
            throw InvalidInput.field("rankings", "send either rankings or ranking, not both");
        }
        var rankings = request.rankings() != null ? request.rankings()
                : request.ranking() == null ? null : request.ranking().stream().map(option -> option == null
                ? List.<Long>of() : List.of(option)).toList();
        var ballot = decisions.vote(id(ctx), AccessGuard.principal(ctx).userId(), rankings);
        // the audit log names the voter and the decision, never the ballot's content
        AccessGuard.auditDetails(ctx, Map.of("decision_id", ballot.decisionId()));
        ctx.json(Map.of("ballot", ballot));
    }

    private static DecisionInput input(Context ctx) {
        var request = Json.body(ctx, DecisionRequest.class);
        if (request.decision() == null) {
            throw InvalidInput.field("decision", "is required: send {\"decision\": {\"title\": \"...\", ...}}");
        }
        return request.decision();
    }

    private static void answer(Context ctx, Decision decision) {
        ctx.json(Map.of("decision", decision));
    }

    private static String actor(Context ctx) {
        return AccessGuard.principal(ctx).email();
    }

    private static long id(Context ctx) {
        return Params.id(ctx, "decision_id");
    }
}
