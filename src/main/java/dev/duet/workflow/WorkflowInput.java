package dev.duet.workflow;

import java.util.List;

/**
 * A whole workflow as an admin sends it: the stages in order and the four-eyes setting. A stage with an {@code id}
 * keeps that stage (and the stories in it); one without is new; a stored stage left out is removed.
 */
public record WorkflowInput(Boolean fourEyes, List<StageInput> stages) {

    public record StageInput(Long id, String name, String color, Boolean allowPublish, Boolean approval,
                             Boolean isDefault, Boolean afterPublish, List<String> roles) {
    }
}
