package dev.duet.analytics;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.exc.StreamConstraintsException;
import com.fasterxml.jackson.databind.JsonNode;
import dev.duet.failure.DuetException;
import dev.duet.failure.InvalidInput;
import dev.duet.web.Json;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Reads the body of {@code POST /v2/events}: {@code {"events": [...]}} or a bare array, sent as
 * {@code application/json} or as {@code text/plain} (what {@code navigator.sendBeacon} sends for a string), at most
 * {@link #MAX_BYTES} bytes and {@link #MAX_EVENTS} events. The body is read with its own bound, so the limit holds
 * whatever the server-wide body limit is.
 */
final class EventBodies {

    static final int MAX_EVENTS = 1000;
    static final int MAX_BYTES = 1024 * 1024;
    /** How much of a body over the limit is read and dropped before answering 413; beyond, the connection is closed. */
    private static final long DRAIN_BYTES = 8L * MAX_BYTES;

    /** A body over the limits: answered 413, nothing stored. */
    static final class TooLarge extends DuetException {
        TooLarge(String message) {
            super(Kind.TOO_LARGE, message);
        }
    }

    /** A body of a type that is neither JSON nor plain text: answered 415. */
    static final class UnsupportedType extends DuetException {
        UnsupportedType(String type) {
            super(Kind.UNSUPPORTED_TYPE, "send events as application/json or text/plain (got " + type + ")");
        }
    }

    private EventBodies() {
    }

    static void checkType(String contentType) {
        if (contentType == null || contentType.isBlank()) return;
        var type = contentType.toLowerCase(Locale.ROOT).split(";")[0].strip();
        if (!type.equals("application/json") && !type.equals("text/plain")) throw new UnsupportedType(type);
    }

    /** The events of the body, each as sent (validated one by one later). */
    static List<JsonNode> read(InputStream body, long declaredLength) {
        byte[] bytes;
        try {
            bytes = body.readNBytes(MAX_BYTES + 1);
            if (bytes.length > MAX_BYTES || declaredLength > MAX_BYTES) {
                // read what is left (up to a bound) so a client still sending its body gets the 413, not a reset
                long sent = declaredLength < 0 ? DRAIN_BYTES : Math.min(declaredLength, DRAIN_BYTES);
                body.skipNBytes(Math.max(0, sent - bytes.length));
                throw tooManyBytes();
            }
        } catch (java.io.EOFException e) {
            throw tooManyBytes();
        } catch (IOException e) {
            throw new UncheckedIOException("reading the events body failed", e);
        }
        if (bytes.length == 0) throw new InvalidInput("request body is empty; send {\"events\": [...]}");
        var events = eventsOf(parse(bytes));
        if (events.size() > MAX_EVENTS) {
            throw new TooLarge("at most " + MAX_EVENTS + " events per request (got " + events.size() + "); send several requests");
        }
        var list = new ArrayList<JsonNode>(events.size());
        events.forEach(list::add);
        return list;
    }

    private static JsonNode parse(byte[] bytes) {
        try {
            var tree = Json.mapper().readTree(bytes);
            if (tree == null || tree.isMissingNode()) throw new InvalidInput("request body is empty; send {\"events\": [...]}");
            return tree;
        } catch (StreamConstraintsException e) {
            throw new InvalidInput("request body is nested too deeply (more than " + Json.MAX_NESTING + " levels)");
        } catch (JsonProcessingException e) {
            throw new InvalidInput("malformed JSON: " + e.getOriginalMessage());
        } catch (IOException e) {
            throw new UncheckedIOException("reading the events body failed", e);
        }
    }

    private static JsonNode eventsOf(JsonNode tree) {
        if (tree.isArray()) return tree;
        var events = tree.isObject() ? tree.get("events") : null;
        if (events == null || !events.isArray()) throw InvalidInput.field("events", "required: an array of events");
        return events;
    }

    private static TooLarge tooManyBytes() {
        return new TooLarge("the body is larger than " + MAX_BYTES + " bytes; send fewer events per request");
    }
}
