package dev.duet.preview;

import dev.duet.testing.OnBothDatabases;
import dev.duet.testing.Response;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** The files Duet serves for the live preview: the bridge and the experiments helper sites include, and the demo site. */
class PreviewFilesIT extends OnBothDatabases {

    private Response get(String path) {
        return app.anonymous().get(path);
    }

    private static String resource(String name) {
        try (var in = PreviewFilesIT.class.getResourceAsStream(name)) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Test
    void the_bridge_is_public_javascript_that_any_site_may_load_and_browsers_revalidate() {
        var bridge = get("/bridge.js");

        assertThat(bridge.status()).isEqualTo(200);
        assertThat(bridge.header("Content-Type")).isEqualTo("text/javascript;charset=utf-8");
        assertThat(bridge.header("Cache-Control")).isEqualTo("public, max-age=300");
        assertThat(bridge.header("Access-Control-Allow-Origin")).isEqualTo("*");
        assertThat(bridge.header("X-Content-Type-Options")).isEqualTo("nosniff");
        assertThat(bridge.text()).isEqualTo(resource("/bridge/bridge.js")).contains("window.StoryblokBridge", "duet-bridge");
        var etag = bridge.header("ETag");
        assertThat(etag).matches("\"[0-9a-f]{24}\"");

        var revalidated = app.anonymous().header("If-None-Match", etag).get("/bridge.js");
        var changed = app.anonymous().header("If-None-Match", "\"0123\"").get("/bridge.js");

        assertThat(revalidated.status()).isEqualTo(304);
        assertThat(revalidated.text()).isEmpty();
        assertThat(changed.status()).isEqualTo(200);
    }

    @Test
    void the_experiments_helper_is_public_javascript_served_like_the_bridge() {
        var helper = get("/duet-experiments.js");

        assertThat(helper.status()).isEqualTo(200);
        assertThat(helper.header("Content-Type")).isEqualTo("text/javascript;charset=utf-8");
        assertThat(helper.header("Cache-Control")).isEqualTo("public, max-age=300");
        assertThat(helper.header("Access-Control-Allow-Origin")).isEqualTo("*");
        assertThat(helper.text()).isEqualTo(resource("/bridge/duet-experiments.js")).contains("global.Duet", "sendBeacon");
        var revalidated = app.anonymous().header("If-None-Match", helper.header("ETag")).get("/duet-experiments.js");
        assertThat(revalidated.status()).isEqualTo(304);
        assertThat(get("/demo-site/").text()).contains("<script src=\"/duet-experiments.js\"></script>");
    }

    @Test
    void the_demo_site_answers_its_page_for_the_root_and_for_every_story_path() {
        var index = resource("/demo-site/index.html");

        for (var path : List.of("/demo-site", "/demo-site/", "/demo-site/pricing", "/demo-site/blog/",
                "/demo-site/blog/introducing-acme-cloud-workflows", "/demo-site/de/blog/?token=abc&version=draft")) {
            var page = get(path);
            assertThat(page.status()).as(path).isEqualTo(200);
            assertThat(page.header("Content-Type")).as(path).isEqualTo("text/html;charset=utf-8");
            assertThat(page.header("Cache-Control")).as(path).isEqualTo("no-cache");
            assertThat(page.text()).as(path).isEqualTo(index);
        }
        assertThat(index).contains("<script src=\"/bridge.js\"></script>", "/demo-site/assets/app.js", "/demo-site/assets/site.css");
    }

    @Test
    void the_demo_site_assets_are_served_with_their_types_and_unknown_ones_are_not_found() {
        var script = get("/demo-site/assets/app.js");
        var style = get("/demo-site/assets/site.css");
        var missing = get("/demo-site/assets/missing.js");

        assertThat(script.status()).isEqualTo(200);
        assertThat(script.header("Content-Type")).isEqualTo("text/javascript;charset=utf-8");
        assertThat(script.text()).isEqualTo(resource("/demo-site/assets/app.js"));
        for (var module : List.of("blocks.js", "richtext.js", "html.js")) {
            assertThat(get("/demo-site/assets/" + module).status()).as(module).isEqualTo(200);
        }
        assertThat(style.header("Content-Type")).isEqualTo("text/css;charset=utf-8");
        assertThat(missing.status()).isEqualTo(404);
        assertThat(missing.header("Content-Type")).startsWith("application/json");
        assertThat(missing.json().get("error").asText()).contains("assets/missing.js");
    }

    @Test
    void no_path_under_the_demo_site_reaches_files_outside_it() {
        var outside = List.of("openapi.json", "logback.xml", "bridge/bridge.js", "demo/acme-space.json");
        var attempts = List.of("/demo-site/../openapi.json", "/demo-site/%2e%2e/openapi.json",
                "/demo-site/assets/../../logback.xml", "/demo-site/assets/%2e%2e/%2e%2e/logback.xml",
                "/demo-site/assets/..%2f..%2fopenapi.json", "/demo-site/assets/..%5c..%5copenapi.json",
                "/demo-site/assets/%2e%2e%2f%2e%2e%2fbridge%2fbridge.js", "/demo-site/..%2fdemo%2facme-space.json",
                "/demo-site/assets/./app.js/../../../openapi.json");
        var index = resource("/demo-site/index.html");

        for (var attempt : attempts) {
            var answer = rawGet(attempt);
            for (var file : outside) {
                assertThat(answer).as(attempt).doesNotContain(resource("/" + file).substring(0, 60));
            }
            var status = Integer.parseInt(answer.substring(9, 12));
            assertThat(status).as(attempt + "\n" + answer).isIn(400, 404);
            assertThat(answer).as(attempt).doesNotContain(index);
        }
    }

    /** Sends the path exactly as written (HTTP clients would resolve its dot segments first) and returns the raw answer. */
    private String rawGet(String path) {
        try (var socket = new Socket("127.0.0.1", app.server.port())) {
            socket.setSoTimeout(5000);
            var request = "GET " + path + " HTTP/1.1\r\nHost: 127.0.0.1\r\nConnection: close\r\n\r\n";
            socket.getOutputStream().write(request.getBytes(StandardCharsets.US_ASCII));
            return new String(socket.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
