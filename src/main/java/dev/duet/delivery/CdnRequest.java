package dev.duet.delivery;

/**
 * A delivery request as both servers see it: the path after {@code /v2/cdn/} (decoded, without a trailing slash),
 * the raw and parsed query, {@code If-None-Match} and {@code X-Duet-Visitor}.
 */
record CdnRequest(String path, String rawQuery, QueryParams params, String ifNoneMatch, String visitorHeader) {

    static final String BASE = "/v2/cdn";

    static CdnRequest of(String rawPath, String rawQuery, String ifNoneMatch) {
        return of(rawPath, rawQuery, ifNoneMatch, null);
    }

    static CdnRequest of(String rawPath, String rawQuery, String ifNoneMatch, String visitorHeader) {
        var rest = rawPath.length() <= BASE.length() + 1 ? "" : rawPath.substring(BASE.length() + 1);
        while (rest.endsWith("/")) rest = rest.substring(0, rest.length() - 1);
        return new CdnRequest(QueryParams.decode(rest, 0, rest.length(), false), rawQuery, QueryParams.parse(rawQuery),
                ifNoneMatch, visitorHeader);
    }

    /** This request's URL with {@code cv} set to {@code cv}, every other parameter kept as sent. */
    String withCv(long cv) {
        var query = new StringBuilder();
        if (rawQuery != null) {
            for (var part : rawQuery.split("&")) {
                if (part.isEmpty() || part.equals("cv") || part.startsWith("cv=")) continue;
                query.append(part).append('&');
            }
        }
        return BASE + "/" + path + "?" + query + "cv=" + cv;
    }
}
