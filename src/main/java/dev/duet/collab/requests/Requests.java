package dev.duet.collab.requests;

import dev.duet.access.Principal;
import dev.duet.access.Team;
import dev.duet.access.User;
import dev.duet.access.Users;
import dev.duet.failure.InvalidInput;
import dev.duet.storage.Database;
import org.jdbi.v3.core.Handle;

import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * Filing, editing, assigning and reading requests. Each change is one transaction with its timeline entry and the
 * automatic watchers (requester, assignee); every input is checked before anything is written. Thread-safe.
 */
public final class Requests {

    /** The most cards one board column shows (the rest are in the list). */
    public static final int CARDS_PER_COLUMN = 200;
    private static final int PEOPLE_LIMIT = 1000;

    private final Database db;
    private final Users users;
    private final LinkTargets targets;
    private final Clock clock;
    final RequestRepository repository = new RequestRepository();
    final RequestTrail trail = new RequestTrail();

    public Requests(Database db, Users users, LinkTargets targets, Clock clock) {
        this.db = db;
        this.users = users;
        this.targets = targets;
        this.clock = clock;
    }

    /** Files a request as {@code who}; it starts new, at the bottom of the new column, watched by its requester. */
    public RequestDetail file(RequestInput.Filing input, Principal who) {
        var draft = RequestRules.check(input, targets);
        return db.write(handle -> {
            var now = clock.instant();
            var requester = new Person(who.userId(), who.email());
            long id = repository.insert(handle, draft, requester, repository.bottomOf(handle, RequestState.NEW, today()), now);
            trail.watch(handle, id, requester, now);
            var details = new LinkedHashMap<String, Object>();
            details.put("to_team", draft.toTeam().id());
            details.put("type", draft.type().id());
            details.put("priority", draft.priority().id());
            if (draft.dueDate() != null) details.put("due_date", draft.dueDate().toString());
            trail.event(handle, id, "filed", who.actor(), details, now);
            if (!draft.links().isEmpty()) trail.event(handle, id, "linked", who.actor(), Map.of("links", draft.links()), now);
            return detail(handle, id);
        });
    }

    /** Replaces the request's title, type, team, priority, brief, due date, attachments and links. */
    public RequestDetail edit(long id, RequestInput.Filing input, Principal who) {
        var draft = RequestRules.check(input, targets);
        return db.write(handle -> {
            var request = loadForChange(handle, id);
            Standing.requireEdit(who, request, today());
            Standing.requireVersion(request, input.version());
            var now = clock.instant();
            var changed = changes(request, draft);
            repository.update(handle, id, draft, now);
            if (!changed.isEmpty()) trail.event(handle, id, "edited", who.actor(), Map.of("fields", changed), now);
            if (!request.links().equals(draft.links())) {
                trail.event(handle, id, "linked", who.actor(), Map.of("links", draft.links()), now);
            }
            return detail(handle, id);
        });
    }

    /** Assigns the request to a person (who then watches it), or unassigns it with null; the receiving team does. */
    public RequestDetail assign(long id, Long assigneeId, Principal who) {
        var assignee = assigneeId == null ? null : person(assigneeId, "assignee_id");
        return db.write(handle -> {
            var request = loadForChange(handle, id);
            Standing.requireTriage(who, request);
            var now = clock.instant();
            repository.setAssignee(handle, id, assignee, now);
            if (assignee != null) trail.watch(handle, id, assignee, now);
            var details = new LinkedHashMap<String, Object>();
            details.put("assignee", assignee == null ? null : assignee.email());
            details.put("previous", request.assignee() == null ? null : request.assignee().email());
            trail.event(handle, id, "assigned", who.actor(), details, now);
            return detail(handle, id);
        });
    }

    public RequestDetail get(long id) {
        return db.read(handle -> detail(handle, id));
    }

    public List<Request> list(RequestFilter filter, int offset, int limit) {
        return db.read(handle -> repository.list(handle, filter, today(), offset, limit));
    }

    public long count(RequestFilter filter) {
        return db.read(handle -> repository.count(handle, filter, today()));
    }

    /** The board's cards for {@code team} (null: every team), column by column in {@link RequestState#BOARD} order. */
    public List<Request> board(Team team) {
        return db.read(handle -> repository.board(handle, team, today(), CARDS_PER_COLUMN));
    }

    public List<TimelineEvent> timeline(long id) {
        return db.read(handle -> {
            load(handle, id);
            return trail.timeline(handle, id);
        });
    }

    /** Today in UTC: what due dates, snoozes and ages are measured against. */
    public LocalDate today() {
        return clock.instant().atZone(ZoneOffset.UTC).toLocalDate();
    }

    /** The request, locked for the rest of the caller's write transaction. */
    Request loadForChange(Handle handle, long id) {
        repository.lock(handle, id);
        return load(handle, id);
    }

    Request load(Handle handle, long id) {
        return repository.find(handle, id).orElseThrow(() -> new RequestNotFound(id));
    }

    RequestDetail detail(Handle handle, long id) {
        return new RequestDetail(load(handle, id), trail.comments(handle, id), trail.watchers(handle, id));
    }

    /** A user chosen as assignee, or a 400 naming {@code path}. */
    Person person(long userId, String path) {
        return users.list(0, PEOPLE_LIMIT).stream().filter(user -> user.id() == userId).findFirst()
                .map(Requests::person).orElseThrow(() -> InvalidInput.field(path, "no user with id " + userId));
    }

    private static Person person(User user) {
        return new Person(user.id(), user.email());
    }

    /** The fields an edit changed; links have their own timeline entry. */
    private static List<String> changes(Request request, Draft draft) {
        var changed = new ArrayList<String>();
        if (!request.title().equals(draft.title())) changed.add("title");
        if (request.type() != draft.type()) changed.add("type");
        if (request.toTeam() != draft.toTeam()) changed.add("to_team");
        if (request.priority() != draft.priority()) changed.add("priority");
        if (!request.brief().equals(draft.brief())) changed.add("brief");
        if (!Objects.equals(request.dueDate(), draft.dueDate())) changed.add("due_date");
        if (!Objects.equals(request.dueReason(), draft.dueReason())) changed.add("due_reason");
        if (!request.attachments().equals(draft.attachments())) changed.add("attachments");
        return changed;
    }
}
