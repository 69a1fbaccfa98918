package dev.duet.datasources;

import dev.duet.web.Json;
import dev.duet.web.Paging;
import dev.duet.web.Params;
import io.javalin.config.RoutesConfig;
import io.javalin.http.Context;

import java.util.Map;

import static dev.duet.access.Permission.CONTENT_READ;
import static dev.duet.access.Permission.DATASOURCE_WRITE;

/** A space's datasources over HTTP; registers the routes of their entries too. */
public final class DatasourceRoutes {

    static final String DATASOURCES = "/api/spaces/{space_id}/datasources";
    static final String DATASOURCE = DATASOURCES + "/{datasource_id}";

    record DatasourceBody(DatasourceSettings datasource) {
    }

    private final Datasources datasources;
    private final DatasourceEntryRoutes entryRoutes;

    public DatasourceRoutes(Datasources datasources, DatasourceEntries entries, EntryReplacement replacement) {
        this.datasources = datasources;
        this.entryRoutes = new DatasourceEntryRoutes(entries, replacement);
    }

    public void register(RoutesConfig routes) {
        routes.get(DATASOURCES, this::list, CONTENT_READ);
        routes.post(DATASOURCES, this::create, DATASOURCE_WRITE);
        routes.get(DATASOURCE, ctx -> ctx.json(Map.of("datasource", datasources.get(spaceId(ctx), datasourceId(ctx)))), CONTENT_READ);
        routes.put(DATASOURCE, this::update, DATASOURCE_WRITE);
        routes.delete(DATASOURCE, this::delete, DATASOURCE_WRITE);
        entryRoutes.register(routes);
    }

    static long spaceId(Context ctx) {
        return Params.id(ctx, "space_id");
    }

    static long datasourceId(Context ctx) {
        return Params.id(ctx, "datasource_id");
    }

    private void list(Context ctx) {
        var paging = Paging.of(ctx);
        var page = datasources.list(spaceId(ctx), paging.offset(), paging.perPage());
        paging.answer(ctx, page.total());
        ctx.json(Map.of("datasources", page.items()));
    }

    private void create(Context ctx) {
        var body = Json.body(ctx, DatasourceBody.class);
        ctx.status(201).json(Map.of("datasource", datasources.create(spaceId(ctx), body.datasource())));
    }

    private void update(Context ctx) {
        var body = Json.body(ctx, DatasourceBody.class);
        ctx.json(Map.of("datasource", datasources.update(spaceId(ctx), datasourceId(ctx), body.datasource())));
    }

    private void delete(Context ctx) {
        datasources.delete(spaceId(ctx), datasourceId(ctx));
        ctx.status(204);
    }
}
