package dev.duet.localization;

import dev.duet.access.AccessGuard;
import dev.duet.failure.InvalidInput;
import dev.duet.web.Json;
import dev.duet.web.Params;
import io.javalin.config.RoutesConfig;
import io.javalin.http.Context;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import static dev.duet.access.Permission.CONTENT_READ;
import static dev.duet.access.Permission.STORY_WRITE;

/** Translation status, exports and imports for translators, and language copies, over HTTP. */
public final class TranslationRoutes {

    static final String XLIFF_TYPE = "application/x-xliff+xml";
    private static final String STORY = "/api/spaces/{space_id}/stories/{story_id}";
    private static final int MAX_SUMMARIES = 100;

    private final Translations translations;
    private final TranslationTransfer transfer;
    private final LanguageCopies copies;

    TranslationRoutes(Translations translations, TranslationTransfer transfer, LanguageCopies copies) {
        this.translations = translations;
        this.transfer = transfer;
        this.copies = copies;
    }

    public void register(RoutesConfig routes) {
        routes.get("/api/spaces/{space_id}/translations", this::summaries, CONTENT_READ);
        routes.get(STORY + "/translations", ctx -> ctx.json(Map.of("translations",
                translations.status(spaceId(ctx), storyId(ctx)))), CONTENT_READ);
        routes.get(STORY + "/translations/{language}/export", this::export, CONTENT_READ);
        routes.post(STORY + "/translations/{language}/import", this::importFile, STORY_WRITE);
        routes.post(STORY + "/language_copy", this::copy, STORY_WRITE);
    }

    private static long spaceId(Context ctx) {
        return Params.id(ctx, "space_id");
    }

    private static long storyId(Context ctx) {
        return Params.id(ctx, "story_id");
    }

    private void summaries(Context ctx) {
        var raw = ctx.queryParam("story_ids");
        if (raw == null || raw.isBlank()) throw InvalidInput.field("story_ids", "is required: story ids separated by commas");
        var ids = new ArrayList<Long>();
        for (var part : raw.split(",")) {
            if (!part.isBlank()) ids.add(Params.parseId("story_ids", part.strip()));
        }
        if (ids.size() > MAX_SUMMARIES) throw InvalidInput.field("story_ids", "at most " + MAX_SUMMARIES + " ids at once");
        ctx.json(Map.of("stories", translations.summaries(spaceId(ctx), List.copyOf(ids))));
    }

    private void export(Context ctx) {
        var format = ctx.queryParam("format") == null ? "json" : ctx.queryParam("format");
        if (!format.equals("json") && !format.equals("xliff")) {
            throw InvalidInput.field("format", "must be json or xliff, got " + format);
        }
        var language = ctx.pathParam("language");
        var file = transfer.export(spaceId(ctx), storyId(ctx), language);
        var name = "story-" + storyId(ctx) + "-" + language + (format.equals("json") ? ".json" : ".xlf");
        ctx.header("Content-Disposition", "attachment; filename=\"" + name + "\"");
        if (format.equals("json")) ctx.json(file);
        else ctx.contentType(XLIFF_TYPE + "; charset=utf-8").result(Xliff.write(file));
    }

    private void importFile(Context ctx) {
        var type = ctx.contentType() == null ? "" : ctx.contentType().toLowerCase(java.util.Locale.ROOT);
        var file = type.contains("xml") ? Xliff.read(ctx.body()) : Json.body(ctx, TranslationFile.class);
        var force = Boolean.TRUE.equals(Params.queryFlag(ctx, "force"));
        var language = ctx.pathParam("language");
        var imported = transfer.importFile(spaceId(ctx), storyId(ctx), language, file, force,
                AccessGuard.principal(ctx).email());
        AccessGuard.auditDetails(ctx, Map.of("story_id", storyId(ctx), "language", language, "units", imported.units(),
                "forced", force));
        ctx.json(Map.of("imported", imported));
    }

    private void copy(Context ctx) {
        var request = Json.body(ctx, LanguageCopies.Request.class);
        var copy = copies.copy(spaceId(ctx), storyId(ctx), request, AccessGuard.principal(ctx).email());
        ctx.status(201).json(Map.of("story", copies.answer(copy)));
    }
}
