package dev.duet.schema;

import dev.duet.schema.ContentRewriter.Loss;
import dev.duet.schema.ContentRewriter.Moved;
import dev.duet.schema.SchemaPlan.Blocker;
import dev.duet.schema.SchemaPlan.DataLoss;
import dev.duet.schema.SchemaPlan.Migration;
import dev.duet.schema.StoryContents.StoryContent;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * What a content rewrite does to a space's stories, counted per story: a story counts once for each kind of loss or
 * move, whether its draft, its published version or both carry the data. Examples are the first full slugs in order.
 */
final class DataImpact {

    static final int EXAMPLES = 5;

    private static final Comparator<Loss> LOSS_ORDER = Comparator.comparing(Loss::component)
            .thenComparing(Loss::field, Comparator.nullsFirst(Comparator.naturalOrder())).thenComparing(Loss::reason);
    private static final Comparator<Moved> MOVE_ORDER = Comparator.comparing(Moved::component).thenComparing(Moved::kind)
            .thenComparing(Moved::from);

    private final Map<Loss, TreeSet<String>> losses = new TreeMap<>(LOSS_ORDER);
    private final Map<Moved, TreeSet<String>> moves = new TreeMap<>(MOVE_ORDER);
    private final Map<String, TreeSet<String>> removedRoots = new TreeMap<>();
    private int storiesToMigrate;

    DataImpact(ContentRewriter rewriter, List<StoryContent> stories) {
        for (var story : stories) {
            if (story.isFolder()) {
                if (!Objects.equals(rewriter.contentType(story.defaultRoot()), story.defaultRoot())) storiesToMigrate++;
                continue;
            }
            var findings = new ContentRewriter.Findings();
            var draft = rewriter.run(story.draft());
            findings.addAll(draft.findings());
            boolean changed = draft.content() != story.draft();
            if (story.published() != null) {
                var published = rewriter.run(story.published());
                findings.addAll(published.findings());
                changed |= published.content() != story.published();
            }
            if (changed) storiesToMigrate++;
            var slug = story.fullSlug();
            findings.losses().forEach(loss -> losses.computeIfAbsent(loss, key -> new TreeSet<>()).add(slug));
            findings.moves().forEach(move -> moves.computeIfAbsent(move, key -> new TreeSet<>()).add(slug));
            findings.removedRoots().forEach(name -> removedRoots.computeIfAbsent(name, key -> new TreeSet<>()).add(slug));
        }
    }

    int storiesToMigrate() {
        return storiesToMigrate;
    }

    List<DataLoss> losses() {
        var list = new ArrayList<DataLoss>();
        losses.forEach((loss, slugs) -> list.add(new DataLoss(loss.component(), loss.field(), loss.reason(), slugs.size(),
                examples(slugs))));
        return list;
    }

    List<Migration> migrations() {
        var list = new ArrayList<Migration>();
        moves.forEach((move, slugs) -> list.add(new Migration(move.kind(), move.component(), move.from(), move.to(), slugs.size())));
        return list;
    }

    List<Blocker> blockers() {
        var list = new ArrayList<Blocker>();
        removedRoots.forEach((name, slugs) -> list.add(new Blocker(name, "\"" + name + "\" is the content type of "
                + slugs.size() + " stor" + (slugs.size() == 1 ? "y" : "ies") + "; delete them or give them another "
                + "content type before removing it", slugs.size(), examples(slugs))));
        return list;
    }

    private static List<String> examples(TreeSet<String> slugs) {
        return slugs.stream().limit(EXAMPLES).toList();
    }
}
