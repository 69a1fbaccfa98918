package dev.duet.collab.requests;

import dev.duet.access.Principal;
import dev.duet.collab.wins.NewWin;
import dev.duet.collab.wins.WinKind;
import dev.duet.collab.wins.WinLog;
import dev.duet.failure.InvalidInput;
import dev.duet.failure.Problems;
import dev.duet.storage.Database;
import org.jdbi.v3.core.Handle;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The receiving team's side: taking requests in (accept, reject, snooze, mark duplicate, reopen) and moving them on
 * the board. Moving to done records {@code delivered_at} and a win in the same transaction. Thread-safe.
 */
public final class RequestTriage {

    private final Database db;
    private final Requests requests;
    private final WinLog wins;
    private final Clock clock;

    public RequestTriage(Database db, Requests requests, WinLog wins, Clock clock) {
        this.db = db;
        this.requests = requests;
        this.wins = wins;
        this.clock = clock;
    }

    /** Accepts a new request into to do (at the bottom), optionally assigning it. */
    public RequestDetail accept(long id, Long assigneeId, Principal who) {
        var assignee = assigneeId == null ? null : requests.person(assigneeId, "assignee_id");
        return intake(id, who, (handle, request, now) -> {
            setState(handle, request, RequestState.TO_DO, null, null, null, now);
            var details = new LinkedHashMap<String, Object>();
            details.put("to", RequestState.TO_DO.id());
            requests.trail.event(handle, id, "accepted", who.actor(), details, now);
            if (assignee != null) {
                requests.repository.setAssignee(handle, id, assignee, now);
                requests.trail.watch(handle, id, assignee, now);
                requests.trail.event(handle, id, "assigned", who.actor(), Map.of("assignee", assignee.email()), now);
            }
        });
    }

    public RequestDetail reject(long id, String reason, Principal who) {
        var why = reason(reason, "say why the request is rejected, so the requester can do something about it");
        return intake(id, who, (handle, request, now) -> {
            setState(handle, request, RequestState.REJECTED, why, null, null, now);
            requests.trail.event(handle, id, "rejected", who.actor(), Map.of("reason", why), now);
        });
    }

    public RequestDetail snooze(long id, String until, String reason, Principal who) {
        var problems = new Problems();
        var date = RequestRules.date(problems, "until", until);
        if (date == null && RequestRules.trim(until) == null) problems.add("until", "is required: the date the request comes back as new");
        if (date != null && !date.isAfter(requests.today())) problems.add("until", "must be after today (" + requests.today() + ")");
        var why = RequestRules.optional(problems, "reason", reason, RequestRules.MAX_REASON);
        problems.throwIfAny();
        return intake(id, who, (handle, request, now) -> {
            setState(handle, request, RequestState.SNOOZED, why, date, null, now);
            var details = new LinkedHashMap<String, Object>();
            details.put("until", date.toString());
            if (why != null) details.put("reason", why);
            requests.trail.event(handle, id, "snoozed", who.actor(), details, now);
        });
    }

    public RequestDetail duplicate(long id, Long of, Principal who) {
        if (of == null) throw InvalidInput.field("of", "is required: the id of the request this one repeats");
        if (of == id) throw InvalidInput.field("of", "a request cannot be a duplicate of itself");
        return intake(id, who, (handle, request, now) -> {
            if (!requests.repository.exists(handle, of)) throw InvalidInput.field("of", "no request with id " + of);
            setState(handle, request, RequestState.DUPLICATE, null, null, of, now);
            requests.trail.event(handle, id, "duplicate", who.actor(), Map.of("of", of), now);
        });
    }

    /** Takes a rejected, snoozed or duplicate request back to new (at the bottom of the column). */
    public RequestDetail reopen(long id, Principal who) {
        return change(id, who, (handle, request, now) -> {
            var state = request.state(requests.today());
            if (state != RequestState.REJECTED && state != RequestState.SNOOZED && state != RequestState.DUPLICATE) {
                throw new TransitionRejected("request " + id + " is " + state.id()
                        + "; only rejected, snoozed or duplicate requests are reopened");
            }
            setState(handle, request, RequestState.NEW, null, null, null, now);
            requests.trail.event(handle, id, "reopened", who.actor(), Map.of("from", state.id()), now);
        });
    }

    /**
     * Moves a card to a board column at {@code position} (0 = top; null or past the end = bottom), based on
     * {@code version}. From new into a work column accepts the request; a work state never goes back to new.
     */
    public RequestDetail move(long id, RequestInput.Move input, Principal who) {
        var problems = new Problems();
        var target = RequestState.of(RequestRules.trim(input.state())).filter(RequestState.BOARD::contains).orElse(null);
        if (target == null) problems.add("state", "must be a board column: " + String.join(", ",
                RequestState.BOARD.stream().map(RequestState::id).toList()) + (input.state() == null ? "" : ", got " + input.state()));
        if (input.position() != null && input.position() < 0) problems.add("position", "must be 0 (the top) or more");
        var reason = RequestRules.optional(problems, "reason", input.reason(), RequestRules.MAX_REASON);
        if (target == RequestState.BLOCKED && reason == null) problems.add("reason", "say what blocks the request");
        problems.throwIfAny();
        return db.write(handle -> {
            var request = requests.loadForChange(handle, id);
            Standing.requireTriage(who, request);
            Standing.requireVersion(request, input.version());
            var now = clock.instant();
            var from = request.state(requests.today());
            if (from != RequestState.NEW && !from.work()) {
                throw new TransitionRejected("request " + id + " is " + from.id() + "; reopen it before moving it on the board");
            }
            if (target == RequestState.NEW && from != RequestState.NEW) {
                throw new TransitionRejected("request " + id + " was accepted; it cannot go back to new");
            }
            if (target == from) {
                requests.repository.bumpVersion(handle, id, now);
                requests.trail.event(handle, id, "reordered", who.actor(), Map.of("state", from.id(),
                        "position", place(handle, id, target, input.position())), now);
            } else {
                setState(handle, request, target, target == RequestState.BLOCKED ? reason : null, null, null, now);
                place(handle, id, target, input.position());
                var details = new LinkedHashMap<String, Object>();
                details.put("from", from.id());
                details.put("to", target.id());
                if (target == RequestState.BLOCKED) details.put("reason", reason);
                requests.trail.event(handle, id, from == RequestState.NEW ? "accepted" : "moved", who.actor(), details, now);
                if (target == RequestState.DONE) celebrate(handle, request, who);
            }
            return requests.detail(handle, id);
        });
    }

    private void celebrate(Handle handle, Request request, Principal who) {
        var space = request.links().stream().map(RequestLink::spaceId).filter(java.util.Objects::nonNull).findFirst();
        var link = space.map(spaceId -> "/admin/spaces/" + spaceId + "/requests?request=" + request.id()).orElse(null);
        wins.record(handle, new NewWin(WinKind.REQUEST_DELIVERED, "request:" + request.id() + ":done", null,
                request.title() + " delivered", who.email(), link,
                Map.of("request_id", request.id(), "to_team", request.toTeam().id(), "type", request.type().id())));
    }

    /** Puts the card at {@code position} of its column and renumbers the column; answers the position it took. */
    private int place(Handle handle, long id, RequestState column, Integer position) {
        var ids = new ArrayList<>(requests.repository.column(handle, column, requests.today()));
        ids.remove(id);
        int at = position == null ? ids.size() : Math.min(position, ids.size());
        ids.add(at, id);
        for (int rank = 0; rank < ids.size(); rank++) requests.repository.setRank(handle, ids.get(rank), rank);
        return at;
    }

    private void setState(Handle handle, Request request, RequestState state, String reason, java.time.LocalDate until,
                          Long duplicateOf, Instant now) {
        var delivered = state == RequestState.DONE ? now : null;
        long rank = state.work() || state == RequestState.NEW
                ? requests.repository.bottomOf(handle, state, requests.today()) : 0;
        requests.repository.setState(handle, request.id(), state, reason, until, duplicateOf, delivered, rank, now);
    }

    /** An intake step: the receiving team, on a request that is new (a snoozed one whose date has come counts). */
    private RequestDetail intake(long id, Principal who, Step step) {
        return change(id, who, (handle, request, now) -> {
            var state = request.state(requests.today());
            if (state != RequestState.NEW) {
                throw new TransitionRejected("request " + id + " is " + state.id() + "; only new requests are triaged");
            }
            step.apply(handle, request, now);
        });
    }

    private RequestDetail change(long id, Principal who, Step step) {
        return db.write(handle -> {
            var request = requests.loadForChange(handle, id);
            Standing.requireTriage(who, request);
            step.apply(handle, request, clock.instant());
            return requests.detail(handle, id);
        });
    }

    private static String reason(String raw, String missing) {
        var problems = new Problems();
        var reason = RequestRules.optional(problems, "reason", raw, RequestRules.MAX_REASON);
        if (reason == null) problems.add("reason", "is required: " + missing);
        problems.throwIfAny();
        return reason;
    }

    @FunctionalInterface
    private interface Step {
        void apply(Handle handle, Request request, Instant now);
    }
}
