package dev.duet.web;

import io.javalin.Javalin;
import io.javalin.config.RoutesConfig;
import io.javalin.json.JavalinJackson;

import java.util.List;
import java.util.function.Consumer;

/**
 * Duet's HTTP server: Javalin on Jetty with virtual threads, JSON errors everywhere, bounded request bodies. Feature
 * routes are handed in by the composition root; this class knows none of them.
 */
public final class WebServer {

    private final Javalin app;

    public WebServer(long maxBodyBytes, List<Consumer<RoutesConfig>> features) {
        this.app = Javalin.create(config -> {
            config.jsonMapper(new JavalinJackson(Json.mapper(), true));
            config.concurrency.useVirtualThreads = true;
            config.http.maxRequestSize = maxBodyBytes;
            config.http.defaultContentType = "application/json";
            config.startup.showJavalinBanner = false;
            config.router.ignoreTrailingSlashes = true;
            WebErrors.register(config.routes);
            features.forEach(feature -> feature.accept(config.routes));
        });
    }

    public WebServer start(String host, int port) {
        app.start(host, port);
        return this;
    }

    /** One registered HTTP endpoint and the roles it declared, for documentation and access checks. */
    public record EndpointInfo(String method, String path, java.util.Set<io.javalin.security.RouteRole> roles) {
    }

    /** Every HTTP endpoint of the running server (before/after filters excluded). */
    public List<EndpointInfo> endpoints() {
        return app.unsafe.internalRouter.allHttpHandlers().stream()
                .map(parsed -> parsed.endpoint)
                .filter(endpoint -> endpoint.method.isHttpMethod())
                .map(endpoint -> {
                    var roles = endpoint.metadata(io.javalin.security.Roles.class);
                    return new EndpointInfo(endpoint.method.name(), endpoint.path,
                            roles == null ? java.util.Set.of() : roles.getRoles());
                })
                .toList();
    }

    public int port() {
        return app.port();
    }

    public void stop() {
        app.stop();
    }
}
