package dev.duet.web;

import dev.duet.failure.NotFound;
import io.javalin.http.Context;

import java.io.IOException;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Pattern;

/**
 * Static files from one classpath folder (the admin app, WebJars, the bridge). Only names made of plain path segments
 * are looked up, so no request can climb out of the folder; files are read once and kept in memory with a strong
 * ETag, and a matching {@code If-None-Match} gets 304.
 *
 * <p>Thread-safe: the cache is a concurrent map of immutable entries.
 */
public final class ClasspathFiles {

    private static final Pattern SAFE_PATH = Pattern.compile("[A-Za-z0-9_@.~-]+(/[A-Za-z0-9_@.~-]+)*");
    private static final Map<String, String> TYPES = Map.ofEntries(
            Map.entry("html", "text/html; charset=utf-8"),
            Map.entry("js", "text/javascript; charset=utf-8"),
            Map.entry("mjs", "text/javascript; charset=utf-8"),
            Map.entry("css", "text/css; charset=utf-8"),
            Map.entry("json", "application/json"),
            Map.entry("map", "application/json"),
            Map.entry("svg", "image/svg+xml"),
            Map.entry("png", "image/png"),
            Map.entry("ico", "image/x-icon"),
            Map.entry("woff2", "font/woff2"),
            Map.entry("txt", "text/plain; charset=utf-8"));

    /** A file ready to send. */
    public record File(String path, byte[] bytes, String contentType, String etag) {
    }

    private final String folder;
    private final String cacheControl;
    private final Map<String, Optional<File>> cache = new ConcurrentHashMap<>();

    /** Serves files under the classpath {@code folder} (no leading or trailing slash) with {@code cacheControl}. */
    public ClasspathFiles(String folder, String cacheControl) {
        this.folder = folder;
        this.cacheControl = cacheControl;
    }

    /** The file at {@code path} below the folder, if there is one and the path is a plain relative file name. */
    public Optional<File> find(String path) {
        if (path == null || !SAFE_PATH.matcher(path).matches() || path.contains("..")) return Optional.empty();
        return cache.computeIfAbsent(path, this::load);
    }

    /** Answers with the file at {@code path}, or a JSON 404 naming it. */
    public void send(Context ctx, String path) {
        send(ctx, find(path).orElseThrow(() -> new NotFound("file", path)));
    }

    /** Answers with {@code file}: 304 when the client already has these bytes. */
    public void send(Context ctx, File file) {
        ctx.header("ETag", file.etag());
        ctx.header("Cache-Control", cacheControl);
        ctx.header("X-Content-Type-Options", "nosniff");
        ctx.contentType(file.contentType());
        var cached = ctx.header("If-None-Match");
        if (cached != null && cached.contains(file.etag())) {
            ctx.status(304);
            return;
        }
        ctx.result(file.bytes());
    }

    private Optional<File> load(String path) {
        var url = ClasspathFiles.class.getClassLoader().getResource(folder + "/" + path);
        try {
            if (url == null || isFolder(url)) return Optional.empty();
            try (var in = url.openStream()) {
                var bytes = in.readAllBytes();
                return Optional.of(new File(path, bytes, contentType(path), etag(bytes)));
            }
        } catch (IOException | java.net.URISyntaxException e) {
            throw new IllegalStateException("cannot read " + url, e);
        }
    }

    /** Folders resolve too (as listings in a directory, as empty entries in a jar), but are never served. */
    private static boolean isFolder(java.net.URL url) throws IOException, java.net.URISyntaxException {
        if (url.getProtocol().equals("file")) return !java.nio.file.Files.isRegularFile(java.nio.file.Path.of(url.toURI()));
        var connection = url.openConnection();
        return connection instanceof java.net.JarURLConnection jar && jar.getJarEntry().isDirectory();
    }

    private static String contentType(String path) {
        var dot = path.lastIndexOf('.');
        var extension = dot < 0 ? "" : path.substring(dot + 1).toLowerCase(Locale.ROOT);
        return TYPES.getOrDefault(extension, "application/octet-stream");
    }

    private static String etag(byte[] bytes) {
        try {
            var digest = MessageDigest.getInstance("SHA-256").digest(bytes);
            return "\"" + HexFormat.of().formatHex(digest, 0, 12) + "\"";
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every JDK", e);
        }
    }
}
