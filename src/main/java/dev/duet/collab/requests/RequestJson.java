package dev.duet.collab.requests;

import java.time.Instant;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** How requests look in the API: snake_case maps with the state people see and the age and due-date warnings. */
final class RequestJson {

    private RequestJson() {
    }

    static Map<String, Object> request(Request request, LocalDate today, Instant now) {
        var out = new LinkedHashMap<String, Object>();
        out.put("id", request.id());
        out.put("title", request.title());
        out.put("type", request.type().id());
        out.put("to_team", request.toTeam().id());
        out.put("priority", request.priority().id());
        out.put("state", request.state(today).id());
        out.put("state_reason", request.stateReason());
        out.put("snoozed_until", request.storedState() == RequestState.SNOOZED && request.snoozedUntil() != null
                ? request.snoozedUntil().toString() : null);
        out.put("duplicate_of", request.duplicateOf());
        out.put("brief", brief(request.brief()));
        out.put("due_date", request.dueDate() == null ? null : request.dueDate().toString());
        out.put("due_reason", request.dueReason());
        out.put("requester", person(request.requester()));
        out.put("assignee", request.assignee() == null ? null : person(request.assignee()));
        out.put("attachments", request.attachments().stream().map(RequestJson::attachment).toList());
        out.put("links", request.links().stream().map(RequestJson::link).toList());
        out.put("rank", request.rank());
        out.put("version", request.version());
        out.put("delivered_at", request.deliveredAt());
        out.put("created_at", request.createdAt());
        out.put("updated_at", request.updatedAt());
        out.put("age_days", request.ageDays(now));
        out.put("overdue", request.overdue(today));
        out.put("due_soon", request.dueSoon(today));
        return out;
    }

    static Map<String, Object> detail(RequestDetail detail, LocalDate today, Instant now) {
        var out = request(detail.request(), today, now);
        out.put("comments", detail.comments().stream().map(RequestJson::comment).toList());
        out.put("watchers", detail.watchers().stream().map(RequestJson::person).toList());
        return out;
    }

    /** The board: one entry per column, left to right, with its cards top first. */
    static List<Map<String, Object>> columns(List<Request> cards, LocalDate today, Instant now) {
        return RequestState.BOARD.stream().map(column -> {
            var out = new LinkedHashMap<String, Object>();
            out.put("state", column.id());
            out.put("title", column.title());
            out.put("cards", cards.stream().filter(card -> card.state(today) == column)
                    .map(card -> request(card, today, now)).toList());
            return (Map<String, Object>) out;
        }).toList();
    }

    static Map<String, Object> event(TimelineEvent event) {
        var out = new LinkedHashMap<String, Object>();
        out.put("id", event.id());
        out.put("kind", event.kind());
        out.put("actor", event.actor());
        out.put("details", event.details());
        out.put("created_at", event.createdAt());
        return out;
    }

    private static Map<String, Object> brief(Brief brief) {
        var out = new LinkedHashMap<String, Object>();
        out.put("problem", brief.problem());
        out.put("objective", brief.objective());
        out.put("success_kpi", brief.successKpi());
        out.put("audience", brief.audience());
        out.put("deliverables", brief.deliverables());
        out.put("systems_affected", brief.systemsAffected());
        out.put("constraints", brief.constraints());
        return out;
    }

    private static Map<String, Object> person(Person person) {
        var out = new LinkedHashMap<String, Object>();
        out.put("id", person.id());
        out.put("email", person.email());
        return out;
    }

    private static Map<String, Object> attachment(Attachment attachment) {
        return Map.of("label", attachment.label(), "url", attachment.url());
    }

    private static Map<String, Object> link(RequestLink link) {
        var out = new LinkedHashMap<String, Object>();
        out.put("kind", link.kind());
        if (link.spaceId() != null) out.put("space_id", link.spaceId());
        if (link.id() != null) out.put("id", link.id());
        if (link.key() != null) out.put("key", link.key());
        return out;
    }

    private static Map<String, Object> comment(RequestComment comment) {
        var out = new LinkedHashMap<String, Object>();
        out.put("id", comment.id());
        out.put("author_id", comment.authorId());
        out.put("author", comment.author());
        out.put("text", comment.text());
        out.put("created_at", comment.createdAt());
        out.put("updated_at", comment.updatedAt());
        out.put("edited", comment.edited());
        return out;
    }
}
