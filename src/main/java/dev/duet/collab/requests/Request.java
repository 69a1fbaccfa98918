package dev.duet.collab.requests;

import dev.duet.access.Team;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.List;

/**
 * A request as stored. {@link #state(LocalDate)} is the state people see: a snoozed request whose date has come is
 * new again. Due-date warnings are for open requests only.
 */
public record Request(long id, String title, RequestType type, Team toTeam, Priority priority, RequestState storedState,
                      String stateReason, LocalDate snoozedUntil, Long duplicateOf, Brief brief, LocalDate dueDate,
                      String dueReason, Person requester, Person assignee, List<Attachment> attachments,
                      List<RequestLink> links, long rank, long version, Instant deliveredAt, Instant createdAt,
                      Instant updatedAt) {

    /** Days a warning of a coming due date is given ahead. */
    public static final int DUE_SOON_DAYS = 3;

    public Request {
        attachments = List.copyOf(attachments);
        links = List.copyOf(links);
    }

    public RequestState state(LocalDate today) {
        boolean woke = storedState == RequestState.SNOOZED && snoozedUntil != null && !snoozedUntil.isAfter(today);
        return woke ? RequestState.NEW : storedState;
    }

    public long ageDays(Instant now) {
        return Math.max(0, ChronoUnit.DAYS.between(createdAt.atZone(ZoneOffset.UTC).toLocalDate(),
                now.atZone(ZoneOffset.UTC).toLocalDate()));
    }

    public boolean overdue(LocalDate today) {
        return dueDate != null && !state(today).closed() && dueDate.isBefore(today);
    }

    public boolean dueSoon(LocalDate today) {
        return dueDate != null && !state(today).closed() && !dueDate.isBefore(today)
                && !dueDate.isAfter(today.plusDays(DUE_SOON_DAYS));
    }

    public boolean filedBy(long userId) {
        return requester.id() != null && requester.id() == userId;
    }
}
