package dev.duet.collab.requests;

import dev.duet.access.Permission;
import dev.duet.access.Principal;
import dev.duet.access.Team;
import dev.duet.failure.StaleVersion;
import dev.duet.failure.VersionRequired;

import java.time.LocalDate;

/** Who may do what to a request, beyond the permission its route declares. Pure; thread-safe. */
final class Standing {

    private Standing() {
    }

    /** Whether {@code who} takes in requests to {@code team}: request:triage and being on that team. */
    static boolean triages(Principal who, Team team) {
        return who.may(Permission.REQUEST_TRIAGE) && Team.of(who.role()).contains(team);
    }

    static void requireTriage(Principal who, Request request) {
        if (!who.may(Permission.REQUEST_TRIAGE)) {
            throw new NotYourRequest("triaging and moving requests needs the permission request:triage");
        }
        if (!Team.of(who.role()).contains(request.toTeam())) {
            throw new NotYourRequest("request " + request.id() + " is addressed to the " + request.toTeam().id()
                    + " team; only that team triages and moves it (you are " + who.role().id() + ")");
        }
    }

    /** The requester edits while the request is new; the receiving team's triagers edit it any time. */
    static void requireEdit(Principal who, Request request, LocalDate today) {
        if (triages(who, request.toTeam())) return;
        if (!request.filedBy(who.userId())) {
            throw new NotYourRequest("only the requester or the " + request.toTeam().id() + " team may edit request " + request.id());
        }
        if (request.state(today) != RequestState.NEW) {
            throw new NotYourRequest("request " + request.id() + " is " + request.state(today).id()
                    + "; its requester edits it only while it is new (ask the " + request.toTeam().id() + " team)");
        }
    }

    static void requireVersion(Request request, Long sent) {
        if (sent == null) throw new VersionRequired("request " + request.id());
        if (sent != request.version()) throw new StaleVersion("request " + request.id(), sent, request.version());
    }
}
