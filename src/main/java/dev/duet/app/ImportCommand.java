package dev.duet.app;

import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Parameters;

import java.io.BufferedInputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.time.Clock;

/** {@code duet import}: reads a JSON archive into a new space, all or nothing. */
@Command(name = "import", description = "Import a space archive into a new space (all of it, or nothing on any problem).")
final class ImportCommand extends CliCommand {

    @Mixin
    ServerOptions options;

    @Parameters(index = "0", paramLabel = "FILE", description = "The archive written by duet export.")
    Path file;

    @Override
    public Integer call() throws IOException {
        try (var wiring = new Wiring(options.config(), Clock.systemUTC());
             var in = new BufferedInputStream(Files.newInputStream(file))) {
            var result = wiring.spaceImport.read(in, (section, done) -> err().printf("imported %d %s%n", done, section));
            out().printf("Imported space %d (%s): %d components, %d datasources, %d stories.%n", result.space().id(),
                    result.space().name(), result.components(), result.datasources(), result.stories());
        } catch (NoSuchFileException e) {
            throw new DuetConfig.Invalid("The archive " + file + " does not exist.");
        }
        return 0;
    }
}
