package dev.duet.app;

import dev.duet.access.Role;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;

import java.time.Clock;

/** {@code duet demo}: starts Duet on the embedded database with a demo space a newcomer can click through. */
@Command(name = "demo", description = "Start Duet with a demo space (creates it and an admin on first run).")
final class DemoCommand extends CliCommand {

    static final String ADMIN_EMAIL = "admin@duet.local";
    static final String ADMIN_PASSWORD = "duet-demo-admin";

    @Mixin
    ServerOptions options;

    /** The demo archive bundled with Duet: the Acme Cloud marketing site. */
    static final String DEMO_ARCHIVE = "/demo/acme-space.json";

    static dev.duet.content.Space importDemo(Wiring wiring) {
        try (var in = DemoCommand.class.getResourceAsStream(DEMO_ARCHIVE)) {
            return wiring.spaceImport.read(in, dev.duet.transfer.Progress.NONE).space();
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException("the demo archive is missing from this build", e);
        }
    }

    @Override
    public Integer call() {
        var wiring = new Wiring(options.config(), Clock.systemUTC());
        if (wiring.users.count() == 0) wiring.users.create(ADMIN_EMAIL, "Demo Admin", Role.ADMIN, ADMIN_PASSWORD);
        var space = wiring.spaces.list().stream().findFirst().orElseGet(() -> importDemo(wiring));
        var server = StartCommand.serve(wiring);
        var url = StartCommand.url(wiring, server.port());
        out().println("""
                Duet demo is running at %s
                  sign in:  %s / %s   (POST %sapi/auth/login)
                  space:    %s (id %d)""".formatted(url, ADMIN_EMAIL, ADMIN_PASSWORD, url, space.name(), space.id()));
        wiring.spaces.tokens(space.id()).forEach(token ->
                out().println("  %-8s  %s token: %s".formatted("", token.access(), token.token())));
        out().println("  data:     " + wiring.config.dataDir());
        return 0;
    }
}
