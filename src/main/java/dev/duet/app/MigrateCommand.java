package dev.duet.app;

import dev.duet.storage.Database;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;


/** {@code duet migrate}: applies pending database migrations and exits. */
@Command(name = "migrate", description = "Apply pending database migrations and exit.")
final class MigrateCommand extends CliCommand {

    @Mixin
    ServerOptions options;

    @Override
    public Integer call() {
        var config = options.config();
        try (var database = new Database(config.databaseUrl(), config.databaseUser(), config.databasePassword())) {
            int applied = database.migrate();
            out().println(applied == 0 ? "The database is up to date." : "Applied " + applied + " migration(s).");
        } catch (RuntimeException e) {
            throw new DuetConfig.Invalid("Cannot migrate the database at " + DuetConfig.redact(config.databaseUrl())
                    + ": " + e.getMessage());
        }
        return 0;
    }
}
