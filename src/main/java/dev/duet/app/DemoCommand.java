package dev.duet.app;

import dev.duet.access.Role;
import dev.duet.content.Spaces;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;

import java.time.Clock;
import java.util.List;

/** {@code duet demo}: starts Duet on the embedded database with a demo space a newcomer can click through. */
@Command(name = "demo", description = "Start Duet with a demo space (creates it and an admin on first run).")
final class DemoCommand extends CliCommand {

    static final String ADMIN_EMAIL = "admin@duet.local";
    static final String ADMIN_PASSWORD = "duet-demo-admin";

    @Mixin
    ServerOptions options;

    @Override
    public Integer call() {
        var wiring = new Wiring(options.config(), Clock.systemUTC());
        if (wiring.users.count() == 0) wiring.users.create(ADMIN_EMAIL, "Demo Admin", Role.ADMIN, ADMIN_PASSWORD);
        var space = wiring.spaces.list().stream().findFirst().orElseGet(() ->
                wiring.spaces.create(new Spaces.Settings("Demo: Acme marketing site", "en", List.of("de"), "http://localhost:3000/")));
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
