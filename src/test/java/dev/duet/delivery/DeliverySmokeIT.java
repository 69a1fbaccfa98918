package dev.duet.delivery;

import dev.duet.testing.TestApp;
import dev.duet.testing.TestDatabase;
import org.junit.jupiter.api.Test;

class DeliverySmokeIT {
    @Test
    void smoke() {
        try (var app = new TestApp(TestDatabase.SQLITE)) {
            var site = AcmeSite.create(app);
            var client = app.anonymous();
            for (var url : java.util.List.of("/v2/cdn/stories/home?token=" + site.publicToken,
                    "/v2/cdn/stories/home?token=" + site.publicToken,
                    "/v2/cdn/stories?token=" + site.publicToken + "&starts_with=blog/&per_page=2&resolve_relations=blog_post.author",
                    "/v2/cdn/stories/de/home?token=" + site.publicToken,
                    "/v2/cdn/links?token=" + site.publicToken + "&per_page=3",
                    "/v2/cdn/tags?token=" + site.publicToken,
                    "/v2/cdn/datasource_entries?token=" + site.publicToken + "&datasource=icons&dimension=de",
                    "/v2/cdn/spaces/me?token=" + site.publicToken,
                    "/v2/cdn/stories/home?version=draft&token=" + site.previewToken,
                    "/v2/cdn/stories/nothing?token=" + site.publicToken,
                    "/v2/cdn/stories?token=nope")) {
                var r = client.get(url);
                System.out.println(url + " -> " + r.status() + " " + r.headers().map() + "\n" + r.text().substring(0, Math.min(1500, r.text().length())) + "\n");
            }
        }
    }
}
