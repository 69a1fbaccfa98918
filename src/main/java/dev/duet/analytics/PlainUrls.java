package dev.duet.analytics;

import java.util.Locale;

/**
 * The host of a referrer written the plain way nearly every browser sends it ({@code https://www.google.com/search?q=x}),
 * read without {@link java.net.URI}, whose full parse showed in the profile of event intake. Only URLs this class is
 * sure {@code URI} would read alike get an answer: http or https, a host of dot-separated labels of letters, digits and
 * inner hyphens whose last label starts with a letter, an optional port, then a path and query of unreserved and
 * sub-delimiter characters only. Anything else (user info, IP literals, percent escapes, fragments, other characters)
 * gets {@code null}, and the caller asks {@code URI}.
 */
final class PlainUrls {

    private PlainUrls() {
    }

    /** The lower-cased host of {@code url}, or {@code null} when the URL is not plain (not necessarily invalid). */
    static String host(String url) {
        int start = schemeEnd(url);
        if (start < 0) return null;
        int end = start;
        while (end < url.length() && isHostCharacter(url.charAt(end))) end++;
        if (!isHostName(url, start, end)) return null;
        int rest = end;
        if (rest < url.length() && url.charAt(rest) == ':') {
            int port = ++rest;
            while (rest < url.length() && isDigit(url.charAt(rest))) rest++;
            if (rest - port > 5) return null;
        }
        if (rest < url.length() && url.charAt(rest) != '/' && url.charAt(rest) != '?') return null;
        for (int i = rest; i < url.length(); i++) {
            if (!isPlainPathCharacter(url.charAt(i))) return null;
        }
        return url.substring(start, end).toLowerCase(Locale.ROOT);
    }

    /** Where the authority starts after {@code http://} or {@code https://} (any case), or -1. */
    private static int schemeEnd(String url) {
        if (url.regionMatches(true, 0, "https://", 0, 8)) return 8;
        if (url.regionMatches(true, 0, "http://", 0, 7)) return 7;
        return -1;
    }

    /** Dot-separated labels of letters, digits and inner hyphens, the last starting with a letter (not an IP address). */
    private static boolean isHostName(String url, int start, int end) {
        int labelStart = start;
        for (int i = start; i <= end; i++) {
            if (i < end && url.charAt(i) != '.') continue;
            if (i == labelStart || url.charAt(labelStart) == '-' || url.charAt(i - 1) == '-') return false;
            if (i == end) return isLetter(url.charAt(labelStart));
            labelStart = i + 1;
        }
        return false;
    }

    private static boolean isHostCharacter(char c) {
        return isLetter(c) || isDigit(c) || c == '-' || c == '.';
    }

    /** Unreserved, sub-delimiters, and the path and query separators of RFC 3986: what URI takes as it is. */
    private static boolean isPlainPathCharacter(char c) {
        return isLetter(c) || isDigit(c) || "-._~!$&'()*+,;=:@/?".indexOf(c) >= 0;
    }

    private static boolean isLetter(char c) {
        return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z');
    }

    private static boolean isDigit(char c) {
        return c >= '0' && c <= '9';
    }
}
