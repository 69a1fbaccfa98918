package dev.duet.assets;

import dev.duet.testing.OnBothDatabases;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.awt.Color;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/** The public file URLs: originals, and the image service's resized and cropped copies. */
class AssetFilesIT extends OnBothDatabases {

    private AssetSite site;

    @BeforeEach
    void createSpace() {
        site = new AssetSite(app.admin());
    }

    /** The public path (without scheme and host) of an asset. */
    private String path(long id) {
        return site.admin.get(site.assets() + "/" + id).json().at("/asset/filename").asText().substring(app.base().length());
    }

    private void focus(long id, String focus) {
        site.admin.put(site.assets() + "/" + id, Map.of("asset", Map.of("focus", focus)));
    }

    @Test
    void the_original_is_public_with_its_type_a_year_of_caching_an_etag_and_no_sniffing() {
        var bytes = Images.plain("jpg", 64, 48, Color.GREEN);
        var asset = site.upload("photo.jpeg", bytes).json().get("asset");
        var url = asset.get("filename").asText().substring(app.base().length());

        var response = app.anonymous().download(url);

        assertThat(response.status()).isEqualTo(200);
        assertThat(response.bytes()).isEqualTo(bytes);
        assertThat(response.header("Content-Type")).isEqualTo("image/jpeg");
        assertThat(response.header("Content-Length")).isEqualTo(Integer.toString(bytes.length));
        assertThat(response.header("Cache-Control")).isEqualTo("public, max-age=31536000, immutable");
        assertThat(response.header("ETag")).isEqualTo("\"" + url.split("/")[3] + "\"");
        assertThat(response.header("X-Content-Type-Options")).isEqualTo("nosniff");
        assertThat(response.header("Content-Security-Policy")).isNull();
        var again = app.anonymous().header("If-None-Match", response.header("ETag")).download(url);
        assertThat(again.status()).isEqualTo(304);
        assertThat(again.bytes()).isEmpty();
    }

    @Test
    void an_svg_is_served_under_a_policy_that_keeps_its_scripts_from_running() {
        var svg = "<svg xmlns=\"http://www.w3.org/2000/svg\"><script>alert(document.cookie)</script></svg>";
        var url = site.upload("logo.svg", svg.getBytes(StandardCharsets.UTF_8)).json().at("/asset/filename").asText();

        var response = app.anonymous().download(url.substring(app.base().length()));

        assertThat(response.header("Content-Type")).isEqualTo("image/svg+xml");
        assertThat(response.header("Content-Security-Policy")).contains("default-src 'none'", "sandbox").doesNotContain("script-src");
        assertThat(response.header("X-Content-Type-Options")).isEqualTo("nosniff");
    }

    @Test
    void a_range_of_the_original_is_served_for_players_that_fetch_pieces() {
        var bytes = Images.plain("png", 80, 80, Color.BLUE);
        var url = path(site.upload("blue.png", bytes).json().at("/asset/id").asLong());

        var piece = app.anonymous().header("Range", "bytes=10-19").download(url);
        var tail = app.anonymous().header("Range", "bytes=-5").download(url);
        var nonsense = app.anonymous().header("Range", "bytes=999999-").download(url);

        assertThat(piece.status()).isEqualTo(206);
        assertThat(piece.bytes()).isEqualTo(java.util.Arrays.copyOfRange(bytes, 10, 20));
        assertThat(piece.header("Content-Range")).isEqualTo("bytes 10-19/" + bytes.length);
        assertThat(tail.bytes()).isEqualTo(java.util.Arrays.copyOfRange(bytes, bytes.length - 5, bytes.length));
        assertThat(nonsense.status()).as("an unsatisfiable range is ignored").isEqualTo(200);
        assertThat(nonsense.bytes()).isEqualTo(bytes);
    }

    @Test
    void a_crop_keeps_the_focus_point_in_frame() {
        long id = site.redBlue();
        var url = path(id);
        focus(id, "300x100:301x101");

        var square = Images.decode(app.anonymous().download(url + "/m/100x100").bytes());

        assertThat(square.getWidth()).isEqualTo(100);
        assertThat(square.getHeight()).isEqualTo(100);
        assertThat(Images.near(square, 2, 50, Color.BLUE)).as("left edge is blue").isTrue();
        assertThat(Images.near(square, 97, 50, Color.BLUE)).as("right edge is blue").isTrue();
    }

    @Test
    void without_a_focus_point_the_crop_is_centred_and_a_focal_filter_overrides_the_stored_point() {
        long id = site.redBlue();
        var url = path(id);
        focus(id, "300x100:301x101");

        var centred = Images.decode(app.anonymous().download(url + "/m/100x100/filters:focal(200x100:201x101)").bytes());
        var onRed = Images.decode(app.anonymous().download(url + "/m/100x100/filters:focal(20x100:60x110)").bytes());

        assertThat(Images.near(centred, 5, 50, Color.RED)).isTrue();
        assertThat(Images.near(centred, 95, 50, Color.BLUE)).isTrue();
        assertThat(Images.near(onRed, 5, 50, Color.RED)).isTrue();
        assertThat(Images.near(onRed, 95, 50, Color.RED)).isTrue();
    }

    @Test
    void a_zero_side_keeps_the_aspect_ratio_and_the_format_follows_the_original_unless_asked() {
        long id = site.redBlue();
        var url = path(id);

        var wide = app.anonymous().download(url + "/m/200x0");
        var tall = app.anonymous().download(url + "/m/0x50");
        var asJpeg = app.anonymous().download(url + "/m/40x20/filters:format(jpeg):quality(60)");
        var same = app.anonymous().download(url + "/m/0x0");

        assertThat(wide.header("Content-Type")).isEqualTo("image/png");
        assertThat(Images.decode(wide.bytes()).getHeight()).isEqualTo(100);
        assertThat(Images.decode(tall.bytes()).getWidth()).isEqualTo(100);
        assertThat(asJpeg.header("Content-Type")).isEqualTo("image/jpeg");
        assertThat(asJpeg.bytes()).startsWith((byte) 0xFF, (byte) 0xD8);
        assertThat(Images.decode(same.bytes()).getWidth()).isEqualTo(400);
    }

    @Test
    void a_rendition_is_rendered_once_then_served_from_the_disk_cache_under_the_same_etag() throws Exception {
        long id = site.redBlue();
        var url = path(id) + "/m/120x80/filters:focal(300x100:301x101)";

        var first = app.anonymous().download(url);
        var renditions = app.wiring.config.assetsDir().resolve("renditions");
        List<java.nio.file.Path> cached;
        try (var files = Files.walk(renditions)) {
            cached = files.filter(Files::isRegularFile).toList();
        }
        var second = app.anonymous().download(url);
        var revalidated = app.anonymous().header("If-None-Match", first.header("ETag")).download(url);

        assertThat(first.header("X-Cache")).isEqualTo("MISS");
        assertThat(cached).hasSize(1);
        assertThat(Files.readAllBytes(cached.getFirst())).isEqualTo(first.bytes());
        assertThat(second.header("X-Cache")).isEqualTo("HIT");
        assertThat(second.header("ETag")).isEqualTo(first.header("ETag"));
        assertThat(second.bytes()).isEqualTo(first.bytes());
        assertThat(second.header("Cache-Control")).isEqualTo("public, max-age=31536000, immutable");
        assertThat(second.header("X-Content-Type-Options")).isEqualTo("nosniff");
        assertThat(revalidated.status()).isEqualTo(304);
    }

    @Test
    void moving_the_focus_point_changes_a_crop_by_the_stored_point_which_is_therefore_cached_briefly() {
        long id = site.redBlue();
        var url = path(id) + "/m/100x100";
        focus(id, "50x100:51x101");
        var before = app.anonymous().download(url);

        focus(id, "350x100:351x101");
        var after = app.anonymous().download(url);

        assertThat(before.header("Cache-Control")).isEqualTo("public, max-age=3600");
        assertThat(after.header("ETag")).isNotEqualTo(before.header("ETag"));
        assertThat(Images.near(Images.decode(before.bytes()), 50, 50, Color.RED)).isTrue();
        assertThat(Images.near(Images.decode(after.bytes()), 50, 50, Color.BLUE)).isTrue();
    }

    @Test
    void a_phone_photo_turned_by_its_exif_orientation_is_measured_focused_and_cropped_as_it_is_shown() {
        // stored 200x100, red left and blue right; orientation 6 shows it a quarter turned clockwise: 100x200, red on top
        var photo = Images.withOrientation(Images.halves("jpg", 200, 100, Color.RED, Color.BLUE), 6, true);
        var asset = site.upload("phone.jpg", photo).json().get("asset");
        var url = asset.get("filename").asText().substring(app.base().length());
        focus(asset.get("id").asLong(), "50x150:51x151");

        var whole = Images.decode(app.anonymous().download(url + "/m/50x0").bytes());
        var square = Images.decode(app.anonymous().download(url + "/m/50x50").bytes());

        assertThat(asset.get("width").asInt()).isEqualTo(100);
        assertThat(asset.get("height").asInt()).isEqualTo(200);
        assertThat(whole.getWidth()).isEqualTo(50);
        assertThat(whole.getHeight()).isEqualTo(100);
        assertThat(Images.near(whole, 25, 5, Color.RED)).isTrue();
        assertThat(Images.near(whole, 25, 95, Color.BLUE)).isTrue();
        assertThat(Images.near(square, 25, 2, Color.BLUE)).as("the focus point is in the blue bottom half").isTrue();
        assertThat(Images.near(square, 25, 47, Color.BLUE)).isTrue();
    }

    @Test
    void impossible_transforms_are_refused_with_400_naming_the_problem() {
        long id = site.redBlue();
        var url = path(id);
        var pdf = path(site.upload("doc.pdf", "%PDF-1.4\n%%EOF".getBytes(StandardCharsets.UTF_8)).json().at("/asset/id").asLong());

        var tooBig = app.anonymous().download(url + "/m/5000x10");
        var tooTall = app.anonymous().download(url + "/m/0x2500");
        var notASize = app.anonymous().download(url + "/m/big");
        var unknownFilter = app.anonymous().download(url + "/m/10x10/filters:blur(5)");
        var focalOutside = app.anonymous().download(url + "/m/10x10/filters:focal(500x10:501x11)");
        var badFormat = app.anonymous().download(url + "/m/10x10/filters:format(bmp)");
        var ofPdf = app.anonymous().download(pdf + "/m/10x10");

        assertThat(tooBig.json().at("/details/0/path").asText()).isEqualTo("size");
        assertThat(tooBig.json().get("error").asText()).contains("at most 4000");
        assertThat(tooTall.json().get("error").asText()).isEqualTo("size: would make a 5000x2500 image; at most 4000 pixels a side");
        assertThat(notASize.json().at("/details/0/path").asText()).isEqualTo("size");
        assertThat(unknownFilter.json().at("/details/0/path").asText()).isEqualTo("filters");
        assertThat(focalOutside.json().at("/details/0/path").asText()).isEqualTo("filters.focal");
        assertThat(badFormat.json().at("/details/0/path").asText()).isEqualTo("filters.format");
        assertThat(ofPdf.json().get("error").asText()).contains("resizes JPEG, PNG and GIF");
        assertThat(List.of(tooBig, tooTall, notASize, unknownFilter, focalOutside, badFormat, ofPdf)).extracting(d -> d.status()).containsOnly(400);
    }

    @Test
    void the_file_name_segment_is_cosmetic_and_traversal_in_any_segment_reaches_nothing_else() throws Exception {
        long id = site.redBlue();
        var url = path(id);
        var parts = url.split("/");
        var base = "/a/" + parts[2] + "/" + parts[3] + "/";
        var original = app.anonymous().download(url).bytes();
        var stored = Files.readAllBytes(app.wiring.config.assetsDir().resolve(parts[3].substring(0, 2))
                .resolve(parts[3].substring(2, 4)).resolve(parts[3]));

        var renamed = app.anonymous().download(base + "any-name.png");
        var dotted = app.anonymous().download(base + "..%2F..%2F..%2Fduet.db");
        var inHash = app.anonymous().download("/a/" + parts[2] + "/..%2F..%2Fduet.db/x.png");
        var dotsAsHash = app.anonymous().download("/a/" + parts[2] + "/../" + parts[3] + "/x.png");

        assertThat(stored).isEqualTo(original);
        assertThat(renamed.status()).isEqualTo(200);
        assertThat(renamed.bytes()).isEqualTo(original);
        assertThat(dotted.status()).isIn(200, 400, 404);
        if (dotted.status() == 200) assertThat(dotted.bytes()).isEqualTo(original);
        assertThat(inHash.status()).isIn(400, 404);
        assertThat(dotsAsHash.status()).isIn(400, 404);
    }

    @Test
    void unknown_files_are_404_as_json() {
        long id = site.redBlue();
        var parts = path(id).split("/");
        var otherSpace = new AssetSite(site.admin);

        var unknownHash = app.anonymous().download("/a/" + parts[2] + "/" + "0".repeat(64) + "/x.png");
        var notAHash = app.anonymous().download("/a/" + parts[2] + "/abc/x.png");
        var wrongSpace = app.anonymous().download("/a/" + otherSpace.space + "/" + parts[3] + "/hero.png");
        var transformed = app.anonymous().download("/a/" + parts[2] + "/" + "0".repeat(64) + "/x.png/m/10x10");

        assertThat(List.of(unknownHash, notAHash, wrongSpace, transformed)).allSatisfy(response -> {
            assertThat(response.status()).isEqualTo(404);
            assertThat(response.header("Content-Type")).startsWith("application/json");
            assertThat(response.json().get("error").asText()).startsWith("asset ");
        });
        assertThat(app.anonymous().download("/a/x/" + parts[3] + "/hero.png").status()).isEqualTo(400);
    }
}
