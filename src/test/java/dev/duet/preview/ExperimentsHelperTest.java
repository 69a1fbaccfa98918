package dev.duet.preview;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import dev.duet.experiments.ExperimentBlock;
import dev.duet.web.Json;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

/**
 * The site helper (/duet-experiments.js) must put every visitor in the bucket delivery puts them in: its hashing and
 * bucketing, run by node, against {@link ExperimentBlock#assign} on many (seed, visitor, weights, coverage, hash
 * version, namespace) cases, Unicode included. Skipped, saying so, on a machine without node.
 */
class ExperimentsHelperTest {

    private static final String DRIVER = """
            const helper = require(process.argv[2]);
            const cases = JSON.parse(require('fs').readFileSync(process.argv[3], 'utf8'));
            process.stdout.write(JSON.stringify(cases.map(c => ({
              bucket: helper.bucket(c.block, c.visitor),
              note: helper.assign(c.block, c.visitor)
            }))));
            """;

    static boolean nodeInstalled;

    @TempDir
    Path temp;

    @BeforeAll
    static void findNode() {
        try {
            var probe = new ProcessBuilder("node", "--version").redirectErrorStream(true).start();
            nodeInstalled = probe.waitFor(20, TimeUnit.SECONDS) && probe.exitValue() == 0;
        } catch (IOException | InterruptedException e) {
            nodeInstalled = false;
        }
    }

    @Test
    void the_helper_assigns_every_visitor_as_delivery_does() throws Exception {
        assumeTrue(nodeInstalled, "node is not installed: the JavaScript helper's hashing is not compared with Java's");
        var cases = cases();

        var results = run(cases);

        assertThat(results.size()).isEqualTo(cases.size());
        int assigned = 0;
        for (int i = 0; i < cases.size(); i++) {
            var block = cases.get(i).get("block");
            var visitor = cases.get(i).get("visitor").asText();
            int expected = ExperimentBlock.of(block).assign(visitor).orElse(-1);
            assertThat(results.get(i).get("bucket").asInt()).as("case %d: %s for %s", i, block, visitor).isEqualTo(expected);
            var note = results.get(i).get("note");
            assertThat(note.get("in_experiment").asBoolean()).isEqualTo(expected >= 0);
            assertThat(note.get("variation").asInt()).isEqualTo(Math.max(expected, 0));
            if (expected >= 0) assigned++;
        }
        assertThat(assigned).as("enough cases land in an experiment to mean something").isGreaterThan(cases.size() / 3);
    }

    private static List<JsonNode> cases() {
        var random = new Random(6);
        var seeds = List.of("", "hero-test", "pricing", "ünïcödé", "emoji-😀", "a b/c?d");
        var weightSets = List.<List<Double>>of(List.of(), List.of(0.5, 0.5), List.of(0.2, 0.8), List.of(0.1, 0.3, 0.6),
                List.of(0.34, 0.33, 0.33), List.of(0.7, 0.7));
        var coverages = List.of(1.0, 0.5, 0.05, 0.0, 1.5);
        var cases = new ArrayList<JsonNode>();
        for (int i = 0; i < 3000; i++) {
            var weights = weightSets.get(random.nextInt(weightSets.size()));
            int variants = weights.isEmpty() ? 2 + random.nextInt(3) : weights.size();
            var block = Json.mapper().createObjectNode().put("component", ExperimentBlock.COMPONENT).put("_uid", "e" + i)
                    .put("key", "exp-" + random.nextInt(50)).put("status", i % 17 == 0 ? "stopped" : "running")
                    .put("seed", seeds.get(random.nextInt(seeds.size())))
                    .put("coverage", coverages.get(random.nextInt(coverages.size())))
                    .put("hash_version", i % 5 == 0 ? 1 : 2);
            ArrayNode list = block.putArray("variants");
            for (int v = 0; v < variants; v++) list.addObject().put("component", "hero").put("_uid", "v" + v);
            if (!weights.isEmpty()) weights.forEach(block.putArray("weights")::add);
            if (i % 4 == 0) block.set("namespace", Json.mapper().valueToTree(List.of("ns", 0.25, 0.75)));
            cases.add(Json.mapper().valueToTree(Map.of("block", block, "visitor", visitor(random, i))));
        }
        return cases;
    }

    private static String visitor(Random random, int i) {
        return switch (i % 4) {
            case 0 -> "visitor-" + random.nextInt(1_000_000);
            case 1 -> java.util.UUID.nameUUIDFromBytes(Integer.toString(i).getBytes(StandardCharsets.UTF_8)).toString();
            case 2 -> "bésucher-" + i + "-😀";
            default -> Long.toHexString(random.nextLong());
        };
    }

    private List<JsonNode> run(List<JsonNode> cases) throws IOException, InterruptedException, URISyntaxException {
        var helper = Path.of(ExperimentsHelperTest.class.getResource("/bridge/duet-experiments.js").toURI());
        var driver = Files.writeString(temp.resolve("driver.js"), DRIVER);
        var input = Files.writeString(temp.resolve("cases.json"), Json.write(cases));
        var output = temp.resolve("out.json");
        var process = new ProcessBuilder("node", driver.toString(), helper.toString(), input.toString())
                .redirectOutput(output.toFile()).redirectError(ProcessBuilder.Redirect.INHERIT).start();
        assertThat(process.waitFor(60, TimeUnit.SECONDS)).as("node finished").isTrue();
        assertThat(process.exitValue()).isZero();
        var results = new ArrayList<JsonNode>();
        Json.tree(Files.readString(output)).forEach(results::add);
        return results;
    }
}
