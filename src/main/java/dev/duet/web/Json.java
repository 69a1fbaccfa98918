package dev.duet.web;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.core.exc.StreamConstraintsException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.PropertyNamingStrategies;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.exc.InvalidFormatException;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import dev.duet.failure.InvalidInput;
import io.javalin.http.Context;

import java.util.stream.Collectors;

/**
 * The one JSON configuration of Duet: snake_case properties (as Storyblok's APIs), ISO dates, bounded nesting, and
 * request bodies read with errors that name the problem.
 */
public final class Json {

    /** Deep enough for any real page of nested blocks, shallow enough to stop stack-exhausting bodies. */
    public static final int MAX_NESTING = 64;

    private static final ObjectMapper MAPPER = JsonMapper.builder(com.fasterxml.jackson.core.JsonFactory.builder()
                    .streamReadConstraints(StreamReadConstraints.builder().maxNestingDepth(MAX_NESTING).build())
                    .build())
            .propertyNamingStrategy(PropertyNamingStrategies.SNAKE_CASE)
            .addModule(new JavaTimeModule())
            .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS)
            .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
            .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
            .enable(DeserializationFeature.FAIL_ON_NULL_FOR_PRIMITIVES)
            .build();

    private Json() {
    }

    /** Shared, thread-safe after configuration. */
    public static ObjectMapper mapper() {
        return MAPPER;
    }

    /** Reads the request body as {@code type}, or fails with a 400 that says what is wrong with it. */
    public static <T> T body(Context ctx, Class<T> type) {
        var text = ctx.body();
        if (text.isBlank()) throw new InvalidInput("request body is empty; send a JSON object");
        try {
            // Reading the tree first enforces the nesting limit before any binding can stop early.
            var value = MAPPER.treeToValue(MAPPER.readTree(text), type);
            if (value == null) throw new InvalidInput("request body is null; send a JSON object");
            return value;
        } catch (StreamConstraintsException e) {
            throw new InvalidInput("request body is nested too deeply (more than " + MAX_NESTING + " levels)");
        } catch (MismatchedInputException e) {
            throw InvalidInput.field(pathOf(e), describe(e));
        } catch (JsonProcessingException e) {
            throw new InvalidInput("malformed JSON: " + e.getOriginalMessage());
        }
    }

    public static JsonNode tree(String text) {
        try {
            return MAPPER.readTree(text);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("stored JSON is unreadable", e);
        }
    }

    public static String write(Object value) {
        try {
            return MAPPER.writeValueAsString(value);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("value cannot be written as JSON", e);
        }
    }

    private static String pathOf(MismatchedInputException e) {
        var path = e.getPath().stream()
                .map(ref -> ref.getFieldName() != null ? ref.getFieldName() : "[" + ref.getIndex() + "]")
                .collect(Collectors.joining("."))
                .replace(".[", "[");
        return path.isEmpty() ? "body" : path;
    }

    private static String describe(MismatchedInputException e) {
        if (e instanceof InvalidFormatException format) {
            return "cannot read " + format.getValue() + " as " + format.getTargetType().getSimpleName();
        }
        return "expected " + (e.getTargetType() == null ? "another type" : friendly(e.getTargetType()));
    }

    private static String friendly(Class<?> type) {
        if (type == String.class) return "a string";
        if (type == Long.class || type == long.class || type == Integer.class || type == int.class) return "a number";
        if (type == Boolean.class || type == boolean.class) return "true or false";
        if (java.util.Collection.class.isAssignableFrom(type)) return "an array";
        return "an object";
    }
}
