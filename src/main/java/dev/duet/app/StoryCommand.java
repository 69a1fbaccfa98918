package dev.duet.app;

import com.fasterxml.jackson.databind.JsonNode;
import dev.duet.web.Json;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.stream.StreamSupport;

/**
 * {@code duet story publish | stage}: publish a story or move it to a workflow stage on a running Duet, as a
 * release script or CI job does. A refusal (the stage does not allow publishing, the role may not move it there, the
 * four-eyes rule) prints the server's reason. Exit codes: 0 done, 1 refused or failed, 2 no such stage.
 */
@Command(name = "story", description = "Publish stories and move them through the workflow on a running Duet.",
        subcommands = {StoryCommand.Publish.class, StoryCommand.Stage.class})
final class StoryCommand {

    /** What both subcommands need: where Duet is, who calls, which story. */
    abstract static class StoryAction extends CliCommand {
        @Option(names = "--url", defaultValue = "${env:DUET_URL:-http://127.0.0.1:8080}",
                description = "Duet's base URL (env DUET_URL, default ${DEFAULT-VALUE}).")
        String url;

        @Option(names = "--token", defaultValue = "${env:DUET_TOKEN}", required = true,
                description = "A management token (env DUET_TOKEN).")
        String token;

        @Option(names = "--space", required = true, description = "Id of the space.")
        long spaceId;

        @Option(names = "--story", required = true, description = "Id of the story.")
        long storyId;

        String storyPath(String rest) {
            return "/api/spaces/" + spaceId + "/stories/" + storyId + rest;
        }

        @Override
        public Integer call() {
            try {
                return run(new ManagementClient(url, token));
            } catch (ManagementClient.Unreachable e) {
                err().println("duet: " + e.getMessage());
                return 1;
            }
        }

        abstract int run(ManagementClient client);

        int refused(ManagementClient.Answer answer) {
            var hint = answer.status() == 401 ? " (check --token)" : answer.status() == 404 ? " (check --space, --story and --url)" : "";
            err().println("duet: refused: " + answer.error() + hint);
            return 1;
        }
    }

    @Command(name = "publish", description = "Publish the story's current version.")
    static final class Publish extends StoryAction {
        @Override
        int run(ManagementClient client) {
            var story = client.get(storyPath(""));
            if (!story.ok()) return refused(story);
            long version = story.body().at("/story/version").asLong();
            var published = client.post(storyPath("/publish"), Json.mapper().valueToTree(Map.of("version", version)));
            if (!published.ok()) return refused(published);
            out().println("Published “" + story.body().at("/story/name").asText() + "” (version " + version + ").");
            return 0;
        }
    }

    @Command(name = "stage", description = "Move the story to a workflow stage, with an optional comment.")
    static final class Stage extends StoryAction {
        @Option(names = "--stage", required = true, description = "The stage's name, e.g. 'In review'.")
        String stageName;

        @Option(names = "--comment", description = "Why, for the people who act next.")
        String comment;

        @Override
        int run(ManagementClient client) {
            var workflow = client.get("/api/spaces/" + spaceId + "/workflow");
            if (!workflow.ok()) return refused(workflow);
            var stage = StreamSupport.stream(workflow.body().path("stages").spliterator(), false)
                    .filter(candidate -> candidate.path("name").asText().toLowerCase(Locale.ROOT)
                            .equals(stageName.strip().toLowerCase(Locale.ROOT)))
                    .findFirst();
            if (stage.isEmpty()) {
                err().println("duet: no stage called " + stageName + "; the stages are "
                        + String.join(", ", workflow.body().path("stages").findValuesAsText("name")));
                return 2;
            }
            var body = new LinkedHashMap<String, Object>();
            body.put("stage_id", stage.get().path("id").asLong());
            if (comment != null) body.put("comment", comment);
            var moved = client.post(storyPath("/stage"), Json.mapper().<JsonNode>valueToTree(body));
            if (!moved.ok()) return refused(moved);
            out().println("Moved story " + storyId + " to " + moved.body().at("/stage/name").asText() + ".");
            return 0;
        }
    }
}
