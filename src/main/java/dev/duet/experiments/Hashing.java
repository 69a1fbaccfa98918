package dev.duet.experiments;

/**
 * GrowthBook's public hashing, so that a GrowthBook SDK in a site and Duet's delivery API put a visitor in the same
 * bucket: FNV-1a 32 over UTF-16 code units (Java's {@code char}, as JavaScript's {@code charCodeAt}).
 */
public final class Hashing {

    private static final int FNV_OFFSET = 0x811c9dc5;
    private static final int FNV_PRIME = 0x01000193;

    private Hashing() {
    }

    /** FNV-1a 32 of {@code text}, as an unsigned value. */
    public static long fnv1a32(CharSequence text) {
        int hash = FNV_OFFSET;
        for (int i = 0; i < text.length(); i++) {
            hash ^= text.charAt(i);
            hash *= FNV_PRIME;
        }
        return Integer.toUnsignedLong(hash);
    }

    /**
     * A number in [0, 1) for {@code value} under {@code seed}: version 1 is {@code (fnv(value + seed) % 1000) / 1000},
     * version 2 is {@code (fnv(str(fnv(seed + value))) % 10000) / 10000}. Other versions have no hash: {@code NaN}.
     */
    public static double hash(String seed, String value, int version) {
        return switch (version) {
            case 1 -> (fnv1a32(value + seed) % 1000) / 1000.0;
            case 2 -> (fnv1a32(Long.toString(fnv1a32(seed + value))) % 10000) / 10000.0;
            default -> Double.NaN;
        };
    }
}
