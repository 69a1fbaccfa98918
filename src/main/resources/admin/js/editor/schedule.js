// The story editor's scheduling add-on: a "Schedule…" action (publish or unpublish at a date, time and time zone),
// a line in the header for each plan ("Scheduled to publish Mon 23 Nov, 09:00 (Europe/Berlin)") with Cancel, and a
// watch that reloads the story once a plan ran, so the editor shows it live without a manual refresh.
import { html } from 'lit';
import { get, post } from '../api.js';
import { session } from '../session.js';
import { openDialog, confirmDialog } from '../ui/dialog.js';
import { toast, toastError } from '../ui/toast.js';
import { registerAddon } from './addons.js';
import { actionWords, instantOf, whenPlanned } from './schedule-time.js';

/** Per editor: the story's plans not yet run, and the timer that looks again when the next one is due. */
const states = new WeakMap();

function state(editor) {
  if (!states.has(editor)) states.set(editor, { storyId: null, open: [], timer: null });
  return states.get(editor);
}

function schedulesPath(editor) {
  return `/api/spaces/${editor.spaceId}/schedules`;
}

/** Reads the story's pending and running plans; answers them. */
async function refresh(editor) {
  const current = state(editor);
  const storyId = editor.storyId;
  try {
    const { schedules } = await get(`${schedulesPath(editor)}?story_id=${storyId}&order=latest&per_page=50`);
    if (String(editor.storyId) !== String(storyId)) return current.open;
    current.storyId = storyId;
    current.open = schedules.filter((schedule) => ['pending', 'running'].includes(schedule.status))
      .sort((a, b) => Date.parse(a.run_at) - Date.parse(b.run_at));
  } catch (error) {
    current.open = [];
    if (error.status !== 403) toastError(error);
  }
  editor.requestUpdate();
  watch(editor);
  return current.open;
}

/** Looks again shortly after the next plan's time (its node polls every few seconds), and every minute anyway. */
function watch(editor) {
  const current = state(editor);
  clearTimeout(current.timer);
  if (!current.open.length || !editor.isConnected) return;
  const next = Math.min(...current.open.map((schedule) => Date.parse(schedule.run_at)));
  const wait = Math.min(Math.max(next - Date.now() + 500, 1000), 60_000);
  current.timer = setTimeout(() => check(editor), wait);
}

/** Tells what happened to plans that are no longer open, and shows the story as it now is. */
async function check(editor) {
  if (!editor.isConnected) return;
  const before = state(editor).open;
  const open = await refresh(editor);
  const ended = before.filter((schedule) => !open.some((still) => still.id === schedule.id));
  if (!ended.length) return;
  for (const schedule of ended) {
    try {
      const { schedule: now } = await get(`${schedulesPath(editor)}/${schedule.id}`);
      if (now.status === 'done') toast(`Done as planned for ${whenPlanned(now)}: ${now.action === 'unpublish' ? 'it is off the site now' : 'it is live now'}.`, { kind: 'success' });
      if (now.status === 'failed') toast(`The plan to ${actionWords(now.action)} at ${whenPlanned(now)} failed: ${now.reason}`, { kind: 'error', timeout: 0 });
    } catch (error) {
      toastError(error);
    }
  }
  if (editor.dirty) toast('This story changed on a schedule. Save or reload to see it.', { kind: 'info' });
  else editor.reload();
}

async function schedule(editor) {
  const story = editor.story;
  const values = await openDialog({
    title: `Schedule “${story.name}”`,
    okLabel: 'Schedule',
    content: html`
      <fieldset class="schedule-action">
        <legend>What should happen?</legend>
        <label><input type="radio" name="action" value="publish" checked> Publish the latest saved version</label>
        <label><input type="radio" name="action" value="unpublish"> Unpublish (take it off the site)</label>
      </fieldset>
      <duet-schedule-when></duet-schedule-when>
      ${editor.dirty ? html`<p class="muted">Your unsaved changes are saved first.</p>` : ''}`,
    validate: (values) => {
      const at = instantOf(values.run_date, values.run_time, values.time_zone);
      if (!Number.isFinite(at)) return 'Pick a date and a time.';
      if (at < Date.now() - 60_000) return 'That time has passed. Pick one in the future.';
      return null;
    },
  });
  if (!values) return;
  if (editor.dirty && !(await editor.save())) return;
  try {
    const { schedule: planned } = await post(schedulesPath(editor), {
      action: values.action, story_id: story.id, run_at: `${values.run_date}T${values.run_time}`, time_zone: values.time_zone,
    });
    toast(`Scheduled to ${actionWords(planned.action)} ${whenPlanned(planned)}.`, { kind: 'success' });
  } catch (error) {
    toastError(error);
  }
  await refresh(editor);
}

async function cancel(editor, planned) {
  const words = `${actionWords(planned.action)} ${whenPlanned(planned)}`;
  if (!await confirmDialog('Cancel the schedule?', `“${planned.target_name}” will not ${words}.`, { okLabel: 'Cancel the schedule', danger: true })) return;
  try {
    await post(`${schedulesPath(editor)}/${planned.id}/cancel`, {});
    toast('Schedule cancelled.', { kind: 'success' });
  } catch (error) {
    toastError(error);
  }
  await refresh(editor);
}

registerAddon({
  id: 'schedule',

  meta(editor) {
    const current = state(editor);
    if (String(current.storyId) !== String(editor.storyId)) return '';
    const canCancel = session.may('story:publish');
    return current.open.map((planned) => html`
      <span class="schedule-note" data-schedule=${planned.id}>
        ${planned.status === 'running' ? html`Running the plan to ${actionWords(planned.action)} now…`
          : html`Scheduled to ${actionWords(planned.action)} ${whenPlanned(planned)}`}
        ${canCancel && planned.status === 'pending' ? html`
          <button type="button" class="link cancel-schedule" aria-label="Cancel the schedule to ${actionWords(planned.action)} ${whenPlanned(planned)}"
                  @click=${() => cancel(editor, planned)}>Cancel</button>` : ''}
      </span>`);
  },

  actions(editor) {
    if (!session.may('story:publish') || editor.story?.is_folder) return '';
    return html`<button type="button" class="secondary schedule" ?disabled=${!!editor.busy} @click=${() => schedule(editor)}>Schedule…</button>`;
  },

  loaded(editor) {
    refresh(editor);
  },

  closed(editor) {
    clearTimeout(state(editor).timer);
    states.delete(editor);
  },
});
