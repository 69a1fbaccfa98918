package dev.duet.delivery;

import dev.duet.content.Space;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;

import java.lang.management.ManagementFactory;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * What a large space costs in memory: builds the snapshot of 100,000 generated blog posts (about 1.9 KB of content
 * each, with German translations, a relation and a story link) and reports the heap it keeps. Slow, so it runs only
 * when asked: {@code -Dtest=SnapshotMemoryTest -Dduet.memory=true}.
 */
@EnabledIfSystemProperty(named = "duet.memory", matches = "true")
class SnapshotMemoryTest {

    private static final int STORIES = 100_000;

    @Test
    void a_snapshot_of_100k_stories_fits_in_a_few_hundred_megabytes() {
        var space = new Space(1, "Bench", "en", List.of("de"), null, 1_700_000_000L, Instant.now(), Instant.now());
        long before = usedHeap();
        long started = System.nanoTime();
        var builder = new SnapshotBuilder(space);
        long contentBytes = 0;
        for (int i = 1; i <= STORIES; i++) {
            var row = row(i);
            contentBytes += row.content().length();
            builder.add(row);
        }
        var snapshot = builder.build();
        long built = System.nanoTime();
        long after = usedHeap();
        long retained = after - before;
        System.out.printf("snapshot of %,d stories: %,d MB retained (%,d bytes per story; content %,d bytes per story)%n",
                snapshot.stories().size(), retained / (1024 * 1024), retained / STORIES, contentBytes / STORIES);
        var republished = StoryRenderer.fromContent(row(77).meta(), List.of(), dev.duet.web.Json.tree(row(77).content()),
                space.cv() + 1, null);
        Snapshot updated = null;
        long updateNanos = 0;
        for (int round = 0; round < 5; round++) {
            long updateStarted = System.nanoTime();
            updated = snapshot.with(space, space.cv() + 1, List.of(republished), java.util.Set.of(), List.of(), java.util.Set.of());
            updateNanos = System.nanoTime() - updateStarted;
        }
        System.out.printf("built in %,d ms; one story republished into a new snapshot in %,d ms%n",
                (built - started) / 1_000_000, updateNanos / 1_000_000);
        assertThat(updated.byFullSlug("blog/post-77").orElseThrow()).isSameAs(republished);
        assertThat(snapshot.stories()).hasSize(STORIES);
        assertThat(retained / STORIES).isLessThan(4 * contentBytes / STORIES);
        assertThat(snapshot.byFullSlug("blog/post-77").orElseThrow().single(space.cv())).isNotEmpty();
    }

    private static long usedHeap() {
        for (int i = 0; i < 4; i++) {
            System.gc();
            try {
                Thread.sleep(200);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
        return ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getUsed();
    }

    private static DeliveryStories.Row row(int i) {
        var uuid = new UUID(0x1234L, i).toString();
        var created = "2026-01-01T10:00:00.000Z";
        var meta = new StoryMeta(i, uuid, "Post number " + i + " about platform engineering", "post-" + i,
                "blog/post-" + i, 1, false, false, i, List.of("product", "engineering"), "2026-01-01", UUID.randomUUID().toString(),
                null, null, created, created, created, created, true);
        var content = """
                {"_uid":"%s","component":"blog_post","title":"Post number %d about platform engineering",\
                "title__i18n__de":"Beitrag Nummer %d über Plattform-Engineering",\
                "teaser":"Workflows lets you describe multi-step deployments as code that lives next to your service.",\
                "teaser__i18n__de":"Mit Workflows beschreiben Sie mehrstufige Deployments als Code direkt neben Ihrem Service.",\
                "cover":{"id":20017,"filename":"https://a.example.com/f/100001/1600x900/7fe87e83b2/cover-%d.jpg","alt":"A cover","name":"","focus":"","title":"","copyright":"","fieldtype":"asset"},\
                "author":["%s"],"published_on":"2026-03-10 10:00","category":"product","reading_time":"%d",\
                "body":{"type":"doc","content":[{"type":"paragraph","content":[{"type":"text","text":"Today we are launching Workflows, the most requested feature of the past year. It lets platform teams describe migrations, canaries and approvals as code."}]},\
                {"type":"heading","attrs":{"level":2},"content":[{"type":"text","text":"What you can do with Workflows"}]},\
                {"type":"paragraph","content":[{"type":"text","text":"Run database migrations before traffic shifts, roll out canaries by region and by percentage, and require a second approval for every production deploy."}]},\
                {"type":"paragraph","content":[{"type":"text","text":"Read the ","marks":[]},{"type":"text","text":"documentation","marks":[{"type":"link","attrs":{"href":"/docs","linktype":"story","uuid":"%s","target":"_self"}}]}]}]},\
                "body__i18n__de":{"type":"doc","content":[{"type":"paragraph","content":[{"type":"text","text":"Heute starten wir Workflows, die meistgewünschte Funktion des vergangenen Jahres."}]}]}}"""
                .formatted(UUID.randomUUID(), i, i, i, new UUID(0x1234L, i % 50 + 1), i % 15, new UUID(0x1234L, i % 7 + 1));
        return new DeliveryStories.Row(meta, content);
    }
}
