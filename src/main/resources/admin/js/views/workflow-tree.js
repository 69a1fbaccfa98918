// The content tree's part of the workflow: each story's stage (a coloured badge), a stage filter and the
// "Waiting for review" chip. The story list does not know stages, so the tree asks the workflow API and combines.
import { html } from 'lit';
import { get, getPage, query } from '../api.js';

/** The space's stages and where each story stands: {stages, byStory: Map(id → stage), waiting: Set(ids)}. */
export async function loadBoard(spaceId) {
  const base = `/api/spaces/${spaceId}/workflow`;
  const [workflow, all, waiting] = await Promise.all([get(base), get(`${base}/stories`), get(`${base}/stories?waiting=true`)]);
  const stages = new Map(workflow.stages.map((stage) => [stage.id, stage]));
  return {
    stages: workflow.stages,
    byStory: new Map(all.stories.map((entry) => [entry.story_id, { ...stages.get(entry.stage_id), assignee_id: entry.assignee_id }])),
    waiting: new Set(waiting.stories.map((entry) => entry.story_id)),
  };
}

/** Every story matching the list `params`, from all pages: the stage filter looks at the whole space. */
export async function allStories(spaceId, params) {
  const stories = [];
  for (let page = 1; ; page += 1) {
    const { body, total } = await getPage(`/api/spaces/${spaceId}/stories${query({ ...params, per_page: 100, page })}`);
    stories.push(...body.stories);
    if (!body.stories.length || stories.length >= total) return stories;
  }
}

/** Whether `story` passes the stage filter: '' (any), 'waiting', or a stage id. */
export function inStage(board, filter, story) {
  if (!filter) return true;
  if (!board || story.is_folder) return false;
  if (filter === 'waiting') return board.waiting.has(story.id);
  return String(board.byStory.get(story.id)?.id) === String(filter);
}

export function stageBadge(stage) {
  if (!stage?.name) return '';
  return html`<span class="badge stage-badge" style=${`--stage-color: ${stage.color}`} title="Workflow stage">${stage.name}</span>`;
}

export function stageFilter(board, filter, onChange) {
  if (!board) return '';
  return html`
    <label>Stage
      <select class="stage-filter" @change=${(event) => onChange(event.target.value)}>
        <option value="">Any</option>
        ${board.stages.map((stage) => html`<option value=${stage.id} ?selected=${String(filter) === String(stage.id)}>${stage.name}</option>`)}
      </select>
    </label>
    <button type="button" class="chip waiting-chip" aria-pressed=${filter === 'waiting' ? 'true' : 'false'}
            @click=${() => onChange(filter === 'waiting' ? '' : 'waiting')}>Waiting for review (${board.waiting.size})</button>`;
}
