package dev.duet.discussions;

import dev.duet.access.Principal;
import dev.duet.access.Role;
import dev.duet.access.User;
import dev.duet.access.Users;
import dev.duet.activity.ActivityKind;
import dev.duet.activity.ActivityLog;
import dev.duet.activity.NewActivity;
import dev.duet.content.Stories;
import dev.duet.content.Story;
import dev.duet.failure.Conflict;
import dev.duet.failure.InvalidInput;
import dev.duet.schema.Component;
import dev.duet.schema.Components;
import dev.duet.storage.Database;
import org.jdbi.v3.core.Handle;

import java.time.Clock;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * Discussing a story: starting threads on the story, a block or a field, replying, resolving and reopening, each in
 * one transaction with its feed entry (which notifies the people mentioned and the thread's participants, and sends
 * the {@code discussion.created} webhook). Every input is checked before anything is written. Thread-safe.
 */
public final class DiscussionService {

    private static final int EXCERPT_LENGTH = 200;
    private static final int TEAM_LIMIT = 1000;

    private final Database db;
    private final Discussions discussions = new Discussions();
    private final Stories stories;
    private final Components components;
    private final Users users;
    private final ActivityLog activity;
    private final Clock clock;

    public DiscussionService(Database db, Stories stories, Components components, Users users, ActivityLog activity,
                             Clock clock) {
        this.db = db;
        this.stories = stories;
        this.components = components;
        this.users = users;
        this.activity = activity;
        this.clock = clock;
    }

    public Discussion start(long spaceId, long storyId, DiscussionInput.NewThread input, Principal who) {
        var anchor = input.where();
        var text = DiscussionInput.text(input.text());
        var mentioned = mentioned(input.mentions(), text, who);
        var schemas = schemas(spaceId);
        return db.write(handle -> {
            var story = stories.get(handle, spaceId, storyId);
            Anchors.check(story.content(), anchor, schemas);
            var now = clock.instant();
            long id = discussions.insert(handle, spaceId, storyId, anchor, who.email(), now);
            discussions.insertComment(handle, id, who.userId(), who.email(), text, ids(mentioned), now);
            var details = facts(story, id, anchor);
            details.put("text", excerpt(text));
            details.put("mentions", emails(mentioned));
            activity.record(handle, new NewActivity(spaceId, storyId, ActivityKind.DISCUSSION_CREATED, who.email(),
                    "started a discussion on " + place(anchor, story), details, tell(mentioned, List.of(), who)));
            return discussions.find(handle, spaceId, storyId, id).orElseThrow();
        });
    }

    public Discussion reply(long spaceId, long storyId, long discussionId, DiscussionInput.Message input, Principal who) {
        var text = DiscussionInput.text(input.text());
        var mentioned = mentioned(input.mentions(), text, who);
        return db.write(handle -> {
            var story = stories.get(handle, spaceId, storyId);
            var thread = get(handle, spaceId, storyId, discussionId);
            var participants = discussions.participants(handle, discussionId);
            discussions.insertComment(handle, discussionId, who.userId(), who.email(), text, ids(mentioned), clock.instant());
            var details = facts(story, discussionId, thread.anchor());
            details.put("text", excerpt(text));
            details.put("mentions", emails(mentioned));
            activity.record(handle, new NewActivity(spaceId, storyId, ActivityKind.COMMENT_ADDED, who.email(),
                    "commented on " + place(thread.anchor(), story), details, tell(mentioned, participants, who)));
            return get(handle, spaceId, storyId, discussionId);
        });
    }

    public Discussion resolve(long spaceId, long storyId, long discussionId, Principal who) {
        return changeStatus(spaceId, storyId, discussionId, DiscussionStatus.RESOLVED, who);
    }

    public Discussion reopen(long spaceId, long storyId, long discussionId, Principal who) {
        return changeStatus(spaceId, storyId, discussionId, DiscussionStatus.OPEN, who);
    }

    private Discussion changeStatus(long spaceId, long storyId, long discussionId, DiscussionStatus to, Principal who) {
        return db.write(handle -> {
            var story = stories.get(handle, spaceId, storyId);
            var thread = get(handle, spaceId, storyId, discussionId);
            if (thread.status() == to) throw new Conflict("discussion " + discussionId + " is already " + to.id());
            discussions.setStatus(handle, discussionId, to, who.email(), clock.instant());
            boolean resolving = to == DiscussionStatus.RESOLVED;
            var participants = discussions.participants(handle, discussionId);
            activity.record(handle, new NewActivity(spaceId, storyId,
                    resolving ? ActivityKind.DISCUSSION_RESOLVED : ActivityKind.DISCUSSION_REOPENED, who.email(),
                    (resolving ? "resolved" : "reopened") + " a discussion on " + place(thread.anchor(), story),
                    facts(story, discussionId, thread.anchor()),
                    tell(List.of(), participants, who, resolving ? "resolved" : "reopened")));
            return get(handle, spaceId, storyId, discussionId);
        });
    }

    /** Changes the text of one's own comment; people newly mentioned are not notified again. */
    public Discussion editComment(long spaceId, long storyId, long discussionId, long commentId,
                                  DiscussionInput.Message input, Principal who) {
        var text = DiscussionInput.text(input.text());
        var mentioned = mentioned(input.mentions(), text, who);
        return db.write(handle -> {
            var comment = comment(handle, spaceId, storyId, discussionId, commentId);
            if (comment.authorId() == null || comment.authorId() != who.userId()) {
                throw new NotTheAuthor("only the author of comment " + commentId + " may change it");
            }
            discussions.updateComment(handle, commentId, text, ids(mentioned), clock.instant());
            return get(handle, spaceId, storyId, discussionId);
        });
    }

    /** Deletes a comment (its author, or an admin); a thread left without comments goes with it. */
    public void deleteComment(long spaceId, long storyId, long discussionId, long commentId, Principal who) {
        db.writeVoid(handle -> {
            var comment = comment(handle, spaceId, storyId, discussionId, commentId);
            boolean own = comment.authorId() != null && comment.authorId() == who.userId();
            if (!own && who.role() != Role.ADMIN) {
                throw new NotTheAuthor("only the author of comment " + commentId + " or an admin may delete it");
            }
            discussions.deleteComment(handle, commentId);
            if (get(handle, spaceId, storyId, discussionId).comments().isEmpty()) discussions.delete(handle, discussionId);
        });
    }

    public Discussion get(long spaceId, long storyId, long discussionId) {
        return db.read(handle -> {
            stories.get(handle, spaceId, storyId);
            return get(handle, spaceId, storyId, discussionId);
        });
    }

    /** A story's threads; {@code status} null for all, {@code blockUid} null for every anchor. */
    public List<Discussion> list(long spaceId, long storyId, DiscussionStatus status, String blockUid) {
        return db.read(handle -> {
            stories.get(handle, spaceId, storyId);
            return discussions.list(handle, spaceId, storyId, status, blockUid);
        });
    }

    /** The {@code _uid}s of the blocks in the story's current draft, to tell threads on removed blocks. */
    public java.util.Set<String> blockUids(long spaceId, long storyId) {
        return Anchors.blocks(stories.get(spaceId, storyId).content()).keySet();
    }

    /** Unresolved threads per story (every story with one when {@code storyIds} is null; asked ones with 0 too). */
    public Map<Long, Long> openPerStory(long spaceId, List<Long> storyIds) {
        var counts = db.read(handle -> discussions.openPerStory(handle, spaceId, storyIds));
        if (storyIds == null) return counts;
        var all = new java.util.LinkedHashMap<Long, Long>();
        storyIds.forEach(id -> all.put(id, counts.getOrDefault(id, 0L)));
        return all;
    }

    /** Unresolved threads per block {@code _uid} of one story. */
    public Map<String, Long> openPerBlock(long spaceId, long storyId) {
        return db.read(handle -> discussions.openPerBlock(handle, spaceId, storyId));
    }

    private Discussion get(Handle handle, long spaceId, long storyId, long discussionId) {
        return discussions.find(handle, spaceId, storyId, discussionId)
                .orElseThrow(() -> new DiscussionNotFound(discussionId));
    }

    private Comment comment(Handle handle, long spaceId, long storyId, long discussionId, long commentId) {
        stories.get(handle, spaceId, storyId);
        return get(handle, spaceId, storyId, discussionId).comments().stream()
                .filter(comment -> comment.id() == commentId).findFirst()
                .orElseThrow(() -> new CommentNotFound(commentId));
    }

    private Function<String, Optional<dev.duet.schema.Schema>> schemas(long spaceId) {
        var byName = components.all(spaceId).stream().collect(Collectors.toMap(Component::name, Component::schema));
        return name -> Optional.ofNullable(byName.get(name));
    }

    /**
     * The users a comment mentions: the explicit ids (each must exist; 400 naming {@code mentions[i]}) and the
     * {@code @email}s of the text that belong to a user (other @-words are just text). Never the writer.
     */
    private List<User> mentioned(List<Long> explicit, String text, Principal who) {
        var team = users.list(0, TEAM_LIMIT);
        var byId = team.stream().collect(Collectors.toMap(User::id, user -> user));
        var byEmail = team.stream().collect(Collectors.toMap(User::email, user -> user));
        var found = new LinkedHashSet<User>();
        for (int i = 0; i < explicit.size(); i++) {
            var id = explicit.get(i);
            var user = id == null ? null : byId.get(id);
            if (user == null) throw InvalidInput.field("mentions[" + i + "]", "no user with id " + id);
            found.add(user);
        }
        Mentions.emails(text).stream().map(byEmail::get).filter(java.util.Objects::nonNull).forEach(found::add);
        found.removeIf(user -> user.id() == who.userId());
        return List.copyOf(found);
    }

    private static List<NewActivity.Recipient> tell(List<User> mentioned, List<Long> participants, Principal who) {
        return tell(mentioned, participants, who, "replied");
    }

    /** Mentioned people hear they were mentioned; other participants hear {@code reason}; the actor hears nothing. */
    private static List<NewActivity.Recipient> tell(List<User> mentioned, List<Long> participants, Principal who,
                                                    String reason) {
        var recipients = new ArrayList<NewActivity.Recipient>();
        var told = new java.util.HashSet<Long>();
        told.add(who.userId());
        for (var user : mentioned) if (told.add(user.id())) recipients.add(new NewActivity.Recipient(user.id(), "mentioned"));
        for (var id : participants) if (told.add(id)) recipients.add(new NewActivity.Recipient(id, reason));
        return recipients;
    }

    private static Map<String, Object> facts(Story story, long discussionId, Anchor anchor) {
        var details = new HashMap<String, Object>();
        details.put("discussion_id", discussionId);
        details.put("story_name", story.name());
        details.put("full_slug", story.fullSlug());
        details.put("anchor", anchor.kind());
        if (anchor.blockUid() != null) details.put("block_uid", anchor.blockUid());
        if (anchor.field() != null) details.put("field", anchor.field());
        return details;
    }

    /** How the feed names the place: “Home”, a hero block of “Home”, the field headline of “Home”. */
    private static String place(Anchor anchor, Story story) {
        var name = "“" + story.name() + "”";
        return switch (anchor) {
            case Anchor.OnStory onStory -> name;
            case Anchor.OnBlock block -> componentOf(story, block.blockUid()) + " block of " + name;
            case Anchor.OnField field -> "the field " + field.field()
                    + (field.blockUid() == null ? "" : " of " + componentOf(story, field.blockUid()) + " block") + " of " + name;
        };
    }

    private static String componentOf(Story story, String blockUid) {
        var blok = Anchors.blocks(story.content()).get(blockUid);
        var component = blok == null ? "removed" : blok.path("component").asText();
        return (startsWithVowel(component) ? "an " : "a ") + component;
    }

    private static boolean startsWithVowel(String word) {
        return !word.isEmpty() && "aeiou".indexOf(Character.toLowerCase(word.charAt(0))) >= 0;
    }

    private static String excerpt(String text) {
        return text.length() <= EXCERPT_LENGTH ? text : text.substring(0, EXCERPT_LENGTH - 1) + "…";
    }

    private static List<Long> ids(List<User> people) {
        return people.stream().map(User::id).toList();
    }

    private static List<String> emails(List<User> people) {
        return people.stream().map(User::email).toList();
    }
}
