package dev.duet.assets;

import dev.duet.testing.Client;
import dev.duet.testing.Response;

import java.awt.Color;
import java.util.Map;

/** What the asset tests share: a space to put files in, and uploads of generated images. */
final class AssetSite {

    final Client admin;
    final long space;

    AssetSite(Client admin) {
        this.admin = admin;
        this.space = admin.post("/api/spaces", Map.of("name", "Acme marketing site")).json().at("/space/id").asLong();
    }

    String assets() {
        return "/api/spaces/" + space + "/assets";
    }

    String folders() {
        return "/api/spaces/" + space + "/asset_folders";
    }

    Response upload(Client client, String filename, String contentType, byte[] bytes, Map<String, String> fields) {
        return client.upload(assets(), fields, new Client.FilePart(filename, contentType, bytes));
    }

    Response upload(String filename, byte[] bytes) {
        return upload(admin, filename, "application/octet-stream", bytes, Map.of());
    }

    /** A 400x200 PNG, red on the left and blue on the right; the id of its asset. */
    long redBlue() {
        var response = upload("hero.png", Images.halves("png", 400, 200, Color.RED, Color.BLUE));
        if (response.status() != 201) throw new IllegalStateException("upload failed: " + response);
        return response.json().at("/asset/id").asLong();
    }

    long folder(String name, Long parent) {
        var settings = parent == null ? Map.<String, Object>of("name", name) : Map.<String, Object>of("name", name, "parent_id", parent);
        var response = admin.post(folders(), Map.of("asset_folder", settings));
        if (response.status() != 201) throw new IllegalStateException("folder not created: " + response);
        return response.json().at("/asset_folder/id").asLong();
    }
}
