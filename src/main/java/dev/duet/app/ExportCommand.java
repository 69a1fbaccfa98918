package dev.duet.app;

import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;

/** {@code duet export}: writes a space as a JSON archive (to a file, or to standard output). */
@Command(name = "export", description = "Export a space as a JSON archive (components, datasources, stories with history).")
final class ExportCommand extends CliCommand {

    @Mixin
    ServerOptions options;

    @Option(names = "--space", required = true, description = "Id of the space to export.")
    long spaceId;

    @Option(names = {"-o", "--output"}, description = "File to write (default: standard output).")
    Path output;

    @Override
    public Integer call() throws IOException {
        try (var wiring = new Wiring(options.config(), Clock.systemUTC());
             OutputStream out = new BufferedOutputStream(output == null ? System.out : Files.newOutputStream(output))) {
            long stories = wiring.spaceExport.write(spaceId, out, (section, done) -> err().printf("exported %d %s%n", done, section));
            out.flush();
            err().println("Exported space " + spaceId + " with " + stories + " stories"
                    + (output == null ? "." : " to " + output + "."));
        }
        return 0;
    }
}
