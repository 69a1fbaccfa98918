package dev.duet.browser;

import com.fasterxml.jackson.databind.JsonNode;
import dev.duet.access.Role;
import dev.duet.testing.Client;
import dev.duet.testing.TestApp;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.interactions.Actions;
import org.openqa.selenium.support.ui.Select;

import javax.imageio.ImageIO;
import java.awt.Color;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;

/** The asset library (Assets screen) in real headless Chromium against a real Duet with the demo space. */
class AssetLibraryIT extends OnDemoSpace {


    @TempDir
    Path files;

    private String assetsScreen() {
        return "admin/spaces/" + spaceId + "/assets";
    }

    @Test
    void an_uploaded_image_gets_a_focus_point_by_click_and_by_arrow_key_and_the_api_stores_it() throws IOException {
        var png = png("team-photo.png", 400, 300);
        browser.signIn(TestApp.ADMIN_EMAIL, TestApp.PASSWORD).open(assetsScreen());
        browser.find(".upload-button");
        browser.driver.findElement(By.cssSelector("input[type=file]")).sendKeys(png.toAbsolutePath().toString());
        browser.findWithText(".asset-card .asset-name", "team-photo.png");
        var asset = onlyAsset();
        assertThat(asset.get("width").asInt()).isEqualTo(400);

        browser.click(".asset-card .asset-open");
        var image = browser.find(".focus-picker img");
        browser.waitUntil(driver -> Boolean.TRUE.equals(browser.script("return arguments[0].complete && arguments[0].naturalWidth > 0", image)));
        int width = image.getSize().getWidth();
        int height = image.getSize().getHeight();
        // Selenium's offsets are from the element's centre: this clicks at three quarters across, one quarter down
        new Actions(browser.driver).moveToElement(image, width / 4, -height / 4).click().perform();
        browser.find(".focus-marker");
        browser.click(".save-asset");
        browser.findWithText(".toast", "Asset saved");

        var centre = focusCentre(assetById(asset.get("id").asLong()).get("focus").asText());
        assertThat(centre[0]).isBetween(290.0, 310.0);
        assertThat(centre[1]).isBetween(65.0, 85.0);
        assertThat(browser.all(".crop-previews img")).hasSize(3)
                .allMatch(crop -> crop.getAttribute("src").contains("/filters:focal("));

        browser.find(".focus-picker").sendKeys(Keys.ARROW_LEFT);
        browser.click(".save-asset");
        browser.waitUntil(driver -> focusCentre(assetById(asset.get("id").asLong()).get("focus").asText())[0] < centre[0] - 5);
    }

    @Test
    void a_folder_is_created_and_an_asset_moves_into_it_from_its_details_and_by_dropping_it() throws IOException {
        var png = png("logo.png", 120, 80);
        browser.signIn(TestApp.ADMIN_EMAIL, TestApp.PASSWORD).open(assetsScreen());
        browser.find(".upload-button");
        browser.driver.findElement(By.cssSelector("input[type=file]")).sendKeys(png.toAbsolutePath().toString());
        browser.findWithText(".asset-card .asset-name", "logo.png");
        long assetId = onlyAsset().get("id").asLong();

        browser.click(".new-folder");
        browser.type("dialog input[name=name]", "Campaigns");
        browser.click("dialog button[type=submit]");
        browser.findWithText(".asset-folder a", "Campaigns");
        long folderId = admin.get("/api/spaces/" + spaceId + "/asset_folders").json().at("/asset_folders/0/id").asLong();

        browser.click(".asset-card .asset-open");
        new Select(browser.find(".asset-form select[name=asset_folder_id]")).selectByVisibleText("Campaigns");
        browser.click(".save-asset");
        browser.findWithText(".toast", "Asset saved");
        assertThat(assetById(assetId).get("asset_folder_id").asLong()).isEqualTo(folderId);

        browser.open(assetsScreen() + "?folder=" + folderId);
        browser.findWithText(".asset-card .asset-name", "logo.png");
        // Chromium's WebDriver cannot drag with the mouse, so the test sends the DOM events the browser would
        browser.script("""
                const card = document.querySelector(`[data-asset-id="${arguments[0]}"]`);
                const top = document.querySelector('.asset-folder[data-folder-id="0"]');
                const data = new DataTransfer();
                card.dispatchEvent(new DragEvent('dragstart', { bubbles: true, cancelable: true, dataTransfer: data }));
                top.dispatchEvent(new DragEvent('dragover', { bubbles: true, cancelable: true, dataTransfer: data }));
                top.dispatchEvent(new DragEvent('drop', { bubbles: true, cancelable: true, dataTransfer: data }));
                """, assetId);
        browser.findWithText(".empty-state h2", "No assets here yet");
        assertThat(assetById(assetId).path("asset_folder_id").asLong(0)).isZero();

        browser.open(assetsScreen());
        browser.findWithText(".asset-card .asset-name", "logo.png").click();
        browser.click(".delete-asset");
        browser.click("dialog button.danger");
        browser.findWithText(".empty-state h2", "No assets here yet");
        assertThat(admin.get("/api/spaces/" + spaceId + "/assets/" + assetId).status()).isEqualTo(404);
    }

    @Test
    void a_file_of_a_refused_type_is_explained_and_nothing_is_uploaded() throws IOException {
        var text = files.resolve("notes.txt");
        Files.writeString(text, "not an image");
        browser.signIn(TestApp.ADMIN_EMAIL, TestApp.PASSWORD).open(assetsScreen());
        browser.find(".upload-button");
        browser.driver.findElement(By.cssSelector("input[type=file]")).sendKeys(text.toAbsolutePath().toString());
        assertThat(browser.find(".upload-failed .upload-error").getText()).contains("cannot be uploaded").contains("PNG");
        assertThat(admin.get("/api/spaces/" + spaceId + "/assets").json().get("assets")).isEmpty();
    }

    @Test
    void a_viewer_browses_assets_without_controls_that_change_them() throws IOException {
        var upload = admin.upload("/api/spaces/" + spaceId + "/assets", java.util.Map.of(),
                new Client.FilePart("chart.png", "image/png", Files.readAllBytes(png("chart.png", 60, 40))));
        assertThat(upload.status()).isEqualTo(201);
        app.wiring.users.create("viewer@example.com", "Vera Viewer", Role.VIEWER, TestApp.PASSWORD);
        browser.signIn("viewer@example.com", TestApp.PASSWORD).open(assetsScreen());
        browser.findWithText(".asset-card .asset-name", "chart.png").click();
        browser.find(".asset-details .asset-facts-list");
        assertThat(browser.all("input[type=file], .new-folder, .save-asset, .delete-asset, .folder-actions")).isEmpty();
    }

    private Path png(String name, int width, int height) throws IOException {
        var image = new BufferedImage(width, height, BufferedImage.TYPE_INT_RGB);
        var graphics = image.createGraphics();
        graphics.setColor(Color.ORANGE);
        graphics.fillRect(0, 0, width, height);
        graphics.setColor(Color.BLUE);
        graphics.fillRect(width / 2, 0, width / 2, height / 2);
        graphics.dispose();
        var file = files.resolve(name);
        ImageIO.write(image, "png", file.toFile());
        return file;
    }

    private JsonNode onlyAsset() {
        var assets = admin.get("/api/spaces/" + spaceId + "/assets").json().get("assets");
        assertThat(assets).hasSize(1);
        return assets.get(0);
    }

    private JsonNode assetById(long id) {
        return admin.get("/api/spaces/" + spaceId + "/assets/" + id).json().get("asset");
    }

    private static double[] focusCentre(String focus) {
        var parts = focus.split("[x:]");
        return new double[] {(Double.parseDouble(parts[0]) + Double.parseDouble(parts[2])) / 2,
                (Double.parseDouble(parts[1]) + Double.parseDouble(parts[3])) / 2};
    }
}
