package dev.duet.monitoring;

/**
 * The families of HTTP routes whose traffic is told apart in the metrics: sites reading content, sites sending events,
 * programs and the admin app calling the management API, the admin app's files, and everything else.
 */
public enum RouteGroup {
    DELIVERY("delivery"),
    EVENTS("events"),
    MANAGEMENT("management"),
    ADMIN("admin"),
    OTHER("other");

    private final String id;

    RouteGroup(String id) {
        this.id = id;
    }

    public String id() {
        return id;
    }

    /** The group of a request path; prefix checks only, so it costs a few comparisons and allocates nothing. */
    public static RouteGroup of(String path) {
        if (path == null) return OTHER;
        if (path.startsWith("/v2/cdn")) return DELIVERY;
        if (path.startsWith("/v2/events")) return EVENTS;
        if (path.startsWith("/api/")) return MANAGEMENT;
        if (path.startsWith("/admin")) return ADMIN;
        return OTHER;
    }
}
