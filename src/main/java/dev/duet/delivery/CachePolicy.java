package dev.duet.delivery;

/**
 * How delivery answers may be cached. A published answer to a request that names the space's current {@code cv} can
 * never change, so CDNs may keep it for a year ({@code s-maxage}) and browsers for {@code maxAge}; one without it (or
 * with an old one) must be revalidated, or is redirected to the current {@code cv} when so configured. Drafts and
 * errors are never stored. ETags are strong: for published answers they derive from the {@code cv} and the request,
 * for drafts (which change without a new {@code cv}) from the bytes.
 *
 * <p>Experiments: an answer whose variants a visitor id chose is {@code private} (browsers may keep it as any
 * published answer, shared caches must not): a CDN keying by URL would otherwise serve one visitor's variants to
 * everyone sending the same URL with the {@code X-Duet-Visitor} header, and many CDNs ignore {@code Vary} on custom
 * headers; caching it per visitor at a CDN would gain nothing anyway. Answers with a running experiment also carry
 * {@code Vary: X-Duet-Visitor}, so caches that honour it never answer a header-carrying request with the unresolved
 * (shared) answer. Delivery's own cache keeps one rendering per variant combination, never per visitor.
 */
final class CachePolicy {

    static final String REVALIDATE = "public, no-cache";
    static final String PRIVATE_REVALIDATE = "private, no-cache";

    private final String longLived;
    private final String privateLived;
    private final boolean redirectWithoutCv;

    CachePolicy(long maxAgeSeconds, boolean redirectWithoutCv) {
        this.longLived = "public, max-age=" + maxAgeSeconds + ", s-maxage=31536000";
        this.privateLived = "private, max-age=" + maxAgeSeconds;
        this.redirectWithoutCv = redirectWithoutCv;
    }

    /** Whether the request's {@code cv} parameter names the snapshot's cache version. */
    static boolean current(String cvParam, long cv) {
        if (cvParam == null) return false;
        try {
            return Long.parseLong(cvParam) == cv;
        } catch (NumberFormatException e) {
            return false;
        }
    }

    String published(String cvParam, long cv) {
        return current(cvParam, cv) ? longLived : REVALIDATE;
    }

    /** A published answer for one visitor: as long-lived in the browser as any, never in a shared cache. */
    String personal(String cvParam, long cv) {
        return current(cvParam, cv) ? privateLived : PRIVATE_REVALIDATE;
    }

    /** Whether a published request should be sent to the URL with the current {@code cv} instead of answered. */
    boolean redirects(String cvParam, long cv) {
        return redirectWithoutCv && !current(cvParam, cv);
    }

    static String etag(long cv, String path, String canonicalQuery) {
        long hash = fnv(fnv(0xcbf29ce484222325L, path), canonicalQuery);
        return "\"" + Long.toHexString(cv) + "-" + Long.toHexString(hash) + "\"";
    }

    static String contentEtag(byte[] body) {
        long hash = 0xcbf29ce484222325L;
        for (byte b : body) hash = (hash ^ (b & 0xff)) * 0x100000001b3L;
        return "\"d" + Long.toHexString(hash) + "-" + Integer.toHexString(body.length) + "\"";
    }

    /** {@code If-None-Match} as RFC 9110 reads it for GET: any listed tag (weak or strong) or {@code *}. */
    static boolean matches(String ifNoneMatch, String etag) {
        if (ifNoneMatch == null || etag == null) return false;
        for (var candidate : ifNoneMatch.split(",")) {
            var tag = candidate.strip();
            if (tag.startsWith("W/")) tag = tag.substring(2);
            if (tag.equals("*") || tag.equals(etag)) return true;
        }
        return false;
    }

    private static long fnv(long hash, String text) {
        for (int i = 0; i < text.length(); i++) hash = (hash ^ text.charAt(i)) * 0x100000001b3L;
        return (hash ^ '|') * 0x100000001b3L;
    }
}
