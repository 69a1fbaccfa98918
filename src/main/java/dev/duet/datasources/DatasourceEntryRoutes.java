package dev.duet.datasources;

import dev.duet.web.Json;
import dev.duet.web.Paging;
import dev.duet.web.Params;
import io.javalin.config.RoutesConfig;
import io.javalin.http.Context;

import java.util.List;
import java.util.Map;

import static dev.duet.access.Permission.CONTENT_READ;
import static dev.duet.access.Permission.DATASOURCE_WRITE;
import static dev.duet.datasources.DatasourceRoutes.datasourceId;
import static dev.duet.datasources.DatasourceRoutes.spaceId;

/** The entries of a datasource over HTTP: one at a time, reordering, and bulk replacement for imports. */
final class DatasourceEntryRoutes {

    private static final String ENTRIES = DatasourceRoutes.DATASOURCE + "/entries";
    private static final String ENTRY = ENTRIES + "/{entry_id}";

    record EntryBody(EntryInput datasourceEntry) {
    }

    record BulkBody(List<EntryInput> datasourceEntries) {
    }

    record MoveBody(Integer position) {
    }

    private final DatasourceEntries entries;
    private final EntryReplacement replacement;

    DatasourceEntryRoutes(DatasourceEntries entries, EntryReplacement replacement) {
        this.entries = entries;
        this.replacement = replacement;
    }

    void register(RoutesConfig routes) {
        routes.get(ENTRIES, this::list, CONTENT_READ);
        routes.post(ENTRIES, this::create, DATASOURCE_WRITE);
        routes.post(ENTRIES + "/bulk", this::replaceAll, DATASOURCE_WRITE);
        routes.get(ENTRY, this::get, CONTENT_READ);
        routes.put(ENTRY, this::update, DATASOURCE_WRITE);
        routes.delete(ENTRY, this::delete, DATASOURCE_WRITE);
        routes.post(ENTRY + "/move", this::move, DATASOURCE_WRITE);
    }

    private static long entryId(Context ctx) {
        return Params.id(ctx, "entry_id");
    }

    private void list(Context ctx) {
        var paging = Paging.of(ctx);
        var query = new DatasourceEntries.Query(ctx.queryParam("dimension"), ctx.queryParam("search"));
        var page = entries.list(spaceId(ctx), datasourceId(ctx), query, paging.offset(), paging.perPage());
        paging.answer(ctx, page.total());
        ctx.json(Map.of("datasource_entries", page.items()));
    }

    private void get(Context ctx) {
        var entry = entries.get(spaceId(ctx), datasourceId(ctx), entryId(ctx), ctx.queryParam("dimension"));
        ctx.json(Map.of("datasource_entry", entry));
    }

    private void create(Context ctx) {
        var body = Json.body(ctx, EntryBody.class);
        ctx.status(201).json(Map.of("datasource_entry", entries.create(spaceId(ctx), datasourceId(ctx), body.datasourceEntry())));
    }

    private void update(Context ctx) {
        var body = Json.body(ctx, EntryBody.class);
        ctx.json(Map.of("datasource_entry", entries.update(spaceId(ctx), datasourceId(ctx), entryId(ctx), body.datasourceEntry())));
    }

    private void delete(Context ctx) {
        entries.delete(spaceId(ctx), datasourceId(ctx), entryId(ctx));
        ctx.status(204);
    }

    private void move(Context ctx) {
        var body = Json.body(ctx, MoveBody.class);
        ctx.json(Map.of("datasource_entry", entries.move(spaceId(ctx), datasourceId(ctx), entryId(ctx), body.position())));
    }

    private void replaceAll(Context ctx) {
        var body = Json.body(ctx, BulkBody.class);
        int count = replacement.replaceAll(spaceId(ctx), datasourceId(ctx), body.datasourceEntries());
        ctx.json(Map.of("datasource_entries_count", count));
    }
}
