// The story editor's workflow add-on: the story's stage in the header and a "Change stage" action that moves it,
// with a comment and someone to assign. A publish the stage does not allow is refused by the server, whose reason the
// editor shows as it shows every refusal.
import { html } from 'lit';
import { get, post } from '../api.js';
import { session } from '../session.js';
import { openDialog } from '../ui/dialog.js';
import { toast, toastError } from '../ui/toast.js';
import { registerAddon } from './addons.js';
import { stageBadge } from '../views/workflow-tree.js';

const state = new WeakMap();

async function load(editor) {
  try {
    const base = `/api/spaces/${editor.spaceId}`;
    const [stage, workflow] = await Promise.all([get(`${base}/stories/${editor.storyId}/stage`), get(`${base}/workflow`)]);
    state.set(editor, { stage, workflow });
    editor.requestUpdate();
  } catch (error) {
    // a folder has no stage, and a stage that cannot load must not keep the story from being edited
    state.delete(editor);
  }
}

function allowedStages(workflow) {
  const role = session.user?.role;
  return workflow.stages.filter((stage) => !stage.roles.length || stage.roles.includes(role));
}

async function changeStage(editor) {
  const known = state.get(editor);
  if (!known) return;
  const people = await get('/api/people').then((answer) => answer.people).catch(() => []);
  const stages = allowedStages(known.workflow);
  const values = await openDialog({
    title: 'Change stage',
    okLabel: 'Move',
    content: html`
      <p class="muted">“${editor.story.name}” is in <b>${known.stage.stage.name}</b>.</p>
      <label>Move to
        <select name="stage_id" class="stage-choice">
          ${stages.map((stage) => html`<option value=${stage.id} ?selected=${stage.id === known.stage.stage.id}>${stage.name}${stage.approval ? ' (approves this version)' : ''}</option>`)}
        </select>
      </label>
      <label>Assign to
        <select name="assignee_id" class="assignee-choice">
          <option value="">Nobody</option>
          ${people.map((person) => html`<option value=${person.id} ?selected=${person.id === known.stage.assignee?.id}>${person.name} (${person.email})</option>`)}
        </select>
      </label>
      <label>Comment <small>optional: what should the next person look at?</small>
        <textarea name="comment" rows="3" maxlength="2000"></textarea>
      </label>`,
  });
  if (!values) return;
  try {
    const moved = await post(`/api/spaces/${editor.spaceId}/stories/${editor.storyId}/stage`, {
      stage_id: Number(values.stage_id),
      assignee_id: values.assignee_id ? Number(values.assignee_id) : null,
      comment: values.comment || null,
      version: editor.story.version,
    });
    state.set(editor, { ...known, stage: moved });
    editor.requestUpdate();
    toast(`Moved to ${moved.stage.name}.`, { kind: 'success' });
  } catch (error) {
    toastError(error);
  }
}

registerAddon({
  id: 'workflow',
  meta(editor) {
    const known = state.get(editor);
    if (!known) return '';
    const assignee = known.stage.assignee;
    return html`<span class="workflow-meta">${stageBadge(known.stage.stage)}${assignee ? html` <span class="muted">assigned to ${assignee.name}</span>` : ''}</span>`;
  },
  actions(editor) {
    if (!state.get(editor) || !session.may('story:review')) return '';
    return html`<button type="button" class="secondary change-stage" @click=${() => changeStage(editor)}>Change stage</button>`;
  },
  loaded: load,
  saved: load,
  closed(editor) {
    state.delete(editor);
  },
});
