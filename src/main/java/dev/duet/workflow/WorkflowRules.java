package dev.duet.workflow;

import dev.duet.access.Permission;
import dev.duet.access.Role;
import dev.duet.failure.InvalidInput;
import dev.duet.failure.InvalidInput.Problem;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Checks a whole workflow before anything is stored and reports every problem at once. New stages come back with
 * id 0; {@link Workflows#replace} gives them theirs.
 */
final class WorkflowRules {

    static final int MAX_STAGES = 20;
    static final int MAX_NAME = 40;
    static final String GREY = "#8a8f98";
    private static final Pattern COLOR = Pattern.compile("^#[0-9a-fA-F]{6}$");

    private WorkflowRules() {
    }

    /** Roles that take part in review, and so may be named as the ones allowed into a stage. */
    static List<Role> reviewers() {
        return Arrays.stream(Role.values()).filter(role -> role.permissions().contains(Permission.STORY_REVIEW)).toList();
    }

    static Workflow check(long spaceId, WorkflowInput input, Workflow current) {
        var problems = new ArrayList<Problem>();
        var given = input.stages() == null ? List.<WorkflowInput.StageInput>of() : input.stages();
        if (given.isEmpty()) problems.add(new Problem("stages", "a workflow needs at least one stage"));
        if (given.size() > MAX_STAGES) problems.add(new Problem("stages", "at most " + MAX_STAGES + " stages, got " + given.size()));
        var names = new HashSet<String>();
        var ids = new HashSet<Long>();
        var stages = new ArrayList<Stage>();
        for (int i = 0; i < given.size(); i++) {
            var stage = given.get(i);
            var path = "stages[" + i + "]";
            if (stage == null) {
                problems.add(new Problem(path, "must be a stage object"));
                continue;
            }
            stages.add(stage(stage, i, path, current, names, ids, problems));
        }
        long defaults = stages.stream().filter(Stage::isDefault).count();
        if (!given.isEmpty() && defaults == 0) {
            problems.add(new Problem("stages", "mark exactly one stage as the default (where new stories start); none is"));
        }
        if (defaults > 1) problems.add(new Problem("stages", "only one stage can be the default; " + defaults + " are"));
        long afterPublish = stages.stream().filter(Stage::afterPublish).count();
        if (afterPublish > 1) {
            problems.add(new Problem("stages", "only one stage can be where published stories go; " + afterPublish + " are"));
        }
        if (!problems.isEmpty()) {
            throw new InvalidInput("the workflow has " + problems.size() + " problem(s): " + problems, problems);
        }
        return new Workflow(spaceId, input.fourEyes() == null || input.fourEyes(), stages);
    }

    private static Stage stage(WorkflowInput.StageInput stage, int index, String path, Workflow current,
                               Set<String> names, Set<Long> ids, List<Problem> problems) {
        var name = stage.name() == null ? "" : stage.name().strip();
        if (name.isEmpty()) problems.add(new Problem(path + ".name", "must not be blank"));
        else if (name.length() > MAX_NAME) problems.add(new Problem(path + ".name", "at most " + MAX_NAME + " characters"));
        else if (!names.add(name.toLowerCase(Locale.ROOT))) {
            problems.add(new Problem(path + ".name", "another stage is already called " + name));
        }
        long id = 0;
        if (stage.id() != null) {
            id = stage.id();
            if (current.stage(id).isEmpty()) {
                problems.add(new Problem(path + ".id", "stage " + id + " is not in this workflow; leave id out for a new stage"));
            } else if (!ids.add(id)) {
                problems.add(new Problem(path + ".id", "stage " + id + " is listed twice"));
            }
        }
        var color = stage.color() == null || stage.color().isBlank() ? GREY : stage.color().strip();
        if (!COLOR.matcher(color).matches()) {
            problems.add(new Problem(path + ".color", "must be a colour like #1f6feb, got " + stage.color()));
        }
        return new Stage(id, name, color, index, flag(stage.allowPublish()), flag(stage.approval()),
                flag(stage.isDefault()), flag(stage.afterPublish()), roles(stage.roles(), path + ".roles", problems));
    }

    private static List<Role> roles(List<String> given, String path, List<Problem> problems) {
        if (given == null) return List.of();
        var roles = new ArrayList<Role>();
        for (var id : given) {
            var role = id == null ? null : Role.of(id.strip()).filter(reviewers()::contains).orElse(null);
            if (role == null) {
                problems.add(new Problem(path, "must be roles that take part in review ("
                        + String.join(", ", reviewers().stream().map(Role::id).toList()) + "), got " + id));
            } else if (!roles.contains(role)) {
                roles.add(role);
            }
        }
        return roles;
    }

    private static boolean flag(Boolean value) {
        return Boolean.TRUE.equals(value);
    }
}
