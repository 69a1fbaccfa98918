package dev.duet.collab.requests;

import dev.duet.access.Team;
import dev.duet.failure.Problems;

import java.net.URI;
import java.net.URISyntaxException;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * The rules of a filing, checked before anything is stored: all problems are reported at once, each naming its field.
 * A due date needs its reason (a date nobody can explain cannot be weighed against other work). Pure; thread-safe.
 */
final class RequestRules {

    static final int MAX_TITLE = 200;
    static final int MAX_TEXT = 4000;
    static final int MAX_REASON = 1000;
    static final int MAX_ATTACHMENTS = 20;
    static final int MAX_LINKS = 50;

    private RequestRules() {
    }

    static Draft check(RequestInput.Filing input, LinkTargets targets) {
        var problems = new Problems();
        var title = required(problems, "title", input.title(), MAX_TITLE);
        var type = RequestType.of(trim(input.type())).orElse(null);
        if (type == null) problems.add("type", oneOf(input.type(), RequestType.ids()));
        var team = Team.of(trim(input.toTeam())).orElse(null);
        if (team == null) problems.add("to_team", oneOf(input.toTeam(), "marketing, it"));
        var priority = input.priority() == null ? Priority.NORMAL : Priority.of(trim(input.priority())).orElse(null);
        if (priority == null) problems.add("priority", oneOf(input.priority(), Priority.ids()));
        var brief = brief(problems, input.brief());
        var dueDate = date(problems, "due_date", input.dueDate());
        var dueReason = optional(problems, "due_reason", input.dueReason(), MAX_REASON);
        if (dueDate != null && dueReason == null) {
            problems.add("due_reason", "say why the request is due on " + dueDate + " (an event, a launch, a contract)");
        }
        if (dueDate == null && dueReason != null && input.dueDate() == null) {
            problems.add("due_date", "is missing; a due reason explains a due date");
        }
        var attachments = attachments(problems, input.attachments());
        var links = links(problems, input.links(), targets);
        problems.throwIfAny();
        return new Draft(title, type, team, priority, brief, dueDate, dueReason, attachments, links);
    }

    private static Brief brief(Problems problems, Brief brief) {
        var given = brief == null ? new Brief(null, null, null, null, null, null, null) : brief;
        return new Brief(required(problems, "brief.problem", given.problem(), MAX_TEXT),
                required(problems, "brief.objective", given.objective(), MAX_TEXT),
                optional(problems, "brief.success_kpi", given.successKpi(), MAX_TEXT),
                optional(problems, "brief.audience", given.audience(), MAX_TEXT),
                optional(problems, "brief.deliverables", given.deliverables(), MAX_TEXT),
                optional(problems, "brief.systems_affected", given.systemsAffected(), MAX_TEXT),
                optional(problems, "brief.constraints", given.constraints(), MAX_TEXT));
    }

    private static List<Attachment> attachments(Problems problems, List<Attachment> given) {
        if (given.size() > MAX_ATTACHMENTS) problems.add("attachments", "at most " + MAX_ATTACHMENTS + " attachments");
        var out = new ArrayList<Attachment>();
        for (int i = 0; i < given.size() && i < MAX_ATTACHMENTS; i++) {
            var path = "attachments[" + i + "]";
            var attachment = given.get(i);
            if (attachment == null) {
                problems.add(path, "must be an object with label and url");
                continue;
            }
            var url = trim(attachment.url());
            if (!webAddress(url)) problems.add(path + ".url", "must be an http or https address, got " + attachment.url());
            var label = optional(problems, path + ".label", attachment.label(), MAX_TITLE);
            out.add(new Attachment(label == null ? url : label, url));
        }
        return out;
    }

    private static List<RequestLink> links(Problems problems, List<RequestLink> given, LinkTargets targets) {
        if (given.size() > MAX_LINKS) problems.add("links", "at most " + MAX_LINKS + " links");
        var out = new ArrayList<RequestLink>();
        for (int i = 0; i < given.size() && i < MAX_LINKS; i++) {
            var path = "links[" + i + "]";
            var link = given.get(i);
            var kind = link == null ? null : trim(link.kind());
            if (kind == null || !RequestLink.KINDS.contains(kind)) {
                problems.add(path + ".kind", oneOf(link == null ? null : link.kind(), String.join(", ", RequestLink.KINDS)));
                continue;
            }
            var checked = link(problems, path, kind, link, targets);
            if (checked != null) out.add(checked);
        }
        return out;
    }

    private static RequestLink link(Problems problems, String path, String kind, RequestLink link, LinkTargets targets) {
        if (kind.equals("goal")) {
            if (link.id() == null) problems.add(path + ".id", "name the goal by its id");
            return link.id() == null ? null : new RequestLink(kind, null, link.id(), null);
        }
        if (link.spaceId() == null) {
            problems.add(path + ".space_id", "name the space the " + kind + " is in");
            return null;
        }
        boolean experiment = kind.equals("experiment");
        var key = experiment ? trim(link.key()) : null;
        if (experiment ? key == null : link.id() == null) {
            problems.add(path + (experiment ? ".key" : ".id"), experiment ? "name the experiment by its key" : "name the " + kind + " by its id");
            return null;
        }
        var id = experiment ? null : link.id();
        if (!targets.exists(kind, link.spaceId(), id, key)) {
            problems.add(path, "no " + kind + " " + (experiment ? key : id) + " in space " + link.spaceId());
            return null;
        }
        return new RequestLink(kind, link.spaceId(), id, key);
    }

    /** A calendar date, yyyy-mm-dd; null when not given. */
    static LocalDate date(Problems problems, String path, String raw) {
        var text = trim(raw);
        if (text == null) return null;
        try {
            return LocalDate.parse(text);
        } catch (DateTimeParseException e) {
            problems.add(path, "must be a date like 2026-03-31, got " + raw);
            return null;
        }
    }

    static String required(Problems problems, String path, String raw, int max) {
        var text = trim(raw);
        if (text == null) {
            problems.add(path, "is required");
            return null;
        }
        return limited(problems, path, text, max);
    }

    static String optional(Problems problems, String path, String raw, int max) {
        var text = trim(raw);
        return text == null ? null : limited(problems, path, text, max);
    }

    private static String limited(Problems problems, String path, String text, int max) {
        if (text.length() > max) problems.add(path, "must be at most " + max + " characters, got " + text.length());
        return text;
    }

    private static boolean webAddress(String url) {
        if (url == null) return false;
        try {
            var uri = new URI(url);
            var scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
            return (scheme.equals("http") || scheme.equals("https")) && uri.getHost() != null;
        } catch (URISyntaxException e) {
            return false;
        }
    }

    private static String oneOf(String given, String allowed) {
        return given == null || given.isBlank() ? "is required; one of " + allowed : "must be one of " + allowed + ", got " + given;
    }

    static String trim(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }
}
