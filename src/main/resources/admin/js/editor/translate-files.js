// The Translate panel's tools around the field list: importing a translator's file (XLIFF 1.2 or JSON, as exported)
// and creating a language copy of the story in another folder (folder-level translation, same group_id).
import { html } from 'lit';
import { ApiError, currentCsrfToken, get, post } from '../api.js';
import { toast, toastError } from '../ui/toast.js';
import { confirmDialog } from '../ui/dialog.js';

/** POSTs the file's text as it is (XML or JSON), so the server reads it as the translator left it. */
async function sendFile(path, text, type) {
  const headers = { Accept: 'application/json', 'Content-Type': type };
  if (currentCsrfToken()) headers['X-CSRF-Token'] = currentCsrfToken();
  let response;
  try {
    response = await fetch(path, { method: 'POST', credentials: 'same-origin', headers, body: text });
  } catch {
    throw new ApiError(0, null);
  }
  const body = await response.json().catch(() => null);
  if (!response.ok) throw new ApiError(response.status, body);
  return body;
}

async function importFile(editor, language, input) {
  const file = input.files?.[0];
  input.value = '';
  if (!file) return;
  if (editor.dirty) {
    toast('Save your changes first: an import saves a new version of the story.', { kind: 'error' });
    return;
  }
  const text = await file.text();
  const type = text.trimStart().startsWith('<') ? 'application/x-xliff+xml' : 'application/json';
  const path = `/api/spaces/${editor.spaceId}/stories/${editor.storyId}/translations/${language}/import`;
  try {
    let answer;
    try {
      answer = await sendFile(path, text, type);
    } catch (error) {
      if (error.status !== 409) throw error;
      const changed = error.details.map((unit) => `“${unit.source}” is now “${unit.current_source}”`).join('; ');
      if (!await confirmDialog('The source text changed', `${error.details.length} text(s) were translated from an older `
        + `version: ${changed}. Import these translations anyway?`, { okLabel: 'Import anyway' })) return;
      answer = await sendFile(`${path}?force=true`, text, type);
    }
    toast(`Imported ${answer.imported.units} translated text(s).`, { kind: 'success' });
    await editor.reload();
  } catch (error) {
    toastError(error);
  }
}

async function copyForLanguage(editor, event) {
  event.preventDefault();
  const form = new FormData(event.target);
  const parent = Number(form.get('parent_id')) || null;
  try {
    const { story } = await post(`/api/spaces/${editor.spaceId}/stories/${editor.storyId}/language_copy`,
      { parent_id: parent, slug: String(form.get('slug')).trim() });
    toast(`Created “${story.name}” at ${story.full_slug}.`, { kind: 'success' });
    // the story itself did not change (same version), so its alternates are extended here rather than read again
    const alternate = { id: story.id, name: story.name, slug: story.slug, full_slug: story.full_slug,
      parent_id: story.parent_id, is_folder: story.is_folder, published: story.published };
    editor.story = { ...editor.story, alternates: [...(editor.story.alternates ?? []), alternate] };
  } catch (error) {
    toastError(error);
  }
}

const folderLists = new WeakMap();

/** The space's folders for the copy form, loaded once per editor. */
function folders(editor) {
  if (!folderLists.has(editor)) {
    folderLists.set(editor, []);
    get(`/api/spaces/${editor.spaceId}/stories?is_folder=true&per_page=100`)
      .then((answer) => { folderLists.set(editor, answer.stories); editor.requestUpdate(); })
      .catch(toastError);
  }
  return folderLists.get(editor);
}

export function renderFileTools(editor, language) {
  const id = `translate-import-${editor.storyId}`;
  return html`
    <p class="translate-import">
      <label for=${id}>Import a translated file (XLIFF or JSON)</label>
      <input id=${id} type="file" accept=".xlf,.xliff,.xml,.json" @change=${(event) => importFile(editor, language, event.target)}>
    </p>
    <details class="translate-copy">
      <summary>Create a copy for another language tree</summary>
      <form @submit=${(event) => copyForLanguage(editor, event)}>
        <label>Into folder
          <select name="parent_id">
            <option value="">(top level)</option>
            ${folders(editor).map((folder) => html`<option value=${folder.id}>${folder.full_slug}</option>`)}
          </select>
        </label>
        <label>Slug <input name="slug" required .value=${`${editor.story?.slug ?? ''}-${language}`}></label>
        <button type="submit" class="secondary">Create copy</button>
        <p class="muted">The copy shares this story’s group, so both list each other as language versions.</p>
      </form>
    </details>`;
}
