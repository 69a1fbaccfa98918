package dev.duet.collab.glossary;

import dev.duet.failure.InvalidInput;
import dev.duet.web.Json;
import dev.duet.web.Params;
import io.javalin.config.RoutesConfig;
import io.javalin.http.Context;

import java.util.Map;

import static dev.duet.access.Permission.CONTENT_READ;
import static dev.duet.access.Permission.GLOSSARY_WRITE;

/** The glossary over HTTP: everyone signed in reads and searches it; glossary:write adds and edits terms. */
public final class GlossaryRoutes {

    static final String TERMS = "/api/glossary";
    static final String TERM = TERMS + "/{term_id}";

    record TermBody(TermInput term) {
    }

    private final Glossary glossary;

    public GlossaryRoutes(Glossary glossary) {
        this.glossary = glossary;
    }

    public void register(RoutesConfig routes) {
        routes.get(TERMS, ctx -> ctx.json(Map.of("terms", glossary.search(ctx.queryParam("q")))), CONTENT_READ);
        routes.post(TERMS, ctx -> ctx.status(201).json(Map.of("term", glossary.create(body(ctx)))), GLOSSARY_WRITE);
        routes.get(TERM, ctx -> ctx.json(Map.of("term", glossary.get(termId(ctx)))), CONTENT_READ);
        routes.put(TERM, ctx -> ctx.json(Map.of("term", glossary.update(termId(ctx), body(ctx)))), GLOSSARY_WRITE);
        routes.delete(TERM, ctx -> {
            glossary.delete(termId(ctx));
            ctx.status(204);
        }, GLOSSARY_WRITE);
    }

    private static long termId(Context ctx) {
        return Params.id(ctx, "term_id");
    }

    private static TermInput body(Context ctx) {
        var body = Json.body(ctx, TermBody.class);
        if (body.term() == null) throw InvalidInput.field("term", "is required: send {\"term\": {\"term\": ..., ...}}");
        return body.term();
    }
}
