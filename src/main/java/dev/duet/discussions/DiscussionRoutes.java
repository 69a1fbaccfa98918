package dev.duet.discussions;

import dev.duet.access.AccessGuard;
import dev.duet.failure.InvalidInput;
import dev.duet.web.Json;
import dev.duet.web.Params;
import io.javalin.config.RoutesConfig;
import io.javalin.http.Context;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.LongConsumer;

import static dev.duet.access.Permission.CONTENT_READ;
import static dev.duet.access.Permission.STORY_REVIEW;

/** Threads on a story's blocks and fields over HTTP: reading needs content:read, discussing story:review. */
public final class DiscussionRoutes {

    private static final String THREADS = "/api/spaces/{space_id}/stories/{story_id}/discussions";
    private static final String THREAD = THREADS + "/{discussion_id}";
    private static final String COMMENT = THREAD + "/comments/{comment_id}";
    private static final int MAX_COUNTED_STORIES = 500;

    private final DiscussionService service;
    private final LongConsumer requireSpace;

    /** {@code requireSpace} throws the not-found failure for a space that does not exist. */
    public DiscussionRoutes(DiscussionService service, LongConsumer requireSpace) {
        this.service = service;
        this.requireSpace = requireSpace;
    }

    public void register(RoutesConfig routes) {
        routes.get("/api/spaces/{space_id}/discussions/counts", this::counts, CONTENT_READ);
        routes.get(THREADS, this::list, CONTENT_READ);
        routes.post(THREADS, this::start, STORY_REVIEW);
        routes.get(THREAD, this::get, CONTENT_READ);
        routes.post(THREAD + "/comments", this::reply, STORY_REVIEW);
        routes.post(THREAD + "/resolve", ctx -> answer(ctx, service.resolve(space(ctx), story(ctx), thread(ctx),
                AccessGuard.principal(ctx))), STORY_REVIEW);
        routes.post(THREAD + "/reopen", ctx -> answer(ctx, service.reopen(space(ctx), story(ctx), thread(ctx),
                AccessGuard.principal(ctx))), STORY_REVIEW);
        routes.put(COMMENT, this::editComment, STORY_REVIEW);
        routes.delete(COMMENT, this::deleteComment, STORY_REVIEW);
    }

    private void list(Context ctx) {
        long spaceId = space(ctx);
        long storyId = story(ctx);
        var status = DiscussionStatus.filter(ctx.queryParam("status"));
        var block = ctx.queryParam("block_uid");
        var found = service.list(spaceId, storyId, status, block == null || block.isBlank() ? null : block.strip());
        var present = service.blockUids(spaceId, storyId);
        ctx.json(Map.of("discussions", found.stream().map(thread -> json(thread, present)).toList()));
    }

    private void start(Context ctx) {
        long spaceId = space(ctx);
        long storyId = story(ctx);
        var input = Json.body(ctx, DiscussionInput.NewThread.class);
        var thread = service.start(spaceId, storyId, input, AccessGuard.principal(ctx));
        ctx.status(201);
        answer(ctx, thread);
    }

    private void get(Context ctx) {
        answer(ctx, service.get(space(ctx), story(ctx), thread(ctx)));
    }

    private void reply(Context ctx) {
        long spaceId = space(ctx);
        long storyId = story(ctx);
        long threadId = thread(ctx);
        var input = Json.body(ctx, DiscussionInput.Message.class);
        var thread = service.reply(spaceId, storyId, threadId, input, AccessGuard.principal(ctx));
        ctx.status(201);
        answer(ctx, thread);
    }

    private void editComment(Context ctx) {
        long spaceId = space(ctx);
        long storyId = story(ctx);
        long threadId = thread(ctx);
        long commentId = Params.id(ctx, "comment_id");
        var input = Json.body(ctx, DiscussionInput.Message.class);
        answer(ctx, service.editComment(spaceId, storyId, threadId, commentId, input, AccessGuard.principal(ctx)));
    }

    private void deleteComment(Context ctx) {
        service.deleteComment(space(ctx), story(ctx), thread(ctx), Params.id(ctx, "comment_id"), AccessGuard.principal(ctx));
        ctx.status(204);
    }

    /** Unresolved threads per story; for exactly one story also per block, for the editor's block cards. */
    private void counts(Context ctx) {
        long spaceId = Params.id(ctx, "space_id");
        requireSpace.accept(spaceId);
        var storyIds = storyIds(ctx.queryParam("story_ids"));
        var perStory = new LinkedHashMap<String, Long>();
        service.openPerStory(spaceId, storyIds).forEach((id, open) -> perStory.put(Long.toString(id), open));
        var out = new LinkedHashMap<String, Object>();
        out.put("stories", perStory);
        if (storyIds != null && storyIds.size() == 1) out.put("blocks", service.openPerBlock(spaceId, storyIds.getFirst()));
        ctx.json(out);
    }

    private static List<Long> storyIds(String raw) {
        if (raw == null || raw.isBlank() || raw.strip().equals("all")) return null;
        var ids = new ArrayList<Long>();
        for (var part : raw.split(",")) {
            if (!part.isBlank()) ids.add(Params.parseId("story_ids", part));
        }
        if (ids.isEmpty()) throw InvalidInput.field("story_ids", "must be story ids separated by commas, or all");
        if (ids.size() > MAX_COUNTED_STORIES) {
            throw InvalidInput.field("story_ids", "at most " + MAX_COUNTED_STORIES + " stories at a time");
        }
        return List.copyOf(ids);
    }

    private void answer(Context ctx, Discussion thread) {
        ctx.json(Map.of("discussion", json(thread, service.blockUids(thread.spaceId(), thread.storyId()))));
    }

    private static long space(Context ctx) {
        return Params.id(ctx, "space_id");
    }

    private static long story(Context ctx) {
        return Params.id(ctx, "story_id");
    }

    private static long thread(Context ctx) {
        return Params.id(ctx, "discussion_id");
    }

    /** {@code block_removed} tells threads whose block is no longer in the story's draft. */
    static Map<String, Object> json(Discussion thread, Set<String> presentBlocks) {
        var anchor = new LinkedHashMap<String, Object>();
        anchor.put("kind", thread.anchor().kind());
        anchor.put("block_uid", thread.anchor().blockUid());
        anchor.put("field", thread.anchor().field());
        anchor.put("block_removed", thread.anchor().blockUid() != null && !presentBlocks.contains(thread.anchor().blockUid()));
        var out = new LinkedHashMap<String, Object>();
        out.put("id", thread.id());
        out.put("space_id", thread.spaceId());
        out.put("story_id", thread.storyId());
        out.put("anchor", anchor);
        out.put("status", thread.status().id());
        out.put("created_by", thread.createdBy());
        out.put("created_at", thread.createdAt());
        out.put("updated_at", thread.updatedAt());
        out.put("resolved_by", thread.resolvedBy());
        out.put("resolved_at", thread.resolvedAt());
        out.put("comments", thread.comments().stream().map(DiscussionRoutes::json).toList());
        return out;
    }

    private static Map<String, Object> json(Comment comment) {
        var out = new LinkedHashMap<String, Object>();
        out.put("id", comment.id());
        out.put("author_id", comment.authorId());
        out.put("author", comment.author());
        out.put("text", comment.text());
        out.put("mentions", comment.mentions());
        out.put("created_at", comment.createdAt());
        out.put("updated_at", comment.updatedAt());
        out.put("edited", comment.edited());
        return out;
    }
}
