package dev.duet.admin;

import dev.duet.testing.Client;
import dev.duet.testing.TestApp;
import dev.duet.testing.TestDatabase;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.util.regex.Pattern;

import static org.assertj.core.api.Assertions.assertThat;

/** How the admin app and its libraries are served: types, caching, deep links, and no way out of their folders. */
class AdminFilesIT {

    private static TestApp app;
    private static Client anonymous;

    @BeforeAll
    static void start() {
        app = new TestApp(TestDatabase.SQLITE);
        anonymous = app.anonymous();
    }

    @AfterAll
    static void stop() {
        app.close();
    }

    @Test
    void the_app_page_allows_only_its_own_scripts_and_its_import_map() {
        var page = anonymous.get("/admin");
        assertThat(page.status()).isEqualTo(200);
        assertThat(page.header("Content-Type")).startsWith("text/html");
        var policy = page.header("Content-Security-Policy");
        assertThat(policy).contains("script-src 'self' 'sha256-", "frame-ancestors 'none'");
        var importMap = Pattern.compile("<script type=\"importmap\">(.*?)</script>", Pattern.DOTALL).matcher(page.text());
        assertThat(importMap.find()).isTrue();
        assertThat(policy).contains(AdminRoutes.policyFor(page.text()).split("script-src ")[1].split(";")[0]);
    }

    @Test
    void a_screen_path_answers_the_app_so_deep_links_work() {
        var screen = anonymous.get("/admin/spaces/1/stories/42");
        assertThat(screen.status()).isEqualTo(200);
        assertThat(screen.text()).contains("<duet-app>");
    }

    @Test
    void modules_and_styles_have_their_types_and_an_etag_that_answers_304() {
        var module = anonymous.get("/admin/js/app.js");
        assertThat(module.status()).isEqualTo(200);
        assertThat(module.header("Content-Type")).startsWith("text/javascript");
        assertThat(module.header("Cache-Control")).isEqualTo("no-cache");
        var again = anonymous.header("If-None-Match", module.header("ETag")).get("/admin/js/app.js");
        assertThat(again.status()).isEqualTo(304);
        assertThat(again.text()).isEmpty();
        assertThat(anonymous.get("/admin/app.css").header("Content-Type")).startsWith("text/css");
    }

    @Test
    void libraries_come_from_their_webjar_without_a_version_in_the_url() {
        var lit = anonymous.get("/webjars/lit/index.js");
        assertThat(lit.status()).isEqualTo(200);
        assertThat(lit.header("Content-Type")).startsWith("text/javascript");
        assertThat(lit.text()).contains("lit-element/lit-element.js");
        assertThat(anonymous.get("/webjars/lit__reactive-element/reactive-element.js").status()).isEqualTo(200);
        assertThat(anonymous.get("/webjars/no-such-library/index.js").status()).isEqualTo(404);
    }

    @Test
    void missing_files_and_climbing_out_of_the_folder_get_json_404s() {
        for (var path : new String[]{"/admin/js/missing.js", "/admin/..%2F..%2Fopenapi.json", "/admin/js/..%2F..%2Flogback.xml",
                "/webjars/lit/..%2F..%2F..%2Fmaven%2Forg.webjars.npm%2Flit%2Fpom.xml", "/admin/js"}) {
            var answer = anonymous.get(path);
            if (path.equals("/admin/js")) {
                assertThat(answer.text()).as(path).contains("<duet-app>");
                continue;
            }
            assertThat(answer.status()).as(path).isEqualTo(404);
            assertThat(answer.header("Content-Type")).as(path).startsWith("application/json");
        }
    }
}
