package dev.duet.assets;

import java.util.Optional;
import java.util.regex.Pattern;

/**
 * One byte range of a {@code Range: bytes=...} request header (videos are played by fetching pieces). Only a single
 * satisfiable range is honoured; anything else (several ranges, malformed, beyond the end) is ignored and the whole
 * file is sent, which HTTP allows.
 */
record ByteRange(long first, long last, long total) {

    private static final Pattern SINGLE = Pattern.compile("^bytes=(\\d{0,18})-(\\d{0,18})$");

    static Optional<ByteRange> parse(String header, long total) {
        if (header == null || total == 0) return Optional.empty();
        var matcher = SINGLE.matcher(header.strip());
        if (!matcher.matches() || matcher.group(1).isEmpty() && matcher.group(2).isEmpty()) return Optional.empty();
        long first;
        long last;
        if (matcher.group(1).isEmpty()) {
            long suffix = Long.parseLong(matcher.group(2));
            if (suffix == 0) return Optional.empty();
            first = Math.max(0, total - suffix);
            last = total - 1;
        } else {
            first = Long.parseLong(matcher.group(1));
            last = matcher.group(2).isEmpty() ? total - 1 : Math.min(Long.parseLong(matcher.group(2)), total - 1);
        }
        if (first >= total || first > last) return Optional.empty();
        return Optional.of(new ByteRange(first, last, total));
    }

    long length() {
        return last - first + 1;
    }

    /** The {@code Content-Range} header of the answer. */
    String contentRange() {
        return "bytes " + first + "-" + last + "/" + total;
    }
}
