package dev.duet.collab.requests;

import dev.duet.access.Principal;
import dev.duet.access.Role;
import dev.duet.failure.InvalidInput;
import dev.duet.storage.Database;

import java.time.Clock;
import java.util.Map;

/**
 * Talking about a request: comments (authors edit and delete their own; admins may delete any) and watching it.
 * Each change is one transaction with its timeline entry. Thread-safe.
 */
public final class RequestConversation {

    public static final int MAX_COMMENT = 5000;
    private static final int EXCERPT = 200;

    private final Database db;
    private final Requests requests;
    private final Clock clock;

    public RequestConversation(Database db, Requests requests, Clock clock) {
        this.db = db;
        this.requests = requests;
        this.clock = clock;
    }

    /** Comments as {@code who}, who then watches the request. */
    public RequestDetail comment(long id, String text, Principal who) {
        var checked = text(text);
        return db.write(handle -> {
            requests.load(handle, id);
            var now = clock.instant();
            var author = new Person(who.userId(), who.email());
            long commentId = requests.trail.comment(handle, id, author, checked, now);
            requests.trail.watch(handle, id, author, now);
            requests.trail.event(handle, id, "commented", who.actor(),
                    Map.of("comment_id", commentId, "text", excerpt(checked)), now);
            return requests.detail(handle, id);
        });
    }

    public RequestDetail editComment(long id, long commentId, String text, Principal who) {
        var checked = text(text);
        return db.write(handle -> {
            requests.load(handle, id);
            var comment = requests.trail.findComment(handle, id, commentId).orElseThrow(() -> new RequestCommentNotFound(commentId));
            if (!mine(comment, who)) throw new NotYourRequest("only its author edits comment " + commentId);
            var now = clock.instant();
            requests.trail.editComment(handle, commentId, checked, now);
            requests.trail.event(handle, id, "comment_edited", who.actor(),
                    Map.of("comment_id", commentId, "text", excerpt(checked)), now);
            return requests.detail(handle, id);
        });
    }

    public void deleteComment(long id, long commentId, Principal who) {
        db.writeVoid(handle -> {
            requests.load(handle, id);
            var comment = requests.trail.findComment(handle, id, commentId).orElseThrow(() -> new RequestCommentNotFound(commentId));
            if (!mine(comment, who) && who.role() != Role.ADMIN) {
                throw new NotYourRequest("only its author (or an admin) deletes comment " + commentId);
            }
            requests.trail.deleteComment(handle, commentId);
            requests.trail.event(handle, id, "comment_deleted", who.actor(), Map.of("comment_id", commentId), clock.instant());
        });
    }

    /** Starts watching; watching twice is the same as once. */
    public RequestDetail watch(long id, Principal who) {
        return db.write(handle -> {
            requests.load(handle, id);
            var now = clock.instant();
            if (requests.trail.watch(handle, id, new Person(who.userId(), who.email()), now)) {
                requests.trail.event(handle, id, "watched", who.actor(), Map.of(), now);
            }
            return requests.detail(handle, id);
        });
    }

    public RequestDetail unwatch(long id, Principal who) {
        return db.write(handle -> {
            requests.load(handle, id);
            if (requests.trail.unwatch(handle, id, who.userId())) {
                requests.trail.event(handle, id, "unwatched", who.actor(), Map.of(), clock.instant());
            }
            return requests.detail(handle, id);
        });
    }

    private static boolean mine(RequestComment comment, Principal who) {
        return comment.authorId() != null && comment.authorId() == who.userId();
    }

    private static String text(String text) {
        if (text == null || text.isBlank()) throw InvalidInput.field("text", "must not be blank; write what you want to say");
        var stripped = text.strip();
        if (stripped.length() > MAX_COMMENT) {
            throw InvalidInput.field("text", "must be at most " + MAX_COMMENT + " characters, got " + stripped.length());
        }
        return stripped;
    }

    private static String excerpt(String text) {
        return text.length() <= EXCERPT ? text : text.substring(0, EXCERPT - 1) + "…";
    }
}
