package dev.duet.admin;

import dev.duet.failure.NotFound;
import dev.duet.web.ClasspathFiles;
import io.javalin.config.RoutesConfig;
import io.javalin.http.Context;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Base64;
import java.util.Map;
import java.util.Properties;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Pattern;

import static dev.duet.access.Permission.PUBLIC;

/**
 * Serves the admin app: its ES modules and styles from {@code admin/} on the classpath, and the libraries it imports
 * from their WebJars under {@code /webjars/<name>/<file>} (the version is looked up, so the app's import map names
 * none). Any admin path that is not a file gets {@code index.html}, so deep links work in a single-page app. The
 * files are public; everything they show comes from the management API, which checks every call.
 */
public final class AdminRoutes {

    private static final Pattern IMPORT_MAP = Pattern.compile("<script type=\"importmap\">(.*?)</script>", Pattern.DOTALL);
    private static final Pattern WEBJAR_NAME = Pattern.compile("[a-z0-9_.-]+");

    private final ClasspathFiles app = new ClasspathFiles("admin", "no-cache");
    private final ClasspathFiles webjars = new ClasspathFiles("META-INF/resources/webjars", "public, max-age=86400");
    private final Map<String, String> webjarVersions = new ConcurrentHashMap<>();
    private final String contentSecurityPolicy;

    public AdminRoutes() {
        var index = app.find("index.html").orElseThrow(() -> new IllegalStateException("admin/index.html is missing from the build"));
        this.contentSecurityPolicy = policyFor(new String(index.bytes(), StandardCharsets.UTF_8));
    }

    public void register(RoutesConfig routes) {
        routes.get("/admin", this::index, PUBLIC);
        routes.get("/admin/<path>", this::file, PUBLIC);
        routes.get("/webjars/{name}/<path>", this::webjar, PUBLIC);
    }

    private void index(Context ctx) {
        ctx.header("Content-Security-Policy", contentSecurityPolicy);
        ctx.header("Referrer-Policy", "same-origin");
        app.send(ctx, "index.html");
    }

    /** A file of the app, or the app itself for a path without an extension (a screen of the app). */
    private void file(Context ctx) {
        var path = ctx.pathParam("path");
        var file = app.find(path);
        if (file.isPresent()) app.send(ctx, file.get());
        else if (!lastSegment(path).contains(".")) index(ctx);
        else throw new NotFound("admin file", path);
    }

    private void webjar(Context ctx) {
        var name = ctx.pathParam("name");
        var version = WEBJAR_NAME.matcher(name).matches()
                ? webjarVersions.computeIfAbsent(name, AdminRoutes::installedVersion) : "";
        if (version.isEmpty()) throw new NotFound("library", name);
        webjars.send(ctx, name + "/" + version + "/" + ctx.pathParam("path"));
    }

    /** The version of the npm WebJar {@code name} on the classpath, or "" when there is none. */
    private static String installedVersion(String name) {
        var resource = "META-INF/maven/org.webjars.npm/" + name + "/pom.properties";
        try (var in = AdminRoutes.class.getClassLoader().getResourceAsStream(resource)) {
            if (in == null) return "";
            var properties = new Properties();
            properties.load(in);
            return properties.getProperty("version", "");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String lastSegment(String path) {
        return path.substring(path.lastIndexOf('/') + 1);
    }

    /**
     * Scripts only from Duet itself, plus the inline import map by its hash; the preview frame may show any site (the
     * space's preview URL), and no other site may frame the admin app.
     */
    static String policyFor(String indexHtml) {
        var importMap = IMPORT_MAP.matcher(indexHtml);
        var scripts = importMap.find() ? " 'sha256-" + sha256(importMap.group(1)) + "'" : "";
        return "default-src 'self'; script-src 'self'" + scripts + "; style-src 'self' 'unsafe-inline'; "
                + "img-src 'self' data: blob: http: https:; frame-src http: https:; connect-src 'self'; "
                + "frame-ancestors 'none'; base-uri 'none'; form-action 'self'";
    }

    private static String sha256(String text) {
        try {
            var digest = MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8));
            return Base64.getEncoder().encodeToString(digest);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every JDK", e);
        }
    }
}
