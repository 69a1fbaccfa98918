package dev.duet.assets;

import dev.duet.access.Role;
import dev.duet.testing.OnBothDatabases;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.awt.Color;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

class AssetLibraryIT extends OnBothDatabases {

    private AssetSite site;

    @BeforeEach
    void createSpace() {
        site = new AssetSite(app.admin());
    }

    private Map<String, Object> change(Object... pairs) {
        var asset = new HashMap<String, Object>();
        for (int i = 0; i < pairs.length; i += 2) asset.put((String) pairs[i], pairs[i + 1]);
        return Map.of("asset", asset);
    }

    @Test
    void alt_text_title_copyright_focus_name_and_folder_can_be_changed_and_emptied() {
        long id = site.redBlue();
        long folder = site.folder("Heroes", null);
        var path = site.assets() + "/" + id;

        var changed = site.admin.put(path, change("alt", "Red meets blue", "title", "Hero", "copyright", "© Acme 2025",
                "focus", "300x50:320x70", "name", "spring hero.png", "asset_folder_id", folder));

        assertThat(changed.status()).as(changed.toString()).isEqualTo(200);
        var asset = site.admin.get(path).json().get("asset");
        assertThat(asset.get("alt").asText()).isEqualTo("Red meets blue");
        assertThat(asset.get("title").asText()).isEqualTo("Hero");
        assertThat(asset.get("copyright").asText()).isEqualTo("© Acme 2025");
        assertThat(asset.get("focus").asText()).isEqualTo("300x50:320x70");
        assertThat(asset.get("short_filename").asText()).isEqualTo("spring-hero.png");
        assertThat(asset.get("filename").asText()).endsWith("/spring-hero.png");
        assertThat(asset.get("asset_folder_id").asLong()).isEqualTo(folder);

        var emptied = site.admin.put(path, change("alt", "", "focus", "", "asset_folder_id", 0)).json().get("asset");
        assertThat(emptied.get("alt").isNull()).isTrue();
        assertThat(emptied.get("focus").isNull()).isTrue();
        assertThat(emptied.get("asset_folder_id").isNull()).isTrue();
        assertThat(emptied.get("title").asText()).as("not given, so kept").isEqualTo("Hero");
    }

    @Test
    void a_focus_point_must_lie_inside_the_image_and_a_refused_change_changes_nothing() {
        long id = site.redBlue();
        var path = site.assets() + "/" + id;
        site.admin.put(path, change("focus", "10x10:11x11"));

        var outside = site.admin.put(path, change("alt", "new alt", "focus", "390x190:401x191"));
        var inverted = site.admin.put(path, change("focus", "20x20:10x10"));
        var malformed = site.admin.put(path, change("focus", "50%:50%"));
        var onPdf = site.admin.put(site.assets() + "/" + site.upload("terms.pdf", "%PDF-1.4\n%%EOF".getBytes(StandardCharsets.UTF_8))
                .json().at("/asset/id").asLong(), change("focus", "1x1:2x2"));

        assertThat(List.of(outside, inverted, malformed, onPdf)).allSatisfy(response -> {
            assertThat(response.status()).isEqualTo(400);
            assertThat(response.json().at("/details/0/path").asText()).isEqualTo("focus");
        });
        assertThat(outside.json().get("error").asText()).contains("inside the 400x200 image");
        assertThat(onPdf.json().get("error").asText()).contains("only images");
        var asset = site.admin.get(path).json().get("asset");
        assertThat(asset.get("focus").asText()).isEqualTo("10x10:11x11");
        assertThat(asset.get("alt").isNull()).isTrue();
    }

    @Test
    void bad_changes_are_refused_naming_the_field() {
        var path = site.assets() + "/" + site.redBlue();

        var unknownFolder = site.admin.put(path, change("asset_folder_id", 4242));
        var blankName = site.admin.put(path, change("name", "  "));
        var longTitle = site.admin.put(path, change("title", "t".repeat(501)));
        var noAsset = site.admin.put(path, Map.of("alt", "not wrapped"));
        var wrongType = site.admin.put(path, change("alt", List.of("a", "b")));

        assertThat(unknownFolder.json().at("/details/0/path").asText()).isEqualTo("asset_folder_id");
        assertThat(blankName.json().at("/details/0/path").asText()).isEqualTo("name");
        assertThat(longTitle.json().at("/details/0/path").asText()).isEqualTo("title");
        assertThat(noAsset.json().at("/details/0/path").asText()).isEqualTo("asset");
        assertThat(wrongType.json().at("/details/0/path").asText()).isEqualTo("asset.alt");
        assertThat(List.of(unknownFolder, blankName, longTitle, noAsset, wrongType)).extracting(r -> r.status()).containsOnly(400);
    }

    @Test
    void the_library_lists_pages_searches_and_filters_by_folder_and_type() {
        long folder = site.folder("Blog", null);
        site.upload(site.admin, "team-photo.png", "image/png", Images.plain("png", 10, 10, Color.RED), Map.of("asset_folder_id", Long.toString(folder)));
        site.upload(site.admin, "office.jpg", "image/jpeg", Images.plain("jpg", 10, 10, Color.RED), Map.of("alt", "Our TEAM at work"));
        site.upload("pricing.pdf", "%PDF-1.4\n%%EOF".getBytes(StandardCharsets.UTF_8));
        site.upload(site.admin, "logo_v2.png", "image/png", Images.plain("png", 10, 10, Color.BLUE), Map.of());

        var firstPage = site.admin.get(site.assets() + "?per_page=3");
        var secondPage = site.admin.get(site.assets() + "?per_page=3&page=2");
        var team = site.admin.get(site.assets() + "?search=team");
        var underscore = site.admin.get(site.assets() + "?search=o_v");
        var inBlog = site.admin.get(site.assets() + "?in_folder=" + folder);
        var topLevel = site.admin.get(site.assets() + "?in_folder=0");
        var images = site.admin.get(site.assets() + "?type=images");
        var pdfs = site.admin.get(site.assets() + "?type=pdf");
        var bySize = site.admin.get(site.assets() + "?sort_by=short_filename:asc");

        assertThat(firstPage.header("total")).isEqualTo("4");
        assertThat(firstPage.header("per-page")).isEqualTo("3");
        assertThat(names(firstPage)).as("newest first").containsExactly("logo_v2.png", "pricing.pdf", "office.jpg");
        assertThat(names(secondPage)).containsExactly("team-photo.png");
        assertThat(names(team)).containsExactlyInAnyOrder("team-photo.png", "office.jpg");
        assertThat(names(underscore)).as("_ is no wildcard").containsExactly("logo_v2.png");
        assertThat(names(inBlog)).containsExactly("team-photo.png");
        assertThat(names(topLevel)).containsExactlyInAnyOrder("office.jpg", "pricing.pdf", "logo_v2.png");
        assertThat(names(images)).containsExactlyInAnyOrder("team-photo.png", "office.jpg", "logo_v2.png");
        assertThat(images.header("total")).isEqualTo("3");
        assertThat(names(pdfs)).containsExactly("pricing.pdf");
        assertThat(names(bySize)).containsExactly("logo_v2.png", "office.jpg", "pricing.pdf", "team-photo.png");
        assertThat(site.admin.get(site.assets() + "?type=audio").json().at("/details/0/path").asText()).isEqualTo("type");
        assertThat(site.admin.get(site.assets() + "?sort_by=name;drop").json().at("/details/0/path").asText()).isEqualTo("sort_by");
        assertThat(site.admin.get(site.assets() + "?in_folder=x").status()).isEqualTo(400);
    }

    private static List<String> names(dev.duet.testing.Response response) {
        var names = new java.util.ArrayList<String>();
        response.json().get("assets").forEach(asset -> names.add(asset.get("short_filename").asText()));
        return names;
    }

    @Test
    void behind_a_reverse_proxy_urls_name_the_scheme_and_host_the_proxy_forwards() {
        long id = site.redBlue();
        var path = site.assets() + "/" + id;

        var proxied = site.admin.header("X-Forwarded-Proto", "https").header("X-Forwarded-Host", "cms.example.com, internal:8080")
                .get(path).json().at("/asset/filename").asText();
        var forged = site.admin.header("X-Forwarded-Proto", "gopher").header("X-Forwarded-Host", "evil.example/<script>")
                .get(path).json().at("/asset/filename").asText();

        assertThat(proxied).startsWith("https://cms.example.com/a/" + site.space + "/");
        assertThat(forged).startsWith(app.base() + "/a/");
    }

    @Test
    void viewers_read_the_library_but_cannot_change_or_delete_and_nothing_changes() {
        long id = site.redBlue();
        var path = site.assets() + "/" + id;
        var viewer = app.as(Role.VIEWER);

        assertThat(viewer.get(site.assets()).status()).isEqualTo(200);
        assertThat(viewer.get(path).status()).isEqualTo(200);
        assertThat(viewer.put(path, change("alt", "hacked")).status()).isEqualTo(403);
        assertThat(viewer.delete(path).status()).isEqualTo(403);
        assertThat(app.anonymous().get(path).status()).isEqualTo(401);
        assertThat(site.admin.get(path).json().at("/asset/alt").isNull()).isTrue();
        assertThat(app.as(Role.EDITOR).put(path, change("alt", "Editors may")).status()).isEqualTo(200);
    }

    @Test
    void unknown_assets_are_404_and_malformed_ids_400_as_json() {
        var unknown = site.admin.get(site.assets() + "/999");
        var otherSpace = new AssetSite(site.admin);
        long id = site.redBlue();

        assertThat(unknown.status()).isEqualTo(404);
        assertThat(unknown.json().get("error").asText()).isEqualTo("asset 999 not found");
        assertThat(site.admin.get(otherSpace.assets() + "/" + id).status()).as("not visible from another space").isEqualTo(404);
        assertThat(site.admin.put(site.assets() + "/999", change("alt", "x")).status()).isEqualTo(404);
        assertThat(site.admin.delete(site.assets() + "/999").status()).isEqualTo(404);
        assertThat(site.admin.get(site.assets() + "/abc").status()).isEqualTo(400);
        assertThat(site.admin.get("/api/spaces/999/assets").status()).isEqualTo(404);
    }

    @Test
    void deleting_an_asset_removes_it_its_public_url_and_its_file_unless_another_space_has_the_same_bytes() {
        var bytes = Images.plain("png", 30, 30, Color.GREEN);
        var first = site.upload("green.png", bytes).json().get("asset");
        var other = new AssetSite(site.admin);
        var second = other.upload("green.png", bytes).json().get("asset");
        var url = first.get("filename").asText().substring(app.base().length());
        assertThat(app.anonymous().download(url + "/m/10x10").status()).isEqualTo(200);

        assertThat(site.admin.delete(site.assets() + "/" + first.get("id").asLong()).status()).isEqualTo(204);

        assertThat(site.admin.get(site.assets() + "/" + first.get("id").asLong()).status()).isEqualTo(404);
        assertThat(app.anonymous().download(url).status()).isEqualTo(404);
        var stillThere = second.get("filename").asText().substring(app.base().length());
        assertThat(app.anonymous().download(stillThere).bytes()).isEqualTo(bytes);
        var hash = url.split("/")[3];
        var file = app.wiring.config.assetsDir().resolve(hash.substring(0, 2)).resolve(hash.substring(2, 4)).resolve(hash);
        assertThat(file).exists();

        assertThat(site.admin.delete(other.assets() + "/" + second.get("id").asLong()).status()).isEqualTo(204);
        assertThat(file).doesNotExist();
        assertThat(app.wiring.config.assetsDir().resolve("renditions").resolve(hash.substring(0, 2)).resolve(hash.substring(2, 4))
                .resolve(hash)).doesNotExist();
    }

    @Test
    void deleting_a_space_deletes_its_assets_and_folders() {
        long folder = site.folder("Old", null);
        site.upload(site.admin, "old.png", "image/png", Images.plain("png", 5, 5, Color.GRAY), Map.of("asset_folder_id", Long.toString(folder)));
        site.folder("Child", folder);

        assertThat(site.admin.delete("/api/spaces/" + site.space).status()).isEqualTo(204);

        assertThat(site.admin.get(site.assets()).status()).isEqualTo(404);
        assertThat(site.admin.get(site.folders()).status()).isEqualTo(404);
    }
}
