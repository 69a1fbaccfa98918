package dev.duet.app;

import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;

import java.time.Clock;

/** {@code duet start}: migrates the database and serves Duet until stopped. */
@Command(name = "start", description = "Start Duet (runs pending migrations first).")
final class StartCommand extends CliCommand {

    private static volatile boolean serving;

    @Mixin
    ServerOptions options;

    static boolean serving() {
        return serving;
    }

    @Override
    public Integer call() {
        var wiring = new Wiring(options.config(), Clock.systemUTC());
        var server = serve(wiring);
        out().println("Duet is running at " + url(wiring, server.port()));
        return 0;
    }

    static dev.duet.web.WebServer serve(Wiring wiring) {
        var server = wiring.startServer();
        Runtime.getRuntime().addShutdownHook(new Thread(wiring::close, "duet-shutdown"));
        serving = true;
        return server;
    }

    static String url(Wiring wiring, int port) {
        var host = wiring.config.host().equals("0.0.0.0") ? "localhost" : wiring.config.host();
        return "http://" + host + ":" + port + "/";
    }
}
