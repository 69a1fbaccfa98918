package dev.duet.collab.goals;

import dev.duet.access.Users;
import dev.duet.analytics.Insights;
import dev.duet.collab.goals.GoalInputs.CheckInInput;
import dev.duet.collab.goals.GoalInputs.KeyResultInput;
import dev.duet.collab.goals.GoalInputs.ObjectiveInput;
import dev.duet.collab.goals.GoalViews.CheckInView;
import dev.duet.collab.goals.GoalViews.KeyResultView;
import dev.duet.collab.goals.GoalViews.ObjectiveView;
import dev.duet.collab.goals.GoalViews.PeriodView;
import dev.duet.collab.wins.NewWin;
import dev.duet.collab.wins.WinKind;
import dev.duet.collab.wins.WinLog;
import dev.duet.content.Spaces;
import dev.duet.content.Stories;
import dev.duet.experiments.ExperimentResults;
import dev.duet.experiments.Experiments;
import dev.duet.failure.InvalidInput;
import dev.duet.monitoring.OperationalMetrics;
import dev.duet.storage.Database;
import org.jdbi.v3.core.Handle;

import java.time.Clock;
import java.util.HashSet;
import java.util.List;
import java.util.Map;

/**
 * Objectives and key results: writes checked before anything is stored, each in one transaction, and reads that
 * compute every key result's value from its driver, score and band it. Reaching a target records a win (kind
 * key_result.reached, source {@code key_result:<id>:reached}) in the transaction that noticed: the check-in for manual
 * key results, the first read that sees it for live ones. Thread-safe.
 */
public final class Goals {

    /** How many check-ins a key result's history lists. */
    static final int HISTORY = 100;

    private final Database database;
    private final GoalRepository repository = new GoalRepository();
    private final GoalLinks links;
    private final DriverReadings readings;
    private final WinLog wins;
    private final Clock clock;

    public Goals(Database database, Users users, Spaces spaces, Stories stories, Experiments experiments,
                 Insights insights, ExperimentResults results, OperationalMetrics operational, WinLog wins, Clock clock) {
        this.database = database;
        this.links = new GoalLinks(users, spaces, stories, experiments);
        this.readings = new DriverReadings(insights, results, operational, clock);
        this.wins = wins;
        this.clock = clock;
    }

    /** Objectives whose period overlaps {@code period} (all when null), with their scored key results. */
    public List<ObjectiveView> list(GoalPeriod period) {
        var objectives = database.read(handle -> period == null ? repository.objectives(handle, null, null)
                : repository.objectives(handle, period.start(), period.end()));
        return objectives.stream().map(this::view).toList();
    }

    public ObjectiveView get(long id) {
        return view(database.read(handle -> objective(handle, id)));
    }

    public ObjectiveView createObjective(ObjectiveInput input) {
        var fields = GoalRules.objective(input);
        links.checkOwner(fields.ownerUserId());
        long id = database.write(handle -> {
            checkParent(handle, null, fields.parentId());
            return repository.insertObjective(handle, fields, clock.instant());
        });
        return get(id);
    }

    public ObjectiveView updateObjective(long id, ObjectiveInput input) {
        database.read(handle -> objective(handle, id));
        var fields = GoalRules.objective(input);
        links.checkOwner(fields.ownerUserId());
        database.writeVoid(handle -> {
            objective(handle, id);
            checkParent(handle, id, fields.parentId());
            repository.updateObjective(handle, id, fields, clock.instant());
        });
        return get(id);
    }

    public void deleteObjective(long id) {
        database.writeVoid(handle -> {
            objective(handle, id);
            repository.deleteObjective(handle, id);
        });
    }

    public KeyResultView addKeyResult(long objectiveId, KeyResultInput input) {
        database.read(handle -> objective(handle, objectiveId));
        var fields = GoalRules.keyResult(input);
        links.check(fields);
        long id = database.write(handle -> {
            objective(handle, objectiveId);
            return repository.insertKeyResult(handle, objectiveId, fields, clock.instant());
        });
        return keyResult(id);
    }

    public KeyResultView updateKeyResult(long id, KeyResultInput input) {
        var before = database.read(handle -> keyResultOf(handle, id));
        var fields = GoalRules.keyResult(input);
        links.check(fields);
        boolean sameGoal = before.direction() == fields.direction() && before.targetValue() == fields.targetValue();
        database.writeVoid(handle -> {
            keyResultOf(handle, id);
            repository.updateKeyResult(handle, id, fields, sameGoal, clock.instant());
        });
        return keyResult(id);
    }

    public void deleteKeyResult(long id) {
        database.writeVoid(handle -> {
            keyResultOf(handle, id);
            repository.deleteKeyResult(handle, id);
        });
    }

    /** The key result with its value, score and band. */
    public KeyResultView keyResult(long id) {
        var keyResult = database.read(handle -> keyResultOf(handle, id));
        var objective = database.read(handle -> objective(handle, keyResult.objectiveId()));
        return score(keyResult, objective);
    }

    /**
     * Records a check-in on a manual key result by {@code author}; when it reaches the target for the first time the
     * win is recorded in the same transaction. Returns the key result as it now stands.
     */
    public KeyResultView checkIn(long keyResultId, CheckInInput input, String author) {
        var confidence = GoalRules.checkIn(input);
        database.writeVoid(handle -> {
            var keyResult = keyResultOf(handle, keyResultId);
            if (!(keyResult.driver() instanceof Driver.Manual)) throw new LiveKeyResult(keyResultId, keyResult.driver().kind());
            repository.insertCheckIn(handle, keyResultId, input.value(), confidence,
                    input.comment() == null ? "" : input.comment().strip(), author, clock.instant());
            if (keyResult.direction().reachable()
                    && GoalScoring.reached(keyResult.direction(), keyResult.targetValue(), input.value())) {
                recordReached(handle, keyResult, input.value(), author);
            }
        });
        return keyResult(keyResultId);
    }

    /** The key result's check-ins, newest first. */
    public List<CheckInView> checkIns(long keyResultId) {
        return database.read(handle -> {
            keyResultOf(handle, keyResultId);
            return repository.checkIns(handle, keyResultId, HISTORY).stream().map(CheckInView::of).toList();
        });
    }

    private ObjectiveView view(Objective objective) {
        var keyResults = database.read(handle -> repository.keyResults(handle, objective.id()));
        var views = keyResults.stream().map(keyResult -> score(keyResult, objective)).toList();
        var progress = GoalScoring.progress(views.stream()
                .map(view -> new GoalScoring.Weighted(view.score(), view.weight())).toList());
        return new ObjectiveView(objective.id(), objective.title(), objective.description(), PeriodView.of(objective.period()),
                objective.ownerUserId(), objective.parentId(), objective.status(), progress,
                progress == null ? null : GoalScoring.band(progress), views, objective.createdAt(), objective.updatedAt());
    }

    private KeyResultView score(KeyResult keyResult, Objective objective) {
        var latest = keyResult.driver() instanceof Driver.Manual
                ? database.read(handle -> repository.checkIns(handle, keyResult.id(), 1)).stream().findFirst().orElse(null)
                : null;
        var reading = readings.read(keyResult, objective.period(), latest);
        Double value = reading.value().isPresent() ? reading.value().getAsDouble() : null;
        Double score = value == null ? null
                : GoalScoring.score(keyResult.direction(), keyResult.startValue(), keyResult.targetValue(), value);
        var reachedAt = keyResult.reachedAt();
        if (value != null && reachedAt == null && !(keyResult.driver() instanceof Driver.Manual)
                && keyResult.direction().reachable()
                && GoalScoring.reached(keyResult.direction(), keyResult.targetValue(), value)) {
            database.writeVoid(handle -> recordReached(handle, keyResult, value, "Duet"));
            reachedAt = database.read(handle -> keyResultOf(handle, keyResult.id())).reachedAt();
        }
        return new KeyResultView(keyResult.id(), keyResult.objectiveId(), keyResult.title(), keyResult.ownerTeam(),
                keyResult.ownerUserId(), keyResult.type(), keyResult.currency(), keyResult.startValue(),
                keyResult.targetValue(), keyResult.direction(), keyResult.weight(), keyResult.driver().describe(), value,
                score, score == null ? null : GoalScoring.band(score), reading.stale(), reachedAt, CheckInView.of(latest),
                keyResult.createdAt(), keyResult.updatedAt());
    }

    /** Marks the key result reached and records its win, once: both are idempotent. */
    private void recordReached(Handle handle, KeyResult keyResult, double value, String actor) {
        if (!repository.markReached(handle, keyResult.id(), clock.instant())) return;
        Long spaceId = keyResult.driver() instanceof Driver.Insights live ? live.spaceId() : null;
        wins.record(handle, new NewWin(WinKind.KEY_RESULT_REACHED, "key_result:" + keyResult.id() + ":reached", spaceId,
                "Key result reached: " + keyResult.title(), actor,
                spaceId == null ? null : "/admin/spaces/" + spaceId + "/goals?objective=" + keyResult.objectiveId(),
                Map.of("key_result_id", keyResult.id(), "objective_id", keyResult.objectiveId(), "value", value,
                        "target_value", keyResult.targetValue(), "owner_team", keyResult.ownerTeam().id())));
    }

    /** A parent must exist, and following parents up from it must never come back to {@code id}. */
    private void checkParent(Handle handle, Long id, Long parentId) {
        if (parentId == null) return;
        if (repository.findObjective(handle, parentId).isEmpty()) {
            throw InvalidInput.field("parent_id", "no objective with id " + parentId);
        }
        var seen = new HashSet<Long>();
        for (Long at = parentId; at != null; at = repository.parentOf(handle, at)) {
            if (at.equals(id)) throw InvalidInput.field("parent_id", "objective " + parentId + " is " + (parentId.equals(id)
                    ? "this objective itself" : "nested under this one") + "; a parent cannot be its own descendant");
            if (!seen.add(at)) break;
        }
    }

    private Objective objective(Handle handle, long id) {
        return repository.findObjective(handle, id).orElseThrow(() -> new ObjectiveNotFound(id));
    }

    private KeyResult keyResultOf(Handle handle, long id) {
        return repository.findKeyResult(handle, id).orElseThrow(() -> new KeyResultNotFound(id));
    }

    /** The period a {@code period} query names: a quarter, or null for all. */
    public static GoalPeriod periodFilter(String raw) {
        return raw == null || raw.isBlank() ? null : GoalPeriod.quarter(raw);
    }
}
