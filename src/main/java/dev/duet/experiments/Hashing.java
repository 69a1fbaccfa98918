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
    public static long fnv1a32(String text) {
        return Integer.toUnsignedLong(mix(FNV_OFFSET, text));
    }

    /**
     * A number in [0, 1) for {@code value} under {@code seed}: version 1 is {@code (fnv(value + seed) % 1000) / 1000},
     * version 2 is {@code (fnv(str(fnv(seed + value))) % 10000) / 10000}. Other versions have no hash: {@code NaN}.
     * Delivery calls this per visitor and experiment, so it allocates nothing: FNV-1a runs on over the concatenated
     * parts instead of building the strings (the same result, as the hash is a left fold over the code units).
     */
    public static double hash(String seed, String value, int version) {
        return switch (version) {
            case 1 -> (Integer.toUnsignedLong(mix(mix(FNV_OFFSET, value), seed)) % 1000) / 1000.0;
            case 2 -> (fnvOfDecimal(Integer.toUnsignedLong(mix(mix(FNV_OFFSET, seed), value))) % 10000) / 10000.0;
            default -> Double.NaN;
        };
    }

    /** FNV-1a state after {@code seed}: what {@link #hashAfterSeed} goes on from. */
    static int seedState(String seed) {
        return mix(FNV_OFFSET, seed);
    }

    /** {@code hash(seed, value, 2)}, given {@code seedState(seed)}: the seed's code units are hashed once per experiment. */
    static double hashAfterSeed(int seedState, String value) {
        return (fnvOfDecimal(Integer.toUnsignedLong(mix(seedState, value))) % 10000) / 10000.0;
    }

    private static int mix(int hash, String text) {
        for (int i = 0; i < text.length(); i++) {
            hash ^= text.charAt(i);
            hash *= FNV_PRIME;
        }
        return hash;
    }

    /**
     * FNV-1a 32 of the decimal digits of {@code value} (0 to 2^32 - 1), as {@code Long.toString} would write them. The
     * digits are packed four bits each into a long first (divisions by the constant 10 compile to multiplications),
     * then hashed from the most significant one.
     */
    private static long fnvOfDecimal(long value) {
        long packed = 0;
        int digits = 0;
        do {
            packed |= (value % 10) << (4 * digits++);
            value /= 10;
        } while (value > 0);
        int hash = FNV_OFFSET;
        for (int i = digits - 1; i >= 0; i--) {
            hash ^= '0' + (int) ((packed >>> (4 * i)) & 0xF);
            hash *= FNV_PRIME;
        }
        return Integer.toUnsignedLong(hash);
    }
}
