package dev.duet.delivery;

/**
 * Cross-origin access for sites calling delivery from the browser: any origin may read (tokens in URLs are public by
 * design), and the paging headers are exposed so clients can read {@code total} and {@code per-page}.
 */
final class Cors {

    static final String ALLOW_ORIGIN = "Access-Control-Allow-Origin";
    static final String EXPOSE_HEADERS = "Access-Control-Expose-Headers";
    static final String ALLOW_METHODS = "Access-Control-Allow-Methods";
    static final String ALLOW_HEADERS = "Access-Control-Allow-Headers";
    static final String MAX_AGE = "Access-Control-Max-Age";
    static final String ANY = "*";
    static final String EXPOSED = "total, per-page";
    static final String METHODS = "GET, HEAD, OPTIONS";
    static final String PREFLIGHT_MAX_AGE = "86400";
    static final String CONTENT_TYPE = "application/json;charset=utf-8";

    private Cors() {
    }
}
