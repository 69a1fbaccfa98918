package dev.duet.collab.requests;

import java.util.List;

/** A request with its comments and watchers, as its detail panel shows it. */
public record RequestDetail(Request request, List<RequestComment> comments, List<Person> watchers) {

    public RequestDetail {
        comments = List.copyOf(comments);
        watchers = List.copyOf(watchers);
    }
}
