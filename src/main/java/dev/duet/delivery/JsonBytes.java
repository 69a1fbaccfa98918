package dev.duet.delivery;

import com.fasterxml.jackson.core.io.JsonStringEncoder;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;

/**
 * A growable UTF-8 buffer for assembling JSON from ready parts: delivery answers are mostly pre-rendered story bytes
 * glued together, which a generator cannot do without re-encoding them. Not thread-safe; one per answer.
 */
final class JsonBytes {

    private byte[] bytes;
    private int length;

    JsonBytes(int capacity) {
        bytes = new byte[Math.max(capacity, 64)];
    }

    JsonBytes raw(byte[] source) {
        return raw(source, 0, source.length);
    }

    JsonBytes raw(byte[] source, int offset, int count) {
        ensure(count);
        System.arraycopy(source, offset, bytes, length, count);
        length += count;
        return this;
    }

    /** ASCII text that needs no escaping: punctuation, keys, numbers. */
    JsonBytes ascii(String text) {
        ensure(text.length());
        for (int i = 0; i < text.length(); i++) bytes[length++] = (byte) text.charAt(i);
        return this;
    }

    JsonBytes key(String name) {
        return ascii("\"").ascii(name).ascii("\":");
    }

    JsonBytes string(String text) {
        if (text == null) return ascii("null");
        ensure(text.length() + 2);
        bytes[length++] = '"';
        raw(JsonStringEncoder.getInstance().quoteAsUTF8(text));
        return ascii("\"");
    }

    JsonBytes number(long value) {
        return ascii(Long.toString(value));
    }

    JsonBytes bool(boolean value) {
        return ascii(value ? "true" : "false");
    }

    JsonBytes strings(List<String> values) {
        ascii("[");
        for (int i = 0; i < values.size(); i++) {
            if (i > 0) ascii(",");
            string(values.get(i));
        }
        return ascii("]");
    }

    /** Raw JSON text (stored JSON, known to be valid) or null. */
    JsonBytes json(String text) {
        return text == null ? ascii("null") : raw(text.getBytes(StandardCharsets.UTF_8));
    }

    /** Removes a trailing comma, so loops can write one after every element. */
    JsonBytes dropTrailingComma() {
        if (length > 0 && bytes[length - 1] == ',') length--;
        return this;
    }

    int length() {
        return length;
    }

    byte[] toBytes() {
        return Arrays.copyOf(bytes, length);
    }

    private void ensure(int extra) {
        if (length + extra > bytes.length) bytes = Arrays.copyOf(bytes, Math.max(bytes.length * 2, length + extra));
    }
}
