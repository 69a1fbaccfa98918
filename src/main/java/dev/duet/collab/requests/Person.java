package dev.duet.collab.requests;

/** Someone on a request (its requester, assignee, a watcher or comment author), as the request recorded them. */
public record Person(Long id, String email) {
}
