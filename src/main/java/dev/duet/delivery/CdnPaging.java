package dev.duet.delivery;

/**
 * {@code page} (from 1) and {@code per_page} of a delivery list. A {@code per_page} above the endpoint's maximum is
 * lowered to it (and the {@code per-page} header says so, which keeps clients' page arithmetic right); text that is no
 * number, or a number below 1, is a 422.
 */
record CdnPaging(int page, int perPage) {

    static final int DEFAULT_PER_PAGE = 25;

    static CdnPaging of(QueryParams params, int maxPerPage) {
        int page = number(params, "page", 1);
        int perPage = number(params, "per_page", DEFAULT_PER_PAGE);
        if (page < 1) throw new BadParameter("page", "must be 1 or more, got " + page);
        if (perPage < 1) throw new BadParameter("per_page", "must be 1 or more, got " + perPage);
        return new CdnPaging(page, Math.min(perPage, maxPerPage));
    }

    long offset() {
        return (long) (page - 1) * perPage;
    }

    static int number(QueryParams params, String name, int fallback) {
        var raw = params.get(name);
        if (raw == null) return fallback;
        try {
            return Integer.parseInt(raw);
        } catch (NumberFormatException e) {
            throw new BadParameter(name, "must be a whole number, got '" + raw + "'");
        }
    }
}
