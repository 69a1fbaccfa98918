package dev.duet.collab.requests;

import dev.duet.access.Team;

import java.time.LocalDate;
import java.util.List;

/** A filing that passed {@link RequestRules}: every value present, parsed and trimmed. */
record Draft(String title, RequestType type, Team toTeam, Priority priority, Brief brief, LocalDate dueDate,
             String dueReason, List<Attachment> attachments, List<RequestLink> links) {
}
