package dev.duet.app;

import dev.duet.access.Role;
import dev.duet.failure.InvalidInput;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

import java.time.Clock;

/** {@code duet user create}: adds a user, e.g. the first admin of a fresh install. */
@Command(name = "user", description = "Manage users.", subcommands = UserCommand.Create.class)
final class UserCommand {

    @Command(name = "create", description = "Create a user. The password comes from --password or DUET_PASSWORD.")
    static final class Create extends CliCommand {
        @Mixin
        ServerOptions options;

        @Option(names = "--email", required = true)
        String email;

        @Option(names = "--name")
        String name;

        @Option(names = "--role", defaultValue = "admin", description = "admin, developer, editor, approver or viewer (default admin).")
        String role;

        @Option(names = "--password", description = "At least 10 characters; prefer the DUET_PASSWORD environment variable.")
        String password;

        @Override
        public Integer call() {
            var chosen = Role.of(role).orElseThrow(() ->
                    InvalidInput.field("role", "unknown role " + role + " (admin, developer, editor, approver or viewer)"));
            var secret = password != null ? password : System.getenv("DUET_PASSWORD");
            try (var wiring = new Wiring(options.config(), Clock.systemUTC())) {
                var user = wiring.users.create(email, name, chosen, secret);
                out().println("Created " + user.role().id() + " " + user.email() + " (id " + user.id() + ").");
            }
            return 0;
        }
    }
}
