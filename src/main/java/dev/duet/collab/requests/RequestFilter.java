package dev.duet.collab.requests;

import dev.duet.access.Team;

/**
 * What the list shows: each field null for "any". {@code state} is the state people see (new includes snoozed
 * requests whose date has come); {@code overdue} true keeps open requests past their due date; {@code q} searches the
 * title and the brief.
 */
public record RequestFilter(RequestState state, RequestType type, Team team, Long assigneeId, Long requesterId,
                            Priority priority, Boolean overdue, String q, Sort sort) {

    public static final RequestFilter ALL = new RequestFilter(null, null, null, null, null, null, null, null, Sort.NEWEST);

    /** List orders: newest first, due date (soonest first, undated last), priority (urgent first), age (oldest first). */
    public enum Sort {
        NEWEST("newest"), DUE("due"), PRIORITY("priority"), AGE("age");

        private final String id;

        Sort(String id) {
            this.id = id;
        }

        public String id() {
            return id;
        }

        public static java.util.Optional<Sort> of(String id) {
            return java.util.Arrays.stream(values()).filter(sort -> sort.id.equals(id)).findFirst();
        }
    }
}
