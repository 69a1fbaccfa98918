package dev.duet.conformance;

import com.fasterxml.jackson.databind.JsonNode;
import dev.duet.testing.TestApp;
import dev.duet.testing.TestDatabase;
import dev.duet.transfer.Progress;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.Parameter;
import org.junit.jupiter.params.ParameterizedClass;
import org.junit.jupiter.params.provider.EnumSource;

import java.io.IOException;
import java.nio.file.Path;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

/**
 * Storyblok's official JavaScript clients, installed from npm and run unchanged, read a real Duet: the suite in
 * src/test/conformance runs under node against this Duet holding the demo space and the conformance fixture.
 */
@ParameterizedClass
@EnumSource(TestDatabase.class)
class StoryblokClientIT {

    private static final NodeSuite SUITE = new NodeSuite(Path.of("src", "test", "conformance"));

    @Parameter
    TestDatabase database;

    TestApp app;

    @BeforeAll
    static void requireNode() {
        assumeTrue(NodeSuite.onPath("node"), "node is not on the PATH (.ci/run installs Debian's nodejs and npm)");
    }

    @BeforeEach
    void start() {
        app = new TestApp(database);
    }

    @AfterEach
    void stop() {
        app.close();
    }

    @Test
    void the_official_storyblok_clients_read_duet_unchanged() throws IOException {
        long spaceId = importDemo();
        var admin = app.admin();
        new ConformanceFixture(admin, spaceId).create();
        var tokens = admin.get("/api/spaces/" + spaceId + "/delivery_tokens").json().get("tokens");
        var managementToken = admin.post("/api/tokens", Map.of("name", "conformance suite")).json().get("secret").asText();
        SUITE.install();

        int exit = SUITE.test(Map.of(
                "DUET_URL", app.base(),
                "DUET_PUBLIC_TOKEN", token(tokens, "public"),
                "DUET_PREVIEW_TOKEN", token(tokens, "preview"),
                "DUET_ADMIN_TOKEN", managementToken,
                "SPACE_ID", String.valueOf(spaceId)));

        assertThat(exit).as("node --test on " + database + " failed; its output is above, lines marked [node]").isZero();
    }

    private long importDemo() throws IOException {
        try (var archive = StoryblokClientIT.class.getResourceAsStream("/demo/acme-space.json")) {
            var result = app.wiring.spaceImport.read(archive, Progress.NONE);
            assertThat(result.stories()).isEqualTo(25);
            return result.space().id();
        }
    }

    private static String token(JsonNode tokens, String access) {
        for (var token : tokens) {
            if (access.equals(token.get("access").asText())) return token.get("token").asText();
        }
        throw new AssertionError("the space has no " + access + " delivery token: " + tokens);
    }
}
