package dev.duet.app;

import picocli.CommandLine;
import picocli.CommandLine.Command;

/** Duet's command line: {@code duet start | demo | migrate | user | token | export | import | schema}. */
@Command(name = "duet", mixinStandardHelpOptions = true, version = "Duet 0.1.0",
        description = "Self-hosted headless CMS where marketers and developers work as one team.",
        subcommands = {StartCommand.class, DemoCommand.class, MigrateCommand.class, UserCommand.class, TokenCommand.class,
                ExportCommand.class, ImportCommand.class, SchemaCommand.class, StoryCommand.class})
public final class Duet implements Runnable {

    public static void main(String[] args) {
        int code = commandLine().execute(args);
        if (code != 0 || !StartCommand.serving()) System.exit(code);
    }

    /** The command line with Duet's error handling: bad configuration or input ends with one sentence and exit 2. */
    public static CommandLine commandLine() {
        var commandLine = new CommandLine(new Duet());
        commandLine.setExecutionExceptionHandler((e, cmd, parsed) -> {
            if (e instanceof DuetConfig.Invalid || e instanceof dev.duet.failure.DuetException) {
                cmd.getErr().println("duet: " + e.getMessage());
                return 2;
            }
            throw e;
        });
        return commandLine;
    }

    @Override
    public void run() {
        new CommandLine(this).usage(System.out);
    }
}
