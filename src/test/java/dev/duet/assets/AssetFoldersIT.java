package dev.duet.assets;

import dev.duet.access.Role;
import dev.duet.testing.OnBothDatabases;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.awt.Color;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

class AssetFoldersIT extends OnBothDatabases {

    private AssetSite site;

    @BeforeEach
    void createSpace() {
        site = new AssetSite(app.admin());
    }

    private static Map<String, Object> folder(Object... pairs) {
        var settings = new HashMap<String, Object>();
        for (int i = 0; i < pairs.length; i += 2) settings.put((String) pairs[i], pairs[i + 1]);
        return Map.of("asset_folder", settings);
    }

    @Test
    void folders_nest_and_are_listed_as_one_tree() {
        long brand = site.folder("Brand", null);
        long logos = site.folder("Logos", brand);
        long photos = site.folder("Photos", null);

        var list = site.admin.get(site.folders()).json().get("asset_folders");
        var one = site.admin.get(site.folders() + "/" + logos).json().get("asset_folder");

        assertThat(list).extracting(node -> node.get("name").asText()).containsExactly("Brand", "Logos", "Photos");
        assertThat(one.get("parent_id").asLong()).isEqualTo(brand);
        assertThat(one.get("space_id").asLong()).isEqualTo(site.space);
        assertThat(list.get(2).get("id").asLong()).isEqualTo(photos);
        assertThat(list.get(2).get("parent_id").isNull()).isTrue();
    }

    @Test
    void a_folder_is_renamed_and_moved_with_what_it_holds() {
        long brand = site.folder("Brand", null);
        long logos = site.folder("Logos", brand);
        long asset = site.redBlue();
        site.admin.put(site.assets() + "/" + asset, Map.of("asset", Map.of("asset_folder_id", logos)));

        var moved = site.admin.put(site.folders() + "/" + logos, folder("name", "Marks", "parent_id", 0));

        assertThat(moved.status()).isEqualTo(200);
        assertThat(moved.json().at("/asset_folder/name").asText()).isEqualTo("Marks");
        assertThat(moved.json().at("/asset_folder/parent_id").isNull()).isTrue();
        assertThat(site.admin.get(site.assets() + "?in_folder=" + logos).header("total")).isEqualTo("1");
        var back = site.admin.put(site.folders() + "/" + logos, folder("parent_id", brand)).json().get("asset_folder");
        assertThat(back.get("parent_id").asLong()).isEqualTo(brand);
        assertThat(back.get("name").asText()).as("not given, so kept").isEqualTo("Marks");
    }

    @Test
    void a_folder_cannot_move_into_itself_or_below_itself_nor_under_an_unknown_folder() {
        long brand = site.folder("Brand", null);
        long logos = site.folder("Logos", brand);
        long old = site.folder("Old", logos);

        var intoItself = site.admin.put(site.folders() + "/" + brand, folder("parent_id", brand));
        var belowItself = site.admin.put(site.folders() + "/" + brand, folder("name", "Renamed", "parent_id", old));
        var unknown = site.admin.put(site.folders() + "/" + brand, folder("parent_id", 999));
        var createUnder = site.admin.post(site.folders(), folder("name", "Lost", "parent_id", 999));

        assertThat(List.of(intoItself, belowItself, unknown, createUnder)).allSatisfy(response -> {
            assertThat(response.status()).isEqualTo(400);
            assertThat(response.json().at("/details/0/path").asText()).isEqualTo("parent_id");
        });
        assertThat(belowItself.json().get("error").asText()).contains("inside itself or one of its subfolders");
        var unchanged = site.admin.get(site.folders() + "/" + brand).json().get("asset_folder");
        assertThat(unchanged.get("name").asText()).isEqualTo("Brand");
        assertThat(unchanged.get("parent_id").isNull()).isTrue();
        assertThat(site.admin.get(site.folders()).json().get("asset_folders")).hasSize(3);
    }

    @Test
    void a_folder_needs_a_name() {
        var missing = site.admin.post(site.folders(), folder("parent_id", 0));
        var blank = site.admin.post(site.folders(), folder("name", " "));
        var tooLong = site.admin.post(site.folders(), folder("name", "n".repeat(201)));
        var unwrapped = site.admin.post(site.folders(), Map.of("name", "Flat"));

        assertThat(List.of(missing, blank, tooLong)).allSatisfy(response -> {
            assertThat(response.status()).isEqualTo(400);
            assertThat(response.json().at("/details/0/path").asText()).isEqualTo("name");
        });
        assertThat(unwrapped.json().at("/details/0/path").asText()).isEqualTo("asset_folder");
        assertThat(site.admin.get(site.folders()).json().get("asset_folders")).isEmpty();
    }

    @Test
    void an_empty_folder_is_deleted_but_one_holding_assets_or_folders_is_refused_with_409() {
        long withAsset = site.folder("Campaign", null);
        site.upload(site.admin, "c.png", "image/png", Images.plain("png", 6, 6, Color.RED),
                Map.of("asset_folder_id", Long.toString(withAsset)));
        long withFolder = site.folder("Archive", null);
        site.folder("2024", withFolder);
        long empty = site.folder("Empty", null);

        var refusedForAsset = site.admin.delete(site.folders() + "/" + withAsset);
        var refusedForFolder = site.admin.delete(site.folders() + "/" + withFolder);
        var deleted = site.admin.delete(site.folders() + "/" + empty);

        assertThat(refusedForAsset.status()).isEqualTo(409);
        assertThat(refusedForAsset.json().get("error").asText()).contains("still holds 1 assets and 0 folders");
        assertThat(refusedForAsset.json().at("/details/0/assets").asLong()).isEqualTo(1);
        assertThat(refusedForFolder.status()).isEqualTo(409);
        assertThat(refusedForFolder.json().at("/details/0/folders").asLong()).isEqualTo(1);
        assertThat(deleted.status()).isEqualTo(204);
        assertThat(site.admin.get(site.folders()).json().get("asset_folders")).extracting(node -> node.get("name").asText())
                .containsExactly("2024", "Archive", "Campaign");
        assertThat(site.admin.get(site.assets() + "?in_folder=" + withAsset).header("total")).isEqualTo("1");
    }

    @Test
    void viewers_see_folders_but_cannot_create_change_or_delete_them() {
        long brand = site.folder("Brand", null);
        var viewer = app.as(Role.VIEWER);

        assertThat(viewer.get(site.folders()).status()).isEqualTo(200);
        assertThat(viewer.post(site.folders(), folder("name", "Mine")).status()).isEqualTo(403);
        assertThat(viewer.put(site.folders() + "/" + brand, folder("name", "Theirs")).status()).isEqualTo(403);
        assertThat(viewer.delete(site.folders() + "/" + brand).status()).isEqualTo(403);
        assertThat(site.admin.get(site.folders()).json().get("asset_folders")).extracting(node -> node.get("name").asText())
                .containsExactly("Brand");
        assertThat(app.as(Role.EDITOR).post(site.folders(), folder("name", "Editors may")).status()).isEqualTo(201);
    }

    @Test
    void unknown_folders_are_404_also_from_another_space() {
        long brand = site.folder("Brand", null);
        var other = new AssetSite(site.admin);

        assertThat(site.admin.get(site.folders() + "/999").json().get("error").asText()).isEqualTo("asset folder 999 not found");
        assertThat(site.admin.get(other.folders() + "/" + brand).status()).isEqualTo(404);
        assertThat(site.admin.put(other.folders() + "/" + brand, folder("name", "x")).status()).isEqualTo(404);
        assertThat(site.admin.delete(other.folders() + "/" + brand).status()).isEqualTo(404);
        assertThat(site.admin.get(site.folders() + "/abc").status()).isEqualTo(400);
    }
}
