package dev.duet.collab.requests;

import java.util.List;

/** What people send. Everything is read as text first so that {@link RequestRules} can name each problem. */
public final class RequestInput {

    private RequestInput() {
    }

    /** A request to file, or the new whole of one (with the {@code version} it was based on). */
    public record Filing(String title, String type, String toTeam, String priority, Brief brief, String dueDate,
                         String dueReason, List<Attachment> attachments, List<RequestLink> links, Long version) {
        public Filing {
            attachments = attachments == null ? List.of() : attachments;
            links = links == null ? List.of() : links;
        }
    }

    /** Accepting; optionally naming who will do it. */
    public record Accept(Long assigneeId) {
    }

    /** Rejecting, and why (required). */
    public record Reject(String reason) {
    }

    /** Snoozing until a date (required, after today). */
    public record Snooze(String until, String reason) {
    }

    /** Marking as a duplicate of another request (required, must exist, not itself). */
    public record Duplicate(Long of) {
    }

    /**
     * Moving a card on the board: to a column ({@code state}) at a position (0 = top; past the end = bottom), based on
     * {@code version}; {@code reason} is required when the column is blocked.
     */
    public record Move(String state, Integer position, Long version, String reason) {
    }

    /** Assigning (a user id) or unassigning (null). */
    public record Assign(Long assigneeId) {
    }

    /** A comment's text. */
    public record Comment(String text) {
    }
}
