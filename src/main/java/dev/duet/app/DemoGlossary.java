package dev.duet.app;

import dev.duet.collab.glossary.TermInput;

import java.util.List;

/**
 * Acme's glossary for the demo's first start (journey 5.5): the words marketing and IT trip over, explained for both.
 * The admin app underlines them where they appear.
 */
final class DemoGlossary {

    private DemoGlossary() {
    }

    static void add(Wiring wiring) {
        var glossary = wiring.glossary;
        var release = glossary.create(new TermInput("Release", List.of(),
                "Several story changes that go live together, at one moment, instead of one by one.",
                "A named set of pinned story versions; merging publishes them in one transaction and can be reverted.",
                List.of("The spring campaign: home page, pricing and two landing pages switch at 9:00."), "Tom Novak", List.of()));
        glossary.create(new TermInput("Cache version", List.of("cv"),
                "Why a published change can take a moment to show: the site keeps a copy of pages until Duet says they changed.",
                "A per-space number raised by every publish; delivery answers are cached per cv, and sites pass the latest cv to bypass stale copies.",
                List.of("You published, the site still shows the old headline: reload once the cache version has moved on."),
                "Tom Novak", List.of(release.id())));
        glossary.create(new TermInput("Workflow stage", List.of(),
                "Where a story is on its way to going live: drafting, in review, approved.",
                "A per-space state of a story with rules for who may move it to which stage and who may publish from it.",
                List.of(), "Lea Berger", List.of(release.id())));
        var guardrail = glossary.create(new TermInput("Guardrail", List.of("Guardrail metric"),
                "A number that must not get worse while we test something new, such as sign-ups while testing a headline.",
                "A metric tracked alongside an experiment's goals; a significant drop flags the test even if the goal wins.",
                List.of(), "Lea Berger", List.of()));
        var srm = glossary.create(new TermInput("Sample ratio mismatch", List.of("SRM"),
                "The split of visitors between the versions is off, so the result cannot be trusted until the cause is found.",
                "A chi-squared test of exposures against the configured weights rejects them (p < 0.001): check assignment, bots and tracking.",
                List.of("A 50/50 test shows 5,200 visitors against 4,600."), "Tom Novak", List.of(guardrail.id())));
        glossary.create(new TermInput("Coverage", List.of(),
                "The share of visitors who take part in an experiment; the others see the page as it is.",
                "The fraction of units bucketed into the experiment before variants are assigned by weight.",
                List.of("Coverage 20%: four in five visitors see the current page."), "Tom Novak",
                List.of(srm.id(), guardrail.id())));
    }
}
