package dev.duet.app;

import dev.duet.access.Role;
import dev.duet.content.DeliveryToken;
import dev.duet.content.ParentChoice;
import dev.duet.content.StoryFilter;
import dev.duet.content.StoryListing;
import dev.duet.content.Space;
import dev.duet.content.Spaces;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;

import java.time.Clock;

/** {@code duet demo}: starts Duet on the embedded database with a demo space a newcomer can click through. */
@Command(name = "demo", description = "Start Duet with a demo space (creates it and an admin on first run).")
final class DemoCommand extends CliCommand {

    static final String ADMIN_EMAIL = "admin@duet.local";
    static final String ADMIN_PASSWORD = "duet-demo-admin";
    /** Where Duet serves the demo site, relative to its own URL; the demo space's preview URL points there. */
    static final String DEMO_SITE = "demo-site/";

    @Mixin
    ServerOptions options;

    /** The demo archive bundled with Duet: the Acme Cloud marketing site. */
    static final String DEMO_ARCHIVE = "/demo/acme-space.json";

    /** The demo space, and whether this run created it. */
    record Demo(Space space, boolean created) {
    }

    static Space importDemo(Wiring wiring) {
        try (var in = DemoCommand.class.getResourceAsStream(DEMO_ARCHIVE)) {
            return wiring.spaceImport.read(in, dev.duet.transfer.Progress.NONE).space();
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException("the demo archive is missing from this build", e);
        }
    }

    /** The demo admin and space, created on the first run. */
    static Demo prepare(Wiring wiring) {
        if (wiring.users.count() == 0) wiring.users.create(ADMIN_EMAIL, "Demo Admin", Role.ADMIN, ADMIN_PASSWORD);
        var existing = wiring.spaces.list().stream().findFirst();
        return existing.map(space -> new Demo(space, false)).orElseGet(() -> new Demo(importDemo(wiring), true));
    }

    /**
     * Points the demo space's preview URL at the demo site Duet serves at {@code url}, so the visual editor works out
     * of the box: when this run created the space, or when it already pointed at a demo site (the port changed since).
     * A preview URL someone set to their own site is left alone.
     */
    static Space previewOnDemoSite(Wiring wiring, Demo demo, String url) {
        var demoSite = url + DEMO_SITE;
        var current = demo.space().previewUrl();
        boolean ours = demo.created() || (current != null && current.endsWith("/" + DEMO_SITE));
        if (!ours || demoSite.equals(current)) return demo.space();
        return wiring.spaces.update(demo.space().id(), new Spaces.Settings(null, null, null, demoSite));
    }

    /** What the demo prints at start-up: where to sign in, the space, its tokens and the demo site's address. */
    static String banner(Wiring wiring, Space space, String url) {
        var text = new StringBuilder("""
                Duet demo is running at %s
                  open:     %sadmin   (the admin app and visual editor)
                  sign in:  %s / %s   (POST %sapi/auth/login)
                  space:    %s (id %d)
                """.formatted(url, url, ADMIN_EMAIL, ADMIN_PASSWORD, url, space.name(), space.id()));
        var tokens = wiring.spaces.tokens(space.id());
        tokens.forEach(token -> text.append("  %-8s  %s token: %s%n".formatted("", token.access(), token.token())));
        tokens.stream().filter(token -> DeliveryToken.PUBLIC.equals(token.access())).findFirst().ifPresent(token ->
                text.append("  site:     %s%s?token=%s%n".formatted(url, DEMO_SITE, token.token())));
        text.append("  data:     ").append(wiring.config.dataDir()).append(System.lineSeparator());
        return text.toString();
    }

    /** Visitors simulated on the demo's first start: enough for insights and a readable experiment result. */
    static final int DEMO_VISITORS = 6_000;

    /** Fills insights and the running experiment of a demo space this run created with four weeks of visits. */
    static void simulateTraffic(Wiring wiring, Demo demo) {
        if (!demo.created()) return;
        var spaceId = demo.space().id();
        var filter = new StoryFilter(new ParentChoice.Unchanged(), null, false, null, null, null, null, null,
                StoryFilter.Sort.DEFAULT);
        var listing = new StoryListing(wiring.database);
        listing.list(spaceId, filter, 0, 1000).stream().filter(story -> story.slug().equals("pricing")).findFirst()
                .ifPresent(pricing -> DemoExperiment.start(wiring.storyService, wiring.storyPublishing,
                        wiring.stories.get(spaceId, pricing.id()), ADMIN_EMAIL));
        var pages = listing.list(spaceId, filter, 0, 1000).stream()
                .filter(story -> story.publishedVersion() != null)
                .map(story -> new DemoTraffic.Page(story.id(),
                        wiring.storyVersions.get(story.id(), story.publishedVersion()).content()))
                .toList();
        new DemoTraffic(wiring.eventLog).simulate(spaceId, pages, DEMO_VISITORS, wiring.clock.instant());
        // the demo opens on populated results and insights, not on numbers still being derived
        wiring.eventDerivation.catchUp(java.time.Duration.ofMinutes(5));
        DemoWins.record(wiring, demo.space(), ADMIN_EMAIL);
    }

    @Override
    public Integer call() {
        var wiring = new Wiring(options.config(), Clock.systemUTC());
        var demo = prepare(wiring);
        simulateTraffic(wiring, demo);
        if (demo.created()) DemoGoals.create(wiring.goals, demo.space().id(), wiring.users.list(0, 1).getFirst().id(), ADMIN_EMAIL, DemoGoals.today(wiring.clock));
        DemoRequests.add(wiring, demo);
        if (demo.created()) DemoStack.add(wiring);
        if (demo.created()) DemoGlossary.add(wiring);
        if (demo.created()) DemoDecisions.create(wiring.decisions, wiring.users, ADMIN_EMAIL, ADMIN_PASSWORD);
        var server = StartCommand.serve(wiring);
        var url = StartCommand.url(wiring, server.port());
        var space = previewOnDemoSite(wiring, demo, url);
        out().print(banner(wiring, space, url));
        out().flush();
        return 0;
    }
}
