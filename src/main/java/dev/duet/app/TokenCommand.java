package dev.duet.app;

import dev.duet.failure.NotFound;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

import java.time.Clock;
import java.util.List;

/** {@code duet token create}: a management token for scripts and CI, printed once. */
@Command(name = "token", description = "Manage management API tokens.", subcommands = TokenCommand.Create.class)
final class TokenCommand {

    @Command(name = "create", description = "Create a management token for a user and print its secret once.")
    static final class Create extends CliCommand {
        @Mixin
        ServerOptions options;

        @Option(names = "--email", required = true, description = "The user the token acts for.")
        String email;

        @Option(names = "--name", required = true, description = "What the token is for, e.g. 'site CI'.")
        String name;

        @Option(names = "--scope", description = "A scope such as story:write; repeat for more (default: all of the user's).")
        List<String> scopes;

        @Override
        public Integer call() {
            try (var wiring = new Wiring(options.config(), Clock.systemUTC())) {
                var owner = wiring.users.list(0, Integer.MAX_VALUE).stream()
                        .filter(u -> u.email().equalsIgnoreCase(email.strip())).findFirst()
                        .orElseThrow(() -> new NotFound("user", email));
                var created = wiring.apiTokens.create(owner, name, scopes, null);
                out().println(created.secret());
                err().println("Token '" + name + "' for " + owner.email() + " with scopes "
                        + String.join(", ", created.token().scopes()) + ". Store it now: it is not shown again.");
            }
            return 0;
        }
    }
}
