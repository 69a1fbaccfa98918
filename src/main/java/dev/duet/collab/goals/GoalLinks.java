package dev.duet.collab.goals;

import dev.duet.access.Users;
import dev.duet.collab.goals.GoalRepository.KeyResultFields;
import dev.duet.content.Spaces;
import dev.duet.content.Stories;
import dev.duet.experiments.Experiment;
import dev.duet.experiments.Experiments;
import dev.duet.experiments.Metric;
import dev.duet.failure.InvalidInput;
import dev.duet.failure.InvalidInput.Problem;
import dev.duet.failure.NotFound;

import java.util.ArrayList;
import java.util.List;

/**
 * Checks that what goals link to exists: owners among Duet's people, and an insights driver's space, story and
 * experiment (with the variation and goal metric it names). An unknown link is bad input (400 naming the field), not
 * a missing resource, since the path named the goal.
 */
final class GoalLinks {

    private final Users users;
    private final Spaces spaces;
    private final Stories stories;
    private final Experiments experiments;

    GoalLinks(Users users, Spaces spaces, Stories stories, Experiments experiments) {
        this.users = users;
        this.spaces = spaces;
        this.stories = stories;
        this.experiments = experiments;
    }

    void checkOwner(Long userId) {
        var problems = new ArrayList<Problem>();
        owner(userId, problems);
        fail(problems);
    }

    void check(KeyResultFields fields) {
        var problems = new ArrayList<Problem>();
        owner(fields.ownerUserId(), problems);
        if (fields.driver() instanceof Driver.Insights live) insights(live, problems);
        fail(problems);
    }

    private void owner(Long userId, List<Problem> problems) {
        if (userId == null) return;
        if (!exists(() -> users.get(userId))) problems.add(new Problem("owner_user_id", "no person with id " + userId));
    }

    private void insights(Driver.Insights live, List<Problem> problems) {
        if (!exists(() -> spaces.get(live.spaceId()))) {
            problems.add(new Problem("driver.space_id", "no space with id " + live.spaceId()));
            return;
        }
        if (live.storyId() != null && !exists(() -> stories.get(live.spaceId(), live.storyId()))) {
            problems.add(new Problem("driver.story_id", "no story " + live.storyId() + " in space " + live.spaceId()));
        }
        if (live.experimentKey() == null) return;
        Experiment experiment;
        try {
            experiment = experiments.get(live.spaceId(), live.experimentKey());
        } catch (NotFound e) {
            problems.add(new Problem("driver.experiment_key", "no experiment " + live.experimentKey() + " in space " + live.spaceId()));
            return;
        }
        if (live.variation() >= experiment.variants().size()) {
            problems.add(new Problem("driver.variation", "the experiment has variations 0 to " + (experiment.variants().size() - 1)));
        }
        var goals = experiment.goalMetrics().stream().map(Metric::name).toList();
        if (!goals.contains(live.goal())) {
            problems.add(new Problem("driver.goal", "must be one of the experiment's goals " + goals + ", got " + live.goal()));
        }
    }

    private static boolean exists(Runnable lookup) {
        try {
            lookup.run();
            return true;
        } catch (NotFound e) {
            return false;
        }
    }

    private static void fail(List<Problem> problems) {
        if (problems.isEmpty()) return;
        throw new InvalidInput("invalid goal: " + problems, List.copyOf(problems));
    }
}
