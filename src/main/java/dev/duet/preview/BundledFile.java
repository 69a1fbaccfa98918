package dev.duet.preview;

import io.javalin.http.Context;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/**
 * A file shipped inside Duet's jar, read once at start and answered from memory with a strong ETag (the hash of its
 * bytes), so browsers revalidate cheaply and a new Duet version is never hidden by a cached copy.
 */
final class BundledFile {

    private final byte[] bytes;
    private final String contentType;
    private final String etag;

    private BundledFile(byte[] bytes, String contentType) {
        this.bytes = bytes;
        this.contentType = contentType;
        this.etag = "\"" + HexFormat.of().formatHex(sha256(bytes), 0, 12) + "\"";
    }

    /** Reads a classpath resource; a build without it cannot serve the feature, so start-up stops. */
    static BundledFile load(String resource, String contentType) {
        try (var in = BundledFile.class.getResourceAsStream(resource)) {
            if (in == null) throw new IllegalStateException(resource + " is missing from this build");
            return new BundledFile(in.readAllBytes(), contentType);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Answers with the file, or 304 when the browser's copy is current. */
    void answer(Context ctx, String cacheControl) {
        ctx.header("Cache-Control", cacheControl);
        ctx.header("ETag", etag);
        ctx.header("X-Content-Type-Options", "nosniff");
        if (matches(ctx.header("If-None-Match"))) {
            ctx.status(304);
            return;
        }
        ctx.contentType(contentType).result(bytes);
    }

    private boolean matches(String ifNoneMatch) {
        if (ifNoneMatch == null) return false;
        for (var tag : ifNoneMatch.split(",")) {
            var candidate = tag.strip();
            if (candidate.startsWith("W/")) candidate = candidate.substring(2);
            if (candidate.equals("*") || candidate.equals(etag)) return true;
        }
        return false;
    }

    private static byte[] sha256(byte[] bytes) {
        try {
            return MessageDigest.getInstance("SHA-256").digest(bytes);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is not available in this JVM", e);
        }
    }
}
