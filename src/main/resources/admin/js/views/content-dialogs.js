import { html } from 'lit';
import { get, query } from '../api.js';
import { label } from '../schema.js';
import { openDialog } from '../ui/dialog.js';

/** A URL slug from a name, as the server would make it: "Spring Sale 2026!" → "spring-sale-2026". */
export function slugify(name) {
  return name.normalize('NFKD').replace(/\p{M}+/gu, '').toLowerCase()
    .replace(/[\s_]+/g, '-').replace(/[^a-z0-9\-._~]/g, '').replace(/-{2,}/g, '-').replace(/^-+|-+$/g, '');
}

function nameAndSlug() {
  const fillSlug = (event) => {
    const slug = event.target.form.elements.slug;
    if (!slug.dataset.touched) slug.value = slugify(event.target.value);
  };
  return html`
    <label>Name <input name="name" required maxlength="255" @input=${fillSlug}></label>
    <label>Slug <small>the last part of the page's address</small>
      <input name="slug" required pattern="[a-z0-9\\-._~]+" title="Lower-case letters, digits and - . _ ~"
             @input=${(event) => { event.target.dataset.touched = 'yes'; }}>
    </label>`;
}

export async function askFolder() {
  const values = await openDialog({ title: 'New folder', content: nameAndSlug(), okLabel: 'Create folder' });
  return values && { name: values.name, slug: values.slug, is_folder: true };
}

/**
 * Asks for a new story's name, slug and content type. Required text fields of the content type start with the
 * story's name (a blog post's title is usually its name), so the new story is valid from its first save.
 */
export async function askNewStory(contentTypes) {
  if (!contentTypes.length) {
    await openDialog({ title: 'No content types yet', okLabel: 'OK',
      content: html`<p>Stories are built from content types (components marked as root). Ask a developer to add one, or add it under Components.</p>` });
    return null;
  }
  const values = await openDialog({
    title: 'New story',
    okLabel: 'Create story',
    content: html`
      ${nameAndSlug()}
      <label>Content type
        <select name="component" required>
          ${contentTypes.map((type) => html`<option value=${type.name}>${label(type)}</option>`)}
        </select>
      </label>`,
  });
  if (!values) return null;
  const type = contentTypes.find((candidate) => candidate.name === values.component);
  const content = { component: values.component };
  for (const [field, definition] of Object.entries(type.schema ?? {})) {
    if (definition.required && (definition.type === 'text' || definition.type === 'textarea')) content[field] = values.name;
  }
  return { name: values.name, slug: values.slug, content };
}

/**
 * Lets the user pick a folder to move `story` into; resolves with its id, null for the root, or undefined when
 * cancelled. The folder itself and its sub-folders are not offered.
 */
export async function openFolderPicker(spaceId, story) {
  const folders = [];
  for (let page = 1; ; page++) {
    const answer = await get(`/api/spaces/${spaceId}/stories${query({ is_folder: true, per_page: 100, page, sort_by: 'name' })}`);
    folders.push(...answer.stories);
    if (answer.stories.length < 100) break;
  }
  const allowed = folders.filter((folder) => folder.id !== story.id && !folder.full_slug.startsWith(`${story.full_slug}/`));
  const values = await openDialog({
    title: `Move “${story.name}”`,
    okLabel: 'Move here',
    content: html`
      <label>Folder
        <select name="folder">
          <option value="">(top level)</option>
          ${allowed.map((folder) => html`<option value=${folder.id} ?selected=${folder.id === story.parent_id}>/${folder.full_slug}</option>`)}
        </select>
      </label>`,
  });
  if (!values) return undefined;
  return values.folder ? Number(values.folder) : null;
}
