package dev.duet.assets;

import dev.duet.access.Role;
import dev.duet.testing.Client;
import dev.duet.testing.OnBothDatabases;
import dev.duet.testing.TestApp;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.awt.Color;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

class AssetUploadIT extends OnBothDatabases {

    private AssetSite site;

    @BeforeEach
    void createSpace() {
        site = new AssetSite(app.admin());
    }

    /** The originals on disk, as paths relative to the asset folder (temporary files and renditions left out). */
    private static List<String> originals(TestApp app) throws IOException {
        var root = app.wiring.config.assetsDir();
        try (var files = Files.walk(root)) {
            return files.filter(Files::isRegularFile).map(path -> root.relativize(path).toString().replace('\\', '/'))
                    .filter(path -> !path.startsWith("tmp/") && !path.startsWith("renditions/")).sorted().toList();
        }
    }

    private static List<Path> temporaryFiles(TestApp app) throws IOException {
        try (var files = Files.list(app.wiring.config.assetsDir().resolve("tmp"))) {
            return files.toList();
        }
    }

    @Test
    void an_uploaded_image_is_answered_with_its_size_and_its_public_url_as_storyblok_shapes_an_asset() throws Exception {
        var bytes = Images.halves("png", 400, 200, Color.RED, Color.BLUE);

        var response = site.upload(site.admin, "Hero Banner.png", "image/png", bytes,
                Map.of("alt", "A red and blue banner", "title", "Hero", "copyright", "© Acme", "focus", "300x100:301x101"));

        assertThat(response.status()).as(response.toString()).isEqualTo(201);
        var asset = response.json().get("asset");
        var hash = java.util.HexFormat.of().formatHex(java.security.MessageDigest.getInstance("SHA-256").digest(bytes));
        var url = app.base() + "/a/" + site.space + "/" + hash + "/Hero-Banner.png";
        assertThat(asset.get("filename").asText()).isEqualTo(url);
        assertThat(asset.get("short_filename").asText()).isEqualTo("Hero-Banner.png");
        assertThat(asset.get("content_type").asText()).isEqualTo("image/png");
        assertThat(asset.get("content_length").asLong()).isEqualTo(bytes.length);
        assertThat(asset.get("width").asInt()).isEqualTo(400);
        assertThat(asset.get("height").asInt()).isEqualTo(200);
        assertThat(asset.get("focus").asText()).isEqualTo("300x100:301x101");
        assertThat(asset.get("asset_folder_id").isNull()).isTrue();
        var value = asset.get("field_value");
        assertThat(value.get("fieldtype").asText()).isEqualTo("asset");
        assertThat(value.get("id").asLong()).isEqualTo(asset.get("id").asLong());
        assertThat(value.get("filename").asText()).isEqualTo(url);
        assertThat(value.get("alt").asText()).isEqualTo("A red and blue banner");
        assertThat(value.get("title").asText()).isEqualTo("Hero");
        assertThat(value.get("copyright").asText()).isEqualTo("© Acme");
        assertThat(value.get("focus").asText()).isEqualTo("300x100:301x101");
        assertThat(value.get("name").asText()).isEqualTo("Hero-Banner.png");
        assertThat(originals(app)).containsExactly(hash.substring(0, 2) + "/" + hash.substring(2, 4) + "/" + hash);
    }

    @Test
    void the_type_comes_from_the_bytes_not_from_the_name_or_the_claimed_content_type() {
        var png = Images.plain("png", 10, 10, Color.GREEN);

        var asset = site.upload(site.admin, "photo.jpg", "image/jpeg", png, Map.of()).json().get("asset");

        assertThat(asset.get("content_type").asText()).isEqualTo("image/png");
        assertThat(asset.get("short_filename").asText()).isEqualTo("photo.png");
    }

    @Test
    void text_named_like_a_jpeg_is_refused_with_415_naming_what_it_is_and_nothing_is_kept() throws IOException {
        var text = "<?php system($_GET['c']); ?> definitely a photo".getBytes(StandardCharsets.UTF_8);

        var response = site.upload(site.admin, "holiday.jpg", "image/jpeg", text, Map.of());

        assertThat(response.status()).isEqualTo(415);
        assertThat(response.json().get("error").asText()).contains("holiday.jpg is text", "JPEG, PNG, GIF, WebP, SVG, PDF and MP4");
        assertThat(site.admin.get(site.assets()).json().get("assets")).isEmpty();
        assertThat(originals(app)).isEmpty();
        assertThat(temporaryFiles(app)).isEmpty();
    }

    @Test
    void the_same_bytes_are_stored_once_and_answered_as_the_existing_asset_of_the_space() throws IOException {
        var bytes = Images.plain("png", 20, 20, Color.ORANGE);
        var first = site.upload("orange.png", bytes);
        var again = site.upload("orange-copy.png", bytes);
        var elsewhere = new AssetSite(site.admin);
        var inAnotherSpace = elsewhere.upload("orange.png", bytes);

        assertThat(first.status()).isEqualTo(201);
        assertThat(again.status()).isEqualTo(200);
        assertThat(again.json().at("/asset/id").asLong()).isEqualTo(first.json().at("/asset/id").asLong());
        assertThat(again.json().at("/asset/short_filename").asText()).isEqualTo("orange.png");
        assertThat(inAnotherSpace.status()).isEqualTo(201);
        assertThat(inAnotherSpace.json().at("/asset/id").asLong()).isNotEqualTo(first.json().at("/asset/id").asLong());
        assertThat(site.admin.get(site.assets()).header("total")).isEqualTo("1");
        assertThat(originals(app)).hasSize(1);
        assertThat(temporaryFiles(app)).isEmpty();
    }

    @Test
    void files_over_the_upload_limit_are_refused_with_413_announced_or_not_and_leave_nothing_behind() throws IOException {
        try (var small = new TestApp(TestApp.Setup.on(database).env(Map.of("DUET_MAX_UPLOAD_BYTES", "4096")))) {
            var limited = new AssetSite(small.admin());
            var big = new byte[200_000];
            big[0] = (byte) 0xFF;
            big[1] = (byte) 0xD8;
            big[2] = (byte) 0xFF;
            var file = new Client.FilePart("big.jpg", "image/jpeg", big);
            var justOver = new Client.FilePart("big.jpg", "image/jpeg", java.util.Arrays.copyOf(big, 4097));

            var announced = limited.admin.upload(limited.assets(), Map.of(), file);
            var streamed = limited.admin.upload(limited.assets(), Map.of(), file, true);
            var byOneByte = limited.admin.upload(limited.assets(), Map.of(), justOver);

            for (var response : List.of(announced, streamed, byOneByte)) {
                assertThat(response.status()).as(response.toString()).isEqualTo(413);
                assertThat(response.json().get("error").asText()).contains("upload limit of 4096 bytes");
            }
            assertThat(limited.admin.get(limited.assets()).header("total")).isEqualTo("0");
            assertThat(originals(small)).isEmpty();
            assertThat(temporaryFiles(small)).isEmpty();
            var fits = Images.plain("png", 8, 8, Color.PINK);
            assertThat(limited.upload("fits.png", fits).status()).isEqualTo(201);
        }
    }

    @Test
    void a_large_upload_spooled_to_disk_is_stored_whole_and_leaves_no_temporary_file() throws Exception {
        var noise = new java.awt.image.BufferedImage(600, 600, java.awt.image.BufferedImage.TYPE_INT_RGB);
        var random = new java.util.Random(7);
        for (int y = 0; y < 600; y++) for (int x = 0; x < 600; x++) noise.setRGB(x, y, random.nextInt());
        var bytes = Images.encode(noise, "png");

        var asset = site.upload("noise.png", bytes).json().get("asset");

        assertThat(bytes.length).as("larger than what the multipart parser keeps in memory").isGreaterThan(256 * 1024);
        assertThat(app.anonymous().download(asset.get("filename").asText().substring(app.base().length())).bytes()).isEqualTo(bytes);
        assertThat(temporaryFiles(app)).isEmpty();
    }

    @Test
    void a_client_file_name_never_becomes_a_path_only_a_sanitised_name() throws IOException {
        var bytes = Images.plain("png", 12, 12, Color.CYAN);

        var traversal = site.upload("../../../etc/passwd.png", bytes).json().get("asset");
        var windows = site.upload("..\\..\\boot.ini.png", Images.plain("png", 13, 13, Color.CYAN)).json().get("asset");
        var odd = site.upload("Überraschung & \"Grüße\" <script>.png", Images.plain("png", 14, 14, Color.CYAN)).json().get("asset");
        var hidden = site.upload(".htaccess", Images.plain("png", 15, 15, Color.CYAN)).json().get("asset");

        assertThat(traversal.get("short_filename").asText()).isEqualTo("passwd.png");
        assertThat(windows.get("short_filename").asText()).isEqualTo("boot.ini.png");
        assertThat(odd.get("short_filename").asText()).isEqualTo("Uberraschung-Grusse-script.png");
        assertThat(hidden.get("short_filename").asText()).isEqualTo("htaccess.png");
        assertThat(originals(app)).hasSize(4).allMatch(path -> path.matches("[0-9a-f]{2}/[0-9a-f]{2}/[0-9a-f]{64}"));
        try (var everything = Files.walk(app.wiring.config.dataDir())) {
            assertThat(everything.map(Path::getFileName).map(Path::toString))
                    .noneMatch(name -> name.contains("passwd") || name.contains("boot") || name.contains("htaccess"));
        }
    }

    @Test
    void an_upload_needs_a_file_part_sent_as_multipart_form_data() {
        var noFile = site.admin.upload(site.assets(), Map.of("alt", "nothing attached"), null);
        var json = site.admin.post(site.assets(), Map.of("filename", "hero.png"));

        assertThat(noFile.status()).isEqualTo(400);
        assertThat(noFile.json().at("/details/0/path").asText()).isEqualTo("file");
        assertThat(json.status()).isEqualTo(415);
        assertThat(json.json().get("error").asText()).contains("multipart/form-data");
    }

    @Test
    void bad_metadata_in_an_upload_is_refused_naming_the_field_and_nothing_is_kept() throws IOException {
        var bytes = Images.plain("png", 50, 40, Color.MAGENTA);

        var outside = site.upload(site.admin, "m.png", "image/png", bytes, Map.of("focus", "10x10:51x11"));
        var malformed = site.upload(site.admin, "m.png", "image/png", bytes, Map.of("focus", "center"));
        var noFolder = site.upload(site.admin, "m.png", "image/png", bytes, Map.of("asset_folder_id", "999"));
        var notAnId = site.upload(site.admin, "m.png", "image/png", bytes, Map.of("asset_folder_id", "docs"));
        var longAlt = site.upload(site.admin, "m.png", "image/png", bytes, Map.of("alt", "x".repeat(1001)));

        assertThat(outside.status()).isEqualTo(400);
        assertThat(outside.json().at("/details/0/path").asText()).isEqualTo("focus");
        assertThat(outside.json().get("error").asText()).contains("inside the 50x40 image");
        assertThat(malformed.json().at("/details/0/path").asText()).isEqualTo("focus");
        assertThat(noFolder.status()).isEqualTo(400);
        assertThat(noFolder.json().at("/details/0/path").asText()).isEqualTo("asset_folder_id");
        assertThat(notAnId.json().at("/details/0/path").asText()).isEqualTo("asset_folder_id");
        assertThat(longAlt.json().at("/details/0/path").asText()).isEqualTo("alt");
        assertThat(site.admin.get(site.assets()).header("total")).isEqualTo("0");
        assertThat(originals(app)).isEmpty();
        assertThat(temporaryFiles(app)).isEmpty();
    }

    @Test
    void editors_upload_but_viewers_and_approvers_may_not_and_nothing_is_stored() {
        var bytes = Images.plain("png", 16, 16, Color.YELLOW);

        var viewer = site.upload(app.as(Role.VIEWER), "v.png", "image/png", bytes, Map.of());
        var approver = site.upload(app.as(Role.APPROVER), "a.png", "image/png", bytes, Map.of());
        var anonymous = site.upload(app.anonymous(), "x.png", "image/png", bytes, Map.of());

        assertThat(viewer.status()).isEqualTo(403);
        assertThat(viewer.json().get("error").asText()).contains("story:write");
        assertThat(approver.status()).isEqualTo(403);
        assertThat(anonymous.status()).isEqualTo(401);
        assertThat(site.admin.get(site.assets()).header("total")).isEqualTo("0");
        assertThat(site.upload(app.as(Role.EDITOR), "e.png", "image/png", bytes, Map.of()).status()).isEqualTo(201);
    }

    @Test
    void uploading_to_an_unknown_space_is_404() {
        var response = app.admin().upload("/api/spaces/999/assets", Map.of(),
                new Client.FilePart("x.png", "image/png", Images.plain("png", 4, 4, Color.BLACK)));

        assertThat(response.status()).isEqualTo(404);
        assertThat(response.json().get("error").asText()).isEqualTo("space 999 not found");
    }

    @Test
    void svg_pdf_gif_and_mp4_are_accepted_by_their_content() {
        var svg = "<?xml version=\"1.0\"?>\n<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"10\" height=\"10\"></svg>";
        var pdf = "%PDF-1.7\n1 0 obj << >> endobj\n%%EOF";
        var mp4 = new byte[32];
        System.arraycopy(new byte[] {0, 0, 0, 32, 'f', 't', 'y', 'p', 'i', 's', 'o', 'm'}, 0, mp4, 0, 12);

        var types = List.of(
                site.upload("logo", svg.getBytes(StandardCharsets.UTF_8)),
                site.upload("terms.txt", pdf.getBytes(StandardCharsets.UTF_8)),
                site.upload("anim.gif", Images.plain("gif", 30, 20, Color.RED)),
                site.upload("clip.mov", mp4)).stream().map(response -> response.json().get("asset")).toList();

        assertThat(types).extracting(asset -> asset.get("content_type").asText())
                .containsExactly("image/svg+xml", "application/pdf", "image/gif", "video/mp4");
        assertThat(types).extracting(asset -> asset.get("short_filename").asText())
                .containsExactly("logo.svg", "terms.pdf", "anim.gif", "clip.mp4");
        assertThat(types.get(2).get("width").asInt()).isEqualTo(30);
        assertThat(types.get(0).get("width").isNull()).isTrue();
    }
}
