package dev.duet.experiments;

import java.nio.charset.StandardCharsets;

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
            case 2 -> bucketAfterSeed(seedState(seed), value) / 10000.0;
            default -> Double.NaN;
        };
    }

    /** FNV-1a state after {@code seed}: what {@link #hashAfterSeed} goes on from. */
    static int seedState(String seed) {
        return mix(FNV_OFFSET, seed);
    }

    /**
     * The version-2 bucket of {@code value} in 0..9999 ({@code hash(seed, value, 2) * 10000}), given
     * {@code seedState(seed)}: the seed's code units are hashed once per experiment.
     */
    static int bucketAfterSeed(int seedState, String value) {
        return (int) (Integer.toUnsignedLong(fnvOfDecimal(mix(seedState, value))) % 10000);
    }

    /**
     * FNV-1a over {@code text}'s UTF-16 code units. A loop over {@code charAt} compiles to a slow loop in a server
     * whose {@code String.charAt} has also met non-Latin-1 strings (its cold branch stays in the loop as a call), so
     * Latin-1 text, every real visitor id, is hashed from a copy of its bytes; text with code units above 255 (written
     * as '?' in that copy) is hashed unit by unit.
     */
    private static int mix(int hash, String text) {
        byte[] latin1 = text.getBytes(StandardCharsets.ISO_8859_1);
        if (latin1.length != text.length()) return mixCodeUnits(hash, text);
        int start = hash;
        int questionMarks = 0;
        for (byte unit : latin1) {
            int codeUnit = unit & 0xFF;
            questionMarks |= (codeUnit ^ '?') - 1;
            hash ^= codeUnit;
            hash *= FNV_PRIME;
        }
        return questionMarks < 0 ? mixCodeUnits(start, text) : hash;
    }

    private static int mixCodeUnits(int hash, String text) {
        for (int i = 0; i < text.length(); i++) {
            hash ^= text.charAt(i);
            hash *= FNV_PRIME;
        }
        return hash;
    }

    /**
     * FNV-1a 32 of the decimal digits of the unsigned {@code value}, as {@code Long.toString} would write them.
     * Each digit is divided out of one of the two five-digit halves independently (divisions by constants compile to
     * multiplications), not one after another, and packed four bits each into a long. Most values have ten digits and
     * most others nine, and which is a coin toss the processor would mispredict about one time in four: so the hash of
     * the last nine digits starts either from the state after the tenth digit or from the offset, picked without a
     * branch. Shorter values (one in forty) take a loop.
     */
    static int fnvOfDecimal(int value) {
        long unsigned = Integer.toUnsignedLong(value);
        int high = (int) (unsigned / 100_000);
        int low = (int) (unsigned - high * 100_000L);
        long packed = fiveDigits(high) << 20 | fiveDigits(low);
        if (unsigned < 100_000_000L) return fnvOfDigits(packed, Math.max(1, (67 - Long.numberOfLeadingZeros(packed)) >> 2));
        int afterTenth = (FNV_OFFSET ^ ('0' + (int) (packed >>> 36))) * FNV_PRIME;
        int tenDigits = (int) ((999_999_999L - unsigned) >> 63);
        int hash = FNV_OFFSET ^ ((FNV_OFFSET ^ afterTenth) & tenDigits);
        for (int shift = 32; shift >= 0; shift -= 4) {
            hash ^= '0' + (int) ((packed >>> shift) & 0xF);
            hash *= FNV_PRIME;
        }
        return hash;
    }

    /** FNV-1a 32 of the lowest {@code digits} packed digits (four bits each), the most significant first. */
    private static int fnvOfDigits(long packed, int digits) {
        int hash = FNV_OFFSET;
        for (int shift = 4 * (digits - 1); shift >= 0; shift -= 4) {
            hash ^= '0' + (int) ((packed >>> shift) & 0xF);
            hash *= FNV_PRIME;
        }
        return hash;
    }

    /** The five decimal digits of {@code x} (below 100,000), four bits each, the most significant highest. */
    private static long fiveDigits(int x) {
        return (long) (x / 10_000) << 16 | (x / 1000 % 10) << 12 | (x / 100 % 10) << 8 | (x / 10 % 10) << 4 | x % 10;
    }
}
