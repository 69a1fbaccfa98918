package dev.duet.workflow;

import com.fasterxml.jackson.databind.JsonNode;
import com.sun.net.httpserver.HttpServer;
import dev.duet.access.Role;
import dev.duet.testing.MarketingSite;
import dev.duet.testing.TestApp;
import dev.duet.testing.TestDatabase;
import dev.duet.web.Json;
import dev.duet.webhooks.DeliverySchedule;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.Parameter;
import org.junit.jupiter.params.ParameterizedClass;
import org.junit.jupiter.params.provider.EnumSource;

import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;

import static dev.duet.testing.MarketingSite.page;
import static org.assertj.core.api.Assertions.assertThat;

/** A stage change sends the stage.changed webhook with the facts a receiver needs. */
@ParameterizedClass
@EnumSource(TestDatabase.class)
class StageWebhookIT {

    static final DeliverySchedule FAST = new DeliverySchedule(Collections.nCopies(3, Duration.ofMillis(150)), Duration.ofMillis(100));

    @Parameter
    TestDatabase database;

    TestApp app;
    HttpServer receiver;
    final BlockingQueue<JsonNode> received = new LinkedBlockingQueue<>();

    @BeforeEach
    void start() throws IOException {
        app = new TestApp(TestApp.Setup.on(database).allowingPrivateWebhookTargets().webhookSchedule(FAST));
        receiver = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        receiver.createContext("/hooks", exchange -> {
            received.add(Json.tree(new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8)));
            exchange.sendResponseHeaders(200, -1);
            exchange.close();
        });
        receiver.start();
    }

    @AfterEach
    void stop() {
        app.close();
        receiver.stop(0);
    }

    @Test
    void moving_a_story_sends_stage_changed_with_both_stages_the_comment_and_the_assignee() throws InterruptedException {
        var admin = app.admin();
        long spaceId = MarketingSite.create(admin);
        var url = "http://127.0.0.1:" + receiver.getAddress().getPort() + "/hooks";
        var hook = admin.post("/api/spaces/" + spaceId + "/webhooks", Map.of("webhook", Map.of("name", "Review bot",
                "url", url, "events", List.of("stage.changed"))));
        assertThat(hook.status()).as(hook.toString()).isEqualTo(201);
        long home = admin.post("/api/spaces/" + spaceId + "/stories", Map.of("story", Map.of("name", "Home", "slug", "home",
                "content", page("Hi")))).json().at("/story/id").asLong();
        var approver = app.as(Role.APPROVER);
        long approverId = approver.get("/api/auth/me").json().at("/user/id").asLong();
        long review = admin.get("/api/spaces/" + spaceId + "/workflow").json().at("/stages/1/id").asLong();

        var moved = admin.post("/api/spaces/" + spaceId + "/stories/" + home + "/stage",
                Map.of("stage_id", review, "comment", "Please check the hero", "assignee_id", approverId));
        assertThat(moved.status()).as(moved.toString()).isEqualTo(200);

        var payload = received.poll(10, TimeUnit.SECONDS);
        assertThat(payload).as("stage.changed webhook").isNotNull();
        assertThat(payload.get("action").asText()).isEqualTo("stage_changed");
        assertThat(payload.get("story_id").asLong()).isEqualTo(home);
        assertThat(payload.at("/details/from_stage").asText()).isEqualTo("Drafting");
        assertThat(payload.at("/details/to_stage").asText()).isEqualTo("In review");
        assertThat(payload.at("/details/to_stage_id").asLong()).isEqualTo(review);
        assertThat(payload.at("/details/comment").asText()).isEqualTo("Please check the hero");
        assertThat(payload.at("/details/assignee_id").asLong()).isEqualTo(approverId);
        assertThat(payload.at("/details/version").asInt()).isEqualTo(1);
    }
}
