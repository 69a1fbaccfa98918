package dev.duet.browser;

import com.fasterxml.jackson.databind.JsonNode;
import dev.duet.access.Role;
import dev.duet.testing.TestApp;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.Keys;

import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** The admin app's sign-in and content tree, in real headless Chromium against a real Duet with the demo space. */
class ContentTreeIT extends OnDemoSpace {


    private String content() {
        return "admin/spaces/" + spaceId + "/content";
    }

    @Test
    void a_wrong_password_is_explained_and_the_right_one_opens_the_content_tree() {
        browser.open("admin/");
        browser.type("input[name=email]", TestApp.ADMIN_EMAIL).type("input[name=password]", "wrong password");
        browser.click("button[type=submit]");
        assertThat(browser.find(".form-error").getText()).contains("do not match an account");

        browser.type("input[name=password]", TestApp.PASSWORD).click("button[type=submit]");
        browser.find("nav.sidebar");
        assertThat(browser.path()).isEqualTo("/" + content());
        var roots = rootNames();
        browser.waitUntil(driver -> rowNames().containsAll(roots)); // the sidebar shows before the rows have loaded
        assertThat(browser.find("select[aria-label=Space] option:checked").getText()).isEqualTo(app.wiring.spaces.get(spaceId).name());
    }

    @Test
    void a_deep_link_survives_signing_in() {
        browser.open("admin/spaces/" + spaceId + "/settings");
        assertThat(browser.path()).startsWith("/admin/login?next=");
        browser.type("input[name=email]", TestApp.ADMIN_EMAIL).type("input[name=password]", TestApp.PASSWORD);
        browser.click("button[type=submit]");
        assertThat(browser.find("input[name=preview_url]").isDisplayed()).isTrue();
        assertThat(browser.path()).isEqualTo("/admin/spaces/" + spaceId + "/settings");
    }

    @Test
    void folders_open_with_a_breadcrumb_and_a_new_folder_appears_in_place() {
        browser.signIn(TestApp.ADMIN_EMAIL, TestApp.PASSWORD).open(content());
        browser.findWithText(".story-row a", "Blog").click();
        browser.findWithText(".breadcrumb a", "Acme Cloud");
        assertThat(browser.find("h1").getText()).isEqualTo("Blog");

        browser.click(".page-header button.secondary");
        browser.type("dialog input[name=name]", "Spring Campaign");
        assertThat(browser.find("dialog input[name=slug]").getAttribute("value")).isEqualTo("spring-campaign");
        browser.click("dialog button[type=submit]");
        browser.findWithText(".story-row .row-name", "Spring Campaign");

        var created = storyBySlug("blog/spring-campaign");
        assertThat(created.get("is_folder").asBoolean()).isTrue();
    }

    @Test
    void searching_and_filtering_list_matches_from_the_whole_space() {
        browser.signIn(TestApp.ADMIN_EMAIL, TestApp.PASSWORD).open(content());
        browser.findWithText(".story-row .row-name", "Blog");
        var somePost = admin.get("/api/spaces/" + spaceId + "/stories?component=blog_post&per_page=1").json().at("/stories/0");

        browser.type(".toolbar input[type=search]", somePost.get("name").asText());
        browser.findWithText(".story-row .row-slug", somePost.get("full_slug").asText());
        assertThat(browser.find(".count").getText()).contains("matching");

        browser.type(".toolbar input[type=search]", "no story is called this");
        assertThat(browser.find(".empty-state h2").getText()).isEqualTo("No stories match");
    }

    @Test
    void alt_arrow_keys_reorder_a_story_and_the_order_is_saved() {
        browser.signIn(TestApp.ADMIN_EMAIL, TestApp.PASSWORD).open(content());
        var before = rootNames();
        browser.findWithText(".story-row .row-name", before.get(0));
        var first = browser.find(".story-row a");
        first.sendKeys(Keys.chord(Keys.ALT, Keys.ARROW_DOWN));

        var expected = new ArrayList<>(before);
        expected.add(1, expected.remove(0));
        browser.waitUntil(driver -> rootNames().equals(expected));
        // the server has the new order; the tree shows it once its reload after the move has answered
        browser.waitUntil(driver -> rowNames().equals(expected));
    }

    @Test
    void dropping_a_story_on_a_folder_moves_it_there() {
        browser.signIn(TestApp.ADMIN_EMAIL, TestApp.PASSWORD).open(content());
        var story = admin.get("/api/spaces/" + spaceId + "/stories?parent_id=0&is_folder=false&per_page=1").json().at("/stories/0");
        var folder = admin.get("/api/spaces/" + spaceId + "/stories?parent_id=0&is_folder=true&per_page=1").json().at("/stories/0");
        browser.findWithText(".story-row .row-name", story.get("name").asText());
        // Chromium's WebDriver cannot drive HTML5 drag and drop with the mouse, so the test sends the same DOM events
        browser.script("""
                const [from, to] = [arguments[0], arguments[1]].map(id => document.querySelector(`[data-story-id="${id}"]`));
                const data = new DataTransfer();
                const box = to.getBoundingClientRect();
                const at = { bubbles: true, cancelable: true, dataTransfer: data, clientX: box.left + 20, clientY: box.top + box.height / 2 };
                from.dispatchEvent(new DragEvent('dragstart', at));
                to.dispatchEvent(new DragEvent('dragover', at));
                to.dispatchEvent(new DragEvent('drop', at));
                """, story.get("id").asLong(), folder.get("id").asLong());

        browser.waitUntil(driver -> !rowNames().contains(story.get("name").asText()));
        var moved = admin.get("/api/spaces/" + spaceId + "/stories/" + story.get("id").asLong()).json().get("story");
        assertThat(moved.get("parent_id").asLong()).isEqualTo(folder.get("id").asLong());
    }

    @Test
    void a_viewer_sees_the_tree_without_buttons_that_would_change_it() {
        app.wiring.users.create("viewer@example.com", "Vera Viewer", Role.VIEWER, TestApp.PASSWORD);
        browser.signIn("viewer@example.com", TestApp.PASSWORD).open(content());
        browser.findWithText(".story-row .row-name", rootNames().get(0));
        assertThat(browser.all(".page-header .actions button")).isEmpty();
        assertThat(browser.all(".row-actions")).isEmpty();
        assertThat(browser.find(".who small").getText()).isEqualTo("viewer");
    }

    private List<String> rowNames() {
        return browser.texts(".story-row .row-name");
    }

    private List<String> rootNames() {
        var names = new ArrayList<String>();
        admin.get("/api/spaces/" + spaceId + "/stories?parent_id=0&per_page=100&sort_by=position").json().get("stories")
                .forEach(story -> names.add(story.get("name").asText()));
        return names;
    }

    private JsonNode storyBySlug(String fullSlug) {
        for (var story : admin.get("/api/spaces/" + spaceId + "/stories?per_page=100&search=" + fullSlug.substring(fullSlug.lastIndexOf('/') + 1)).json().get("stories")) {
            if (story.get("full_slug").asText().equals(fullSlug)) return story;
        }
        throw new AssertionError("no story " + fullSlug);
    }
}
