package dev.duet.web;

import io.javalin.Javalin;
import io.javalin.config.RoutesConfig;
import io.javalin.json.JavalinJackson;
import org.eclipse.jetty.server.Handler;
import org.eclipse.jetty.server.Server;

import java.util.List;
import java.util.function.Consumer;

/**
 * Duet's HTTP server: Javalin on Jetty with virtual threads, JSON errors everywhere, bounded request bodies. Feature
 * routes are handed in by the composition root; this class knows none of them. So are Jetty core handlers that sit in
 * front of Javalin's servlet context: a hot path that answers some requests straight from memory skips the servlet
 * and routing layers (about half the cost of a request) and passes every other request on.
 */
public final class WebServer {

    private final Javalin app;

    public WebServer(long maxBodyBytes, List<Consumer<RoutesConfig>> features) {
        this(maxBodyBytes, features, List.of());
    }

    /**
     * {@code frontHandlers} run before Javalin, the first outermost; each answers what it can (returning true from
     * {@code handle}) and otherwise calls its wrapped handler, which ends in Javalin's servlet context.
     */
    public WebServer(long maxBodyBytes, List<Consumer<RoutesConfig>> features, List<Handler.Wrapper> frontHandlers) {
        this.app = Javalin.create(config -> {
            config.jetty.modifyServer(server -> placeInFront(server, frontHandlers));
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

    /**
     * Javalin attaches its servlet context to the innermost wrapper of the server's handler once these hooks ran
     * (see JettyServer.attachHandler in Javalin 7), so chaining the wrappers here puts them in front of it.
     */
    private static void placeInFront(Server server, List<Handler.Wrapper> handlers) {
        Handler inner = server.getHandler();
        for (int i = handlers.size() - 1; i >= 0; i--) {
            var wrapper = handlers.get(i);
            if (inner != null) wrapper.setHandler(inner);
            inner = wrapper;
        }
        if (inner != null) server.setHandler(inner);
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
