package dev.duet.localization;

import com.fasterxml.jackson.databind.JsonNode;
import dev.duet.web.Json;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/** A fingerprint of a field's source value, kept with a translation to notice when the source changes later. */
final class SourceHash {

    private SourceHash() {
    }

    static String of(JsonNode source) {
        var text = source == null ? "null" : Json.write(source);
        try {
            var digest = MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(digest);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every JVM has SHA-256", e);
        }
    }
}
