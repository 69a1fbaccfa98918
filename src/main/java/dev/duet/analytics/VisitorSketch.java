package dev.duet.analytics;

import java.nio.ByteBuffer;
import java.util.Arrays;

/**
 * The distinct visitors of one story (or space) on one day, kept small enough to update per batch and to merge over
 * any range of days. Up to {@link #EXACT_LIMIT} visitors it holds their 64-bit hashes and counts exactly; beyond, it
 * becomes a HyperLogLog of {@code 2^}{@link #PRECISION} registers (4 KiB) whose estimate has a standard error of
 * about 1.6 %. Merging is a union either way, so the visitors of a month are the merge of its days' sketches.
 * Not thread-safe.
 */
public final class VisitorSketch {

    static final int PRECISION = 12;
    static final int REGISTERS = 1 << PRECISION;
    /** Hashes kept exactly: as many bytes as the registers take, so the exact form is never the larger one. */
    static final int EXACT_LIMIT = REGISTERS / Long.BYTES;

    private static final byte EXACT = 1;
    private static final byte DENSE = 2;

    /** Sorted distinct hashes while exact; null once dense. */
    private long[] hashes = new long[8];
    private int size;
    /** The HyperLogLog registers once dense; null while exact. */
    private byte[] registers;

    public static VisitorSketch empty() {
        return new VisitorSketch();
    }

    /** The sketch stored as {@link #bytes()}. */
    public static VisitorSketch of(byte[] stored) {
        var sketch = new VisitorSketch();
        if (stored == null || stored.length == 0) return sketch;
        var buffer = ByteBuffer.wrap(stored);
        switch (buffer.get()) {
            case EXACT -> {
                while (buffer.remaining() >= Long.BYTES) sketch.addHash(buffer.getLong());
            }
            case DENSE -> {
                if (buffer.remaining() != REGISTERS) throw new IllegalArgumentException("a dense visitor sketch has " + REGISTERS + " registers");
                sketch.registers = new byte[REGISTERS];
                buffer.get(sketch.registers);
                sketch.hashes = null;
            }
            default -> throw new IllegalArgumentException("not a visitor sketch");
        }
        return sketch;
    }

    public byte[] bytes() {
        if (registers != null) {
            return ByteBuffer.allocate(1 + REGISTERS).put(DENSE).put(registers).array();
        }
        var buffer = ByteBuffer.allocate(1 + size * Long.BYTES).put(EXACT);
        for (int i = 0; i < size; i++) buffer.putLong(hashes[i]);
        return buffer.array();
    }

    public void add(String visitor) {
        addHash(hash(visitor));
    }

    /** Adds every visitor of {@code other} to this one. */
    public void merge(VisitorSketch other) {
        if (other.registers != null) {
            densify();
            for (int i = 0; i < REGISTERS; i++) registers[i] = (byte) Math.max(registers[i], other.registers[i]);
        } else {
            for (int i = 0; i < other.size; i++) addHash(other.hashes[i]);
        }
    }

    /** How many distinct visitors were added: exact up to {@link #EXACT_LIMIT}, estimated beyond. */
    public long count() {
        if (registers == null) return size;
        double sum = 0;
        int zeros = 0;
        for (byte register : registers) {
            sum += Math.scalb(1.0, -register);
            if (register == 0) zeros++;
        }
        double alpha = 0.7213 / (1 + 1.079 / REGISTERS);
        double estimate = alpha * REGISTERS * (double) REGISTERS / sum;
        // small cardinalities: linear counting on the empty registers is the better estimate (Flajolet et al. 2007)
        if (estimate <= 2.5 * REGISTERS && zeros > 0) estimate = REGISTERS * Math.log((double) REGISTERS / zeros);
        return Math.round(estimate);
    }

    /** Adds a visitor by its {@link #hash}: for callers adding one visitor to several sketches. */
    void addHash(long hash) {
        if (registers != null) {
            addToRegisters(hash);
            return;
        }
        int at = Arrays.binarySearch(hashes, 0, size, hash);
        if (at >= 0) return;
        if (size == EXACT_LIMIT) {
            densify();
            addToRegisters(hash);
            return;
        }
        int insert = -at - 1;
        if (size == hashes.length) hashes = Arrays.copyOf(hashes, Math.min(EXACT_LIMIT, size * 2));
        System.arraycopy(hashes, insert, hashes, insert + 1, size - insert);
        hashes[insert] = hash;
        size++;
    }

    private void densify() {
        if (registers != null) return;
        registers = new byte[REGISTERS];
        for (int i = 0; i < size; i++) addToRegisters(hashes[i]);
        hashes = null;
        size = 0;
    }

    private void addToRegisters(long hash) {
        int index = (int) (hash >>> (Long.SIZE - PRECISION));
        long rest = hash << PRECISION;
        int rank = Math.min(Long.numberOfLeadingZeros(rest), Long.SIZE - PRECISION) + 1;
        if (rank > registers[index]) registers[index] = (byte) rank;
    }

    /** FNV-1a (64-bit) over the UTF-16 code units, then MurmurHash3's finaliser so every bit depends on every input bit. */
    static long hash(String visitor) {
        long hash = 0xcbf29ce484222325L;
        for (int i = 0; i < visitor.length(); i++) {
            hash ^= visitor.charAt(i);
            hash *= 0x100000001b3L;
        }
        hash ^= hash >>> 33;
        hash *= 0xff51afd7ed558ccdL;
        hash ^= hash >>> 33;
        hash *= 0xc4ceb9fe1a85ec53L;
        hash ^= hash >>> 33;
        return hash;
    }
}
