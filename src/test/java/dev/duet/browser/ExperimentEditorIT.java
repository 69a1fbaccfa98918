package dev.duet.browser;

import com.fasterxml.jackson.databind.JsonNode;
import dev.duet.content.Spaces;
import dev.duet.testing.TestApp;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.Keys;
import org.openqa.selenium.support.ui.Select;

import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A marketer tests a variant of a block in the visual editor, in real Chromium on the demo space with the demo site as
 * the live preview: "Test a variant" wraps the block into an experiment, the variant is edited in its tab, the test
 * is started, saved and published, and the preview shows whichever variant is chosen.
 */
class ExperimentEditorIT extends OnDemoSpace {

    private long homeId;

    @BeforeEach
    void previewOnTheDemoSiteAndFindHome() {
        var space = app.wiring.spaces.get(spaceId);
        app.wiring.spaces.update(spaceId,
                new Spaces.Settings(space.name(), space.defaultLanguage(), space.languages(), app.base() + "/demo-site/"));
        for (var story : admin.get("/api/spaces/" + spaceId + "/stories?search=home&per_page=100").json().get("stories")) {
            if (story.get("full_slug").asText().equals("home")) homeId = story.get("id").asLong();
        }
    }

    @Test
    void a_marketer_tests_a_new_hero_headline_starts_the_test_publishes_it_and_previews_either_variant() {
        var heroUid = body().at("/0/_uid").asText();
        var original = body().at("/0/headline").asText();
        assertThat(body().at("/0/component").asText()).isEqualTo("hero");
        openEditor();

        // "Test a variant" on the hero's card asks for the test's name (suggested), its goal and the split
        browser.click(card(heroUid) + " > .block-header .test-variant");
        browser.find("dialog .experiment-setup");
        assertThat(browser.find("dialog input[name=key]").getAttribute("value")).isEqualTo("home-hero");
        assertThat(browser.find("dialog input[name=control_share]").getAttribute("value")).isEqualTo("50");
        assertThat(browser.find("dialog input[name=coverage]").getAttribute("value")).isEqualTo("100");
        browser.click("dialog button[type=submit]");
        assertThat(browser.find("dialog .dialog-error").getText()).isNotBlank(); // no goal event named yet
        browser.type("dialog .setup-goals .metric-event", "signup");
        // a guardrail that must not rise: refunds, lower is better
        browser.click("dialog .setup-guardrails .add-metric");
        new Select(browser.find("dialog .setup-guardrails select.metric-type")).selectByValue("custom");
        browser.type("dialog .setup-guardrails .metric-event", "refund");
        browser.click("dialog .setup-guardrails input.metric-lower-is-better");
        browser.click("dialog button[type=submit]");
        browser.waitUntil(driver -> browser.all("dialog").isEmpty() ? true : null);

        // the hero is now an experiment card whose second variant is open, and the draft is unsaved
        var experimentCard = "[data-path=body] li.block-card.experiment-block";
        browser.find(experimentCard + " duet-experiment-card");
        browser.findWithText(".unsaved", "Unsaved changes");
        browser.waitUntil(driver -> "1".equals(browser.find(experimentCard + " .variant-tab[aria-selected=true]").getAttribute("data-variation")) ? true : null);
        var variantHeadline = experimentCard + " .variant-panel[data-variation='1'] [data-field=headline] input";
        assertThat(browser.find(variantHeadline).getAttribute("value")).isEqualTo(original);

        // a problem the server finds inside a variant opens that variant's tab, next to the field
        replaceText(variantHeadline, "");
        browser.find(experimentCard + " .variant-tab[data-variation='1']").sendKeys(Keys.ARROW_LEFT);
        browser.waitUntil(driver -> "0".equals(browser.find(experimentCard + " .variant-tab[aria-selected=true]").getAttribute("data-variation")) ? true : null);
        browser.click("duet-story-editor button.save");
        browser.findWithText(".toast", "Not saved");
        browser.find(experimentCard + " .variant-panel[data-variation='1'] [data-field=headline] .field-error");
        assertThat(browser.consoleErrors()).as("only the refused save").allMatch(message -> message.contains("status of 400"));
        replaceText(variantHeadline, "Infrastructure your team trusts, in minutes");

        // the variant tabs follow the arrow keys, and the preview shows the variant whose tab is open
        browser.find(experimentCard + " .variant-tab[data-variation='1']").sendKeys(Keys.ARROW_LEFT);
        browser.waitUntil(driver -> "0".equals(browser.find(experimentCard + " .variant-tab[aria-selected=true]").getAttribute("data-variation")) ? true : null);
        assertThat(browser.find(experimentCard + " .variant-panel [data-field=headline] input").getAttribute("value")).isEqualTo(original);
        waitForLivePreview();
        inPreview(() -> browser.findWithText("section.hero h1", original));
        browser.find(experimentCard + " .variant-tab[data-variation='0']").sendKeys(Keys.ARROW_RIGHT);
        inPreview(() -> browser.findWithText("section.hero h1", "Infrastructure your team trusts, in minutes"));

        // the analysis is planned before any data: p-values, corrected for the goal and the guardrail
        new Select(browser.find(experimentCard + " select.analysis-engine")).selectByValue("frequentist");
        new Select(browser.find(experimentCard + " select.analysis-correction")).selectByValue("holm");

        // started, saved and published
        browser.click(experimentCard + " .start-experiment");
        browser.findWithText(experimentCard + " .experiment-status", "Running");
        save();
        browser.click("duet-story-editor button.publish");
        browser.findWithText(".toast", "Published");

        // the API holds the experiment: the control is the hero as it was (same _uid), variant B a copy with a new one
        var experiment = body().get(0);
        assertThat(experiment.get("component").asText()).isEqualTo("duet_experiment");
        assertThat(experiment.get("key").asText()).isEqualTo("home-hero");
        assertThat(experiment.get("status").asText()).isEqualTo("running");
        assertThat(experiment.get("variants")).hasSize(2);
        assertThat(experiment.at("/variants/0/_uid").asText()).isEqualTo(heroUid);
        assertThat(experiment.at("/variants/0/headline").asText()).isEqualTo(original);
        assertThat(experiment.at("/variants/1/_uid").asText()).isNotEqualTo(heroUid).isNotBlank();
        assertThat(experiment.at("/variants/1/headline").asText()).isEqualTo("Infrastructure your team trusts, in minutes");
        assertThat(texts(experiment.get("variant_names"))).containsExactly("Control", "Variant B");
        assertThat(experiment.at("/weights/0").asDouble() + experiment.at("/weights/1").asDouble()).isEqualTo(1.0);
        assertThat(experiment.at("/goals/0/type").asText()).isEqualTo("conversion");
        assertThat(experiment.at("/goals/0/event").asText()).isEqualTo("signup");
        assertThat(experiment.at("/goals/0/lower_is_better").isMissingNode()).isTrue();
        assertThat(experiment.at("/guardrails/0/event").asText()).isEqualTo("refund");
        assertThat(experiment.at("/guardrails/0/aggregation").asText()).isEqualTo("sum");
        assertThat(experiment.at("/guardrails/0/lower_is_better").asBoolean()).isTrue();
        assertThat(experiment.get("analysis").toString()).isEqualTo("{\"engine\":\"frequentist\",\"correction\":\"holm\"}");
        var story = admin.get("/api/spaces/" + spaceId + "/stories/" + homeId).json().get("story");
        assertThat(story.get("published").asBoolean()).isTrue();
        assertThat(story.get("unpublished_changes").asBoolean()).isFalse();

        // the "Preview shows" list chooses too: the control, then variant B again
        new Select(browser.find(experimentCard + " select.preview-variant")).selectByValue("0");
        inPreview(() -> browser.findWithText("section.hero h1", original));
        assertThat(browser.find(experimentCard + " .variant-tab[aria-selected=true]").getAttribute("data-variation")).isEqualTo("0");
        new Select(browser.find(experimentCard + " select.preview-variant")).selectByValue("1");
        inPreview(() -> browser.findWithText("section.hero h1", "Infrastructure your team trusts, in minutes"));

        // the card links to the test's results
        browser.click(experimentCard + " a.experiment-results-link");
        browser.findWithText("h1.experiment-title", "home-hero");
        assertThat(browser.find(".experiment-decision").getAttribute("data-action")).isEqualTo("keep_running");
        assertThat(new Select(browser.find("select.engine")).getFirstSelectedOption().getAttribute("value")).isEqualTo("frequentist");
        assertThat(new Select(browser.find("select.correction")).getFirstSelectedOption().getAttribute("value")).isEqualTo("holm");
        browser.find(".method-planned");
        assertThat(browser.consoleErrors()).isEmpty();
    }

    @Test
    void variants_are_added_weighted_and_removed_and_ending_the_test_keeps_the_chosen_variant_with_fresh_nested_ids() {
        var gridUid = "";
        var featureUids = new ArrayList<String>();
        for (var block : body()) {
            if (block.get("component").asText().equals("feature_grid")) {
                gridUid = block.get("_uid").asText();
                block.get("features").forEach(feature -> featureUids.add(feature.get("_uid").asText()));
                break;
            }
        }
        assertThat(featureUids).isNotEmpty();
        openEditor();

        // opened from the keyboard; a name with capitals and spaces is explained; a click goal needs no event name
        browser.find(card(gridUid) + " > .block-header .test-variant").sendKeys(Keys.ENTER);
        browser.type("dialog input[name=key]", "Home Features");
        browser.click("dialog button[type=submit]");
        assertThat(browser.find("dialog .dialog-error").getText()).contains("lowercase letters");
        browser.type("dialog input[name=key]", "home-features");
        new Select(browser.find("dialog .setup-goals select.metric-type")).selectByValue("click");
        browser.type("dialog input[name=variant_share]", "30");
        assertThat(browser.find("dialog input[name=control_share]").getAttribute("value")).isEqualTo("70");
        browser.click("dialog button[type=submit]");
        browser.waitUntil(driver -> browser.all("dialog").isEmpty() ? true : null);
        var experimentCard = "[data-path=body] li.block-card.experiment-block";
        browser.find(experimentCard + " duet-experiment-card");

        // a third variant evens the split; a weight change keeps the total at 100%
        browser.click(experimentCard + " .add-variant");
        browser.waitUntil(driver -> browser.all(experimentCard + " .variant-tab").size() == 3 ? true : null);
        assertThat(weights(experimentCard)).containsExactly("33.3", "33.3", "33.4");
        var weight = browser.find(experimentCard + " .variant-weight[data-variation='0']");
        weight.sendKeys(Keys.chord(Keys.CONTROL, "a"), "50", Keys.TAB);
        browser.waitUntil(driver -> weights(experimentCard).equals(List.of("50", "25", "25")) ? true : null);
        browser.click(experimentCard + " .variant-tab[data-variation='2']");
        browser.click(experimentCard + " .remove-variant");
        browser.click("dialog button[type=submit]");
        browser.waitUntil(driver -> browser.all(experimentCard + " .variant-tab").size() == 2 ? true : null);
        assertThat(browser.find(experimentCard + " .remove-variant").isEnabled()).isFalse();
        save();
        var experiment = findExperiment();
        assertThat(experiment.at("/goals/0/type").asText()).isEqualTo("click");
        assertThat(experiment.at("/goals/0/block").asText()).isEqualTo(experiment.get("_uid").asText());
        assertThat(experiment.at("/variants/0/_uid").asText()).isEqualTo(gridUid);
        var copiedFeatureUids = new ArrayList<String>();
        experiment.at("/variants/1/features").forEach(feature -> copiedFeatureUids.add(feature.get("_uid").asText()));
        assertThat(copiedFeatureUids).hasSameSizeAs(featureUids).doesNotContainAnyElementsOf(featureUids);

        // "End test: keep Variant B" puts variant B in the test's place
        new Select(browser.find(experimentCard + " select.keep-variant")).selectByValue("1");
        browser.click(experimentCard + " .end-experiment");
        browser.click("dialog button[type=submit]");
        browser.waitUntil(driver -> browser.all(experimentCard).isEmpty() ? true : null);
        save();
        assertThat(findExperiment()).isNull();
        var kept = new ArrayList<String>();
        for (var block : body()) if (block.get("component").asText().equals("feature_grid")) kept.add(block.get("_uid").asText());
        assertThat(kept).containsExactly(experiment.at("/variants/1/_uid").asText());
        assertThat(browser.consoleErrors()).isEmpty();
    }

    // ------------------------------------------------------------------ steps

    private void openEditor() {
        signedInAt("admin/spaces/" + spaceId + "/stories/" + homeId);
        browser.find("duet-story-editor .story-content duet-blok-form");
    }

    private void waitForLivePreview() {
        browser.waitUntil(driver -> browser.all("duet-story-editor .preview-bar").stream()
                .anyMatch(bar -> bar.getText().contains("Live")) ? true : null);
    }

    private void replaceText(String css, String text) {
        var input = browser.find(css);
        input.sendKeys(Keys.chord(Keys.CONTROL, "a"), Keys.BACK_SPACE);
        input.sendKeys(text);
    }

    private void save() {
        browser.click("duet-story-editor button.save");
        browser.findWithText(".toast", "Saved.");
        browser.waitUntil(driver -> browser.all(".unsaved").isEmpty() ? true : null);
    }

    private void inPreview(Runnable step) {
        browser.driver.switchTo().frame(browser.find("iframe.preview-frame"));
        try {
            step.run();
        } finally {
            browser.driver.switchTo().defaultContent();
        }
    }

    private List<String> weights(String experimentCard) {
        @SuppressWarnings("unchecked")
        var values = (List<String>) browser.script(
                "return [...document.querySelectorAll(arguments[0])].map(input => input.value)", experimentCard + " .variant-weight");
        return values;
    }

    private static String card(String uid) {
        return "[data-path=body] li.block-card[data-uid='" + uid + "']";
    }

    private JsonNode body() {
        return admin.get("/api/spaces/" + spaceId + "/stories/" + homeId).json().at("/story/content/body");
    }

    private JsonNode findExperiment() {
        for (var block : body()) if (block.get("component").asText().equals("duet_experiment")) return block;
        return null;
    }

    private static List<String> texts(JsonNode array) {
        var texts = new ArrayList<String>();
        array.forEach(item -> texts.add(item.asText()));
        return texts;
    }
}
