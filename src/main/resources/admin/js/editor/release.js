// The story editor's releases add-on: "Add to release…" (choose an open release or start one), and a meta line naming
// the open releases the story is in (with a warning when the release pins an older version or has a conflict) with a
// Preview toggle that shows the release in the editor's own preview (as `_storyblok_release`, which the site passes
// on to the delivery API as `from_release`). No side panel: the Releases screen shows each release in full.
import { html, nothing } from 'lit';
import { registerAddon } from './addons.js';
import { session } from '../session.js';
import { toast, toastError } from '../ui/toast.js';
import { openDialog } from '../ui/dialog.js';
import { releasesApi } from '../views/releases-api.js';

/** The releases holding each open story, by story id; filled when the editor loads or saves a story. */
const holdings = new Map();
/** The release the preview shows for each story, by story id, while the editor's release toggle is on. */
const previewing = new Map();

/** Hands the chosen release to the preview (it may have been re-created since, e.g. hidden and shown again). */
function applyPreview(editor) {
  const preview = editor.querySelector('duet-story-preview');
  const wanted = previewing.get(editor.storyId) ?? '';
  if (preview && (preview.release ?? '') !== wanted) preview.release = wanted;
}

async function togglePreview(editor, release) {
  if (previewing.get(editor.storyId) === String(release.id)) previewing.delete(editor.storyId);
  else previewing.set(editor.storyId, String(release.id));
  if (!editor.showPreview || editor.showHistory || editor.panel) {
    if (editor.showPreview) editor.togglePreview();
    editor.togglePreview();
  }
  editor.requestUpdate();
  await editor.updateComplete;
  applyPreview(editor);
}

async function refresh(editor) {
  try {
    holdings.set(editor.storyId, (await releasesApi.ofStory(editor.spaceId, editor.storyId)).filter((r) => r.status === 'open'));
  } catch (error) {
    holdings.delete(editor.storyId);
    if (error.status !== 403) toastError(error);
  }
  editor.requestUpdate();
}

function releasesOf(editor) {
  return holdings.get(editor.storyId) ?? [];
}

async function addToRelease(editor) {
  if (editor.dirty) {
    toast('Save your changes first: a release includes the story as it was last saved.', { kind: 'error' });
    return;
  }
  let open;
  try {
    open = await releasesApi.list(editor.spaceId, 'open');
  } catch (error) {
    toastError(error);
    return;
  }
  const holding = new Set(releasesOf(editor).map((release) => release.id));
  const choices = open.filter((release) => !holding.has(release.id));
  const values = await openDialog({
    title: `Add “${editor.story.name}” to a release`,
    okLabel: 'Add to release',
    content: html`
      <p class="muted">The release will publish version ${editor.story.version}, the one saved now. If you change the story
        later, re-pin it in the release to include the changes.</p>
      ${choices.length ? html`
        <label>Release
          <select name="release" class="release-choice">
            ${choices.map((release, index) => html`<option value=${release.id} ?selected=${index === 0}>${release.name}</option>`)}
            <option value="">A new release…</option>
          </select>
        </label>` : html`<input type="hidden" name="release" value="">`}
      <label>Name of a new release <small>${choices.length ? 'when you chose “A new release…”' : 'no open release yet'}</small>
        <input name="name" class="new-release-name" maxlength="200" placeholder="Spring campaign">
      </label>`,
    validate: (form) => (form.release || String(form.name ?? '').trim() ? null : 'Choose a release or name a new one.'),
  });
  if (!values) return;
  try {
    const releaseId = values.release || (await releasesApi.create(editor.spaceId, values.name.trim(), null)).id;
    const release = await releasesApi.add(editor.spaceId, releaseId, editor.storyId);
    toast(`Added to the release “${release.name}”.`, { kind: 'success' });
  } catch (error) {
    toastError(error);
  }
  await refresh(editor);
}

function note(editor, release) {
  if (release.item.conflict) return `⚠ ${release.item.conflict.message}`;
  if (release.item.version_number < editor.story.version) {
    return `publishes version ${release.item.version_number}; re-pin it in the release to include later changes`;
  }
  return `publishes version ${release.item.version_number}`;
}

registerAddon({
  id: 'releases',

  meta(editor) {
    Promise.resolve().then(() => applyPreview(editor));
    const releases = releasesOf(editor);
    if (!releases.length) return nothing;
    const shown = previewing.get(editor.storyId);
    return html`<span class="release-meta">In release ${releases.map((release, index) => html`${index ? ', ' : ''}<a
        class=${release.item.conflict || release.item.version_number < editor.story.version ? 'release-badge stale' : 'release-badge'}
        href=${`/admin/spaces/${editor.spaceId}/releases?release=${release.id}`} title=${note(editor, release)}>“${release.name}”</a>
        <button type="button" class="link preview-release-toggle" aria-pressed=${shown === String(release.id) ? 'true' : 'false'}
          title="Show the site in the preview as this release would publish it"
          @click=${() => togglePreview(editor, release)}>${shown === String(release.id) ? 'Previewing release' : 'Preview release'}</button>`)}</span>`;
  },

  actions(editor) {
    if (!session.may('story:write') || editor.story?.is_folder) return nothing;
    return html`<button type="button" class="secondary add-to-release" @click=${() => addToRelease(editor)}>Add to release…</button>`;
  },

  loaded: (editor) => refresh(editor),
  saved: (editor) => refresh(editor),
  closed: (editor) => {
    holdings.delete(editor.storyId);
    previewing.delete(editor.storyId);
  },
});
