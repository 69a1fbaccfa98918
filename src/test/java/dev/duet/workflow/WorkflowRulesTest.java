package dev.duet.workflow;

import dev.duet.access.Role;
import dev.duet.failure.InvalidInput;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The checks a whole workflow passes before it is stored, and who waits for review. */
class WorkflowRulesTest {

    static final Workflow CURRENT = new Workflow(1, true, List.of(
            new Stage(10, "Drafting", "#8a8f98", 0, true, false, true, false, List.of()),
            new Stage(11, "Approved", "#1f883d", 1, true, true, false, true, List.of(Role.APPROVER))));

    static WorkflowInput.StageInput stage(Long id, String name, boolean isDefault, List<String> roles) {
        return new WorkflowInput.StageInput(id, name, null, true, false, isDefault, false, roles);
    }

    @Test
    void a_valid_workflow_keeps_ids_orders_stages_and_fills_in_grey_and_four_eyes() {
        var checked = WorkflowRules.check(1, new WorkflowInput(null, List.of(
                stage(11L, " Approved ", false, List.of("approver", "approver")), stage(null, "Drafting", true, null))), CURRENT);

        assertThat(checked.fourEyes()).isTrue();
        assertThat(checked.stages()).extracting(Stage::id).containsExactly(11L, 0L);
        assertThat(checked.stages()).extracting(Stage::name).containsExactly("Approved", "Drafting");
        assertThat(checked.stages()).extracting(Stage::position).containsExactly(0, 1);
        assertThat(checked.stages().get(0).roles()).containsExactly(Role.APPROVER);
        assertThat(checked.stages().get(1).color()).isEqualTo(WorkflowRules.GREY);
        assertThat(checked.defaultStage().name()).isEqualTo("Drafting");
    }

    @Test
    void every_problem_is_reported_at_once_with_its_path() {
        var input = new WorkflowInput(false, List.of(
                stage(99L, "", false, List.of("viewer")),
                new WorkflowInput.StageInput(null, "Review", "red", false, false, false, true, null),
                new WorkflowInput.StageInput(null, "review", null, false, false, false, true, null)));

        assertThatThrownBy(() -> WorkflowRules.check(1, input, CURRENT))
                .isInstanceOfSatisfying(InvalidInput.class, failure -> assertThat(failure.getMessage())
                        .contains("stages[0].name", "stages[0].id", "stages[0].roles", "stages[1].color",
                                "stages[2].name", "mark exactly one stage as the default",
                                "only one stage can be where published stories go"));
    }

    @Test
    void an_empty_workflow_and_two_defaults_are_refused() {
        assertThatThrownBy(() -> WorkflowRules.check(1, new WorkflowInput(true, List.of()), CURRENT))
                .hasMessageContaining("at least one stage");
        assertThatThrownBy(() -> WorkflowRules.check(1, new WorkflowInput(true,
                List.of(stage(null, "A", true, null), stage(null, "B", true, null))), CURRENT))
                .hasMessageContaining("only one stage can be the default; 2 are");
    }

    @Test
    void stories_wait_for_review_between_the_default_and_the_after_publish_stage_or_when_assigned_to_me() {
        var drafting = CURRENT.stages().get(0);
        var published = CURRENT.stages().get(1);
        var review = new Stage(12, "In review", "#d29922", 1, false, false, false, false, List.of());

        assertThat(StageBoard.waiting(review, null, 7)).isTrue();
        assertThat(StageBoard.waiting(drafting, null, 7)).isFalse();
        assertThat(StageBoard.waiting(drafting, 7L, 7)).isTrue();
        assertThat(StageBoard.waiting(drafting, 8L, 7)).isFalse();
        assertThat(StageBoard.waiting(published, 7L, 7)).isFalse();
    }

    @Test
    void a_stage_without_roles_admits_every_reviewer_and_one_with_roles_only_those() {
        assertThat(CURRENT.stages().get(0).admits(Role.EDITOR)).isTrue();
        assertThat(CURRENT.stages().get(1).admits(Role.EDITOR)).isFalse();
        assertThat(CURRENT.stages().get(1).admits(Role.APPROVER)).isTrue();
        assertThat(CURRENT.publishingStageNames()).containsExactly("Drafting", "Approved");
    }
}
