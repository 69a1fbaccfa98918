package dev.duet.content;

import dev.duet.access.AccessGuard;
import dev.duet.failure.InvalidInput;
import dev.duet.web.Paging;
import dev.duet.web.Params;
import io.javalin.config.RoutesConfig;
import dev.duet.web.IfMatch;
import io.javalin.http.Context;

import java.util.Map;

import static dev.duet.access.Permission.*;

/** A story's versions over HTTP: list, read, compare, restore, and discarding draft changes. */
public final class VersionRoutes {

    private static final String VERSIONS = StoryRoutes.STORY + "/versions";
    private static final String VERSION = VERSIONS + "/{number}";

    record HistoryRequest(Long version, String message) {
    }

    private final Stories stories;
    private final StoryVersions versions;
    private final StoryHistory history;
    private final StoryJson json;

    public VersionRoutes(Stories stories, StoryVersions versions, StoryHistory history) {
        this.stories = stories;
        this.versions = versions;
        this.history = history;
        this.json = new StoryJson(stories);
    }

    public void register(RoutesConfig routes) {
        routes.get(VERSIONS, this::list, CONTENT_READ);
        routes.get(VERSION, this::get, CONTENT_READ);
        routes.get(VERSION + "/diff", this::diff, CONTENT_READ);
        routes.post(VERSION + "/restore", this::restore, STORY_WRITE);
        routes.post(StoryRoutes.STORY + "/discard", this::discard, STORY_WRITE);
    }

    private void list(Context ctx) {
        var paging = Paging.of(ctx);
        var story = stories.get(StoryRoutes.spaceId(ctx), StoryRoutes.storyId(ctx));
        paging.answer(ctx, versions.count(story.id()));
        ctx.json(Map.of("versions", versions.list(story.id(), paging.offset(), paging.perPage())));
    }

    private void get(Context ctx) {
        var story = stories.get(StoryRoutes.spaceId(ctx), StoryRoutes.storyId(ctx));
        ctx.json(Map.of("version", versions.get(story.id(), number(ctx))));
    }

    private void diff(Context ctx) {
        var diff = history.diff(StoryRoutes.spaceId(ctx), StoryRoutes.storyId(ctx), number(ctx), ctx.queryParam("against"));
        ctx.json(Map.of("diff", diff));
    }

    private void restore(Context ctx) {
        var request = Requests.optionalBody(ctx, HistoryRequest.class, new HistoryRequest(null, null));
        var story = history.restore(StoryRoutes.spaceId(ctx), StoryRoutes.storyId(ctx), number(ctx),
                IfMatch.basedOn(ctx, request.version()), request.message(), AccessGuard.principal(ctx).email());
        json.answer(ctx, story);
    }

    private void discard(Context ctx) {
        var request = Requests.optionalBody(ctx, HistoryRequest.class, new HistoryRequest(null, null));
        var story = history.discard(StoryRoutes.spaceId(ctx), StoryRoutes.storyId(ctx),
                IfMatch.basedOn(ctx, request.version()), request.message(), AccessGuard.principal(ctx).email());
        json.answer(ctx, story);
    }

    private static int number(Context ctx) {
        long number = Params.id(ctx, "number");
        if (number < 1 || number > Integer.MAX_VALUE) throw InvalidInput.field("number", "must be a version number (1 or more)");
        return (int) number;
    }
}
