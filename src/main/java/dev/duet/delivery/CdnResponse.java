package dev.duet.delivery;

import dev.duet.web.ErrorBody;
import dev.duet.web.Json;

import java.nio.charset.StandardCharsets;

/**
 * One delivery answer, independent of the server that writes it (the Jetty fast path or a Javalin route), so both
 * write exactly the same status, headers and bytes. {@code total} and {@code perPage} are -1 when the answer is no
 * list; {@code location} is set on redirects; {@code vary} names the request header the answer depends on (null:
 * none).
 */
record CdnResponse(int status, byte[] body, String cacheControl, String etag, long total, int perPage, String location,
                   long retryAfterSeconds, String vary) {

    CdnResponse(int status, byte[] body, String cacheControl, String etag, long total, int perPage, String location,
                long retryAfterSeconds) {
        this(status, body, cacheControl, etag, total, perPage, location, retryAfterSeconds, null);
    }

    static final String NO_STORE = "no-store";
    private static final byte[] NOT_FOUND = "[\"This record could not be found\"]".getBytes(StandardCharsets.US_ASCII);

    static CdnResponse ok(byte[] body, String cacheControl, String etag) {
        return new CdnResponse(200, body, cacheControl, etag, -1, -1, null, -1);
    }

    CdnResponse paged(long totalCount, int perPageCount) {
        return new CdnResponse(status, body, cacheControl, etag, totalCount, perPageCount, location, -1, vary);
    }

    /** The same answer, marked as depending on request header {@code header}. */
    CdnResponse varying(String header) {
        return new CdnResponse(status, body, cacheControl, etag, total, perPage, location, retryAfterSeconds, header);
    }

    /** The same answer without a body, for a client that already has it. */
    CdnResponse notModified() {
        return new CdnResponse(304, null, cacheControl, etag, total, perPage, null, -1, vary);
    }

    /** The CDN's 404 body, the one Storyblok sends. */
    static CdnResponse notFound() {
        return new CdnResponse(404, NOT_FOUND, NO_STORE, null, -1, -1, null, -1);
    }

    static CdnResponse error(int status, String message, java.util.List<?> details) {
        return new CdnResponse(status, Json.write(new ErrorBody(message, details)).getBytes(StandardCharsets.UTF_8),
                NO_STORE, null, -1, -1, null, -1);
    }

    /** Over the token's rate limit: JSON, as the client's retry needs, and when to try again. */
    static CdnResponse tooManyRequests(long retryAfterSeconds) {
        var body = error(429, "Too many requests for this token; retry after " + retryAfterSeconds + " s", java.util.List.of());
        return new CdnResponse(429, body.body(), NO_STORE, null, -1, -1, null, retryAfterSeconds);
    }

    static CdnResponse redirect(String location) {
        return new CdnResponse(302, Json.write(java.util.Map.of("location", location)).getBytes(StandardCharsets.UTF_8),
                NO_STORE, null, -1, -1, location, -1);
    }

    boolean successful() {
        return status == 200 || status == 304;
    }
}
