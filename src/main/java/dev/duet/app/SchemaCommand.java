package dev.duet.app;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.duet.failure.InvalidInput;
import dev.duet.schema.SchemaFile;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

import java.io.Console;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * {@code duet schema pull | push}: a space's component schemas as JSON files kept in the site's repository. Pull
 * writes them; push shows what the files would change (and which data that would drop), asks before dropping data,
 * and applies them. Exit codes: 0 done (or nothing to do), 1 refused or failed, 2 bad files or options.
 */
@Command(name = "schema", description = "Pull and push component schemas as JSON files (schema as code).",
        subcommands = {SchemaCommand.Pull.class, SchemaCommand.Push.class})
final class SchemaCommand {

    @Command(name = "pull", description = "Write the space's components and groups into --dir, one JSON file each.")
    static final class Pull extends CliCommand {
        @Mixin
        RemoteOptions remote;

        @Override
        public Integer call() {
            var client = new ManagementClient(remote.url, remote.token);
            try {
                var answer = client.get(remote.schemaPath(""));
                if (!answer.ok()) return failed(this, answer);
                var stale = SchemaFiles.write(remote.dir, answer.body());
                for (var file : stale) out().println("- " + remote.dir.resolve(file) + " (no such component in the space)");
                out().println("Pulled " + answer.body().path("components").size() + " components and "
                        + answer.body().path("component_groups").size() + " groups of space " + remote.spaceId + " into " + remote.dir + ".");
                return 0;
            } catch (ManagementClient.Unreachable e) {
                err().println("duet: " + e.getMessage());
                return 1;
            }
        }
    }

    @Command(name = "push", description = "Show what the files in --dir change in the space, then apply them.")
    static final class Push extends CliCommand {
        private static final Pattern FIELD_RENAME = Pattern.compile("^([a-z0-9_-]+)\\.([A-Za-z0-9_]+)=([A-Za-z0-9_]+)$");
        private static final Pattern COMPONENT_RENAME = Pattern.compile("^([a-z0-9_-]+)=([a-z0-9_-]+)$");

        @Mixin
        RemoteOptions remote;

        @Option(names = "--rename", paramLabel = "COMPONENT.FIELD=NEW_FIELD",
                description = "Rename a field, keeping its content in every story (e.g. hero.title=headline); repeatable.")
        List<String> renames = List.of();

        @Option(names = "--rename-component", paramLabel = "OLD=NEW",
                description = "Rename a component, keeping its bloks in every story (e.g. cta=call_to_action); repeatable.")
        List<String> componentRenames = List.of();

        @Option(names = "--yes", description = "Apply without asking, even when data would be lost.")
        boolean yes;

        @Option(names = "--dry-run", description = "Only show what would change.")
        boolean dryRun;

        @Override
        public Integer call() {
            var read = SchemaFiles.read(remote.dir);
            checkLocally(read);
            var body = read.body();
            addRenames(body);
            var client = new ManagementClient(remote.url, remote.token);
            try {
                return push(client, read, body);
            } catch (ManagementClient.Unreachable e) {
                err().println("duet: " + e.getMessage());
                return 1;
            }
        }

        private int push(ManagementClient client, SchemaFiles.Read read, ObjectNode body) {
            var planned = client.post(remote.schemaPath("/plan"), body);
            if (planned.status() == 400) throw badFiles(read, planned.body());
            if (!planned.ok()) return failed(this, planned);
            var plan = planned.body().path("plan");
            out().println("Space " + remote.spaceId + " at " + remote.url + ":");
            new PlanPrinter(out()).print(plan);
            if (plan.path("up_to_date").asBoolean()) return 0;
            if (!plan.path("blockers").isEmpty()) {
                err().println("duet: the schema cannot be applied as it is (see BLOCKED above); nothing was changed.");
                return 1;
            }
            if (dryRun) {
                out().println("Dry run: nothing was changed.");
                return 0;
            }
            boolean losesData = plan.path("loses_data").asBoolean();
            if (losesData && !yes && !confirmed()) return 1;
            body.put("accept_data_loss", losesData);
            var applied = client.post(remote.schemaPath("/apply"), body);
            if (applied.status() == 400) throw badFiles(read, applied.body());
            if (!applied.ok()) return failed(this, applied);
            out().println("Applied: " + applied.body().at("/plan/components").size() + " components changed, "
                    + PlanPrinter.stories(applied.body().path("stories_migrated").asInt()) + " migrated ("
                    + applied.body().path("stories_republished").asInt() + " republished).");
            return 0;
        }

        /** Asks on the terminal; without one (CI, a pipe) dropping data needs --yes. */
        private boolean confirmed() {
            var console = System.console();
            if (!isTerminal(console)) {
                err().println("duet: this push drops data (see DATA LOSS above) and there is no terminal to confirm it on; "
                        + "pass --yes to apply anyway. Nothing was changed.");
                return false;
            }
            out().flush();
            var answer = console.readLine("Apply and drop this data? Type yes to continue: ");
            if (answer != null && answer.strip().toLowerCase(Locale.ROOT).equals("yes")) return true;
            err().println("duet: not applied. Nothing was changed.");
            return false;
        }

        /** Checks the files as the server would, so a typo is named by file before anything is sent. */
        private void checkLocally(SchemaFiles.Read read) {
            try {
                SchemaFile.parse(read.body());
            } catch (InvalidInput e) {
                throw oneLine(read, e.details());
            }
        }

        private InvalidInput badFiles(SchemaFiles.Read read, JsonNode error) {
            var details = new java.util.ArrayList<InvalidInput.Problem>();
            error.path("details").forEach(detail -> details.add(new InvalidInput.Problem(detail.path("path").asText(),
                    detail.path("message").asText())));
            if (details.isEmpty()) return new InvalidInput(error.path("error").asText("the server refused the files"));
            return oneLine(read, details);
        }

        private InvalidInput oneLine(SchemaFiles.Read read, List<?> details) {
            var first = (InvalidInput.Problem) details.getFirst();
            var place = placeOf(read, first.path());
            int more = details.size() - 1;
            return new InvalidInput(place + ": " + first.message() + (more > 0 ? " (and " + more + " more)" : ""));
        }

        private String placeOf(SchemaFiles.Read read, String path) {
            var renameIndex = Pattern.compile("^renames\\[(\\d+)]").matcher(path);
            if (renameIndex.find() && Integer.parseInt(renameIndex.group(1)) < renames.size()) {
                return "--rename " + renames.get(Integer.parseInt(renameIndex.group(1)));
            }
            var componentIndex = Pattern.compile("^component_renames\\[(\\d+)]").matcher(path);
            if (componentIndex.find() && Integer.parseInt(componentIndex.group(1)) < componentRenames.size()) {
                return "--rename-component " + componentRenames.get(Integer.parseInt(componentIndex.group(1)));
            }
            return SchemaFiles.place(remote.dir, read, path);
        }

        private void addRenames(ObjectNode body) {
            var fields = body.putArray("renames");
            for (var rename : renames) {
                var matcher = FIELD_RENAME.matcher(rename.strip());
                if (!matcher.matches()) {
                    throw new InvalidInput("--rename " + rename + ": write component.field=new_field, e.g. hero.title=headline");
                }
                fields.addObject().put("component", matcher.group(1)).put("from", matcher.group(2)).put("to", matcher.group(3));
            }
            var components = body.putArray("component_renames");
            for (var rename : componentRenames) {
                var matcher = COMPONENT_RENAME.matcher(rename.strip());
                if (!matcher.matches()) {
                    throw new InvalidInput("--rename-component " + rename + ": write old=new, e.g. cta=call_to_action");
                }
                components.addObject().put("from", matcher.group(1)).put("to", matcher.group(2));
            }
        }
    }

    private SchemaCommand() {
    }

    /** A refused call: the server's sentence, exit code 1. */
    private static int failed(CliCommand command, ManagementClient.Answer answer) {
        var hint = answer.status() == 401 ? " (check --token)" : answer.status() == 404 ? " (check --space and --url)" : "";
        command.err().println("duet: " + answer.error() + hint);
        return 1;
    }

    /**
     * Whether there is a person at a terminal. Since JDK 22 {@link System#console()} answers even when the streams are
     * redirected, and says so through {@code isTerminal()}, which Duet (built for Java 21) reaches by reflection; on
     * JDK 21 a console only exists on a terminal.
     */
    static boolean isTerminal(Console console) {
        if (console == null) return false;
        try {
            return (Boolean) Console.class.getMethod("isTerminal").invoke(console);
        } catch (NoSuchMethodException e) {
            return true;
        } catch (ReflectiveOperationException e) {
            return false;
        }
    }
}
