import { html } from 'lit';
import { label } from '../schema.js';
import { openDialog } from '../ui/dialog.js';

/** The 17 field types of a component schema, with what a developer or marketer would call them. */
export const FIELD_TYPES = [
  ['text', 'Text (one line)'],
  ['textarea', 'Text area'],
  ['markdown', 'Markdown'],
  ['richtext', 'Rich text'],
  ['number', 'Number'],
  ['boolean', 'Yes / no'],
  ['datetime', 'Date and time'],
  ['option', 'Single option'],
  ['options', 'Multiple options'],
  ['asset', 'Asset (one file)'],
  ['multiasset', 'Assets (several files)'],
  ['multilink', 'Link'],
  ['bloks', 'Blocks'],
  ['table', 'Table'],
  ['section', 'Section (groups fields)'],
  ['tab', 'Tab (groups fields)'],
  ['custom', 'Custom (plugin)'],
];

export function typeLabel(type) {
  return FIELD_TYPES.find(([name]) => name === type)?.[1] ?? type;
}

/** "Hero Banner" → "hero_banner", the way the server normalises component and field names. */
export function technicalName(text) {
  return text.trim().toLowerCase().replace(/\s+/g, '_').replace(/[^a-z0-9_-]/g, '');
}

/** Asks for a new component's name, kind and group; resolves with the component object to create, or null. */
export async function askNewComponent(groups) {
  const fillName = (event) => {
    const name = event.target.form.elements.name;
    if (!name.dataset.touched) name.value = technicalName(event.target.value).replace(/-/g, '_');
  };
  const values = await openDialog({
    title: 'New component',
    okLabel: 'Create component',
    content: html`
      <label>Display name <input name="display_name" required maxlength="200" @input=${fillName}></label>
      <label>Technical name <small>used in content JSON and by the site's code; a-z, 0-9, _ and -</small>
        <input name="name" required maxlength="100" pattern="[a-z0-9_\\-]+" title="Lower-case letters, digits, _ and -"
               @input=${(event) => { event.target.dataset.touched = 'yes'; }}>
      </label>
      <label>Kind
        <select name="kind">
          <option value="nestable">Block (placed inside stories)</option>
          <option value="root">Content type (a story is one)</option>
          <option value="both">Both</option>
        </select>
      </label>
      <label>Group
        <select name="group">
          <option value="">No group</option>
          ${groups.map((group) => html`<option value=${group.uuid}>${group.name}</option>`)}
        </select>
      </label>`,
  });
  if (!values) return null;
  return {
    name: values.name,
    display_name: values.display_name,
    is_root: values.kind !== 'nestable',
    is_nestable: values.kind !== 'root',
    component_group_uuid: values.group || null,
  };
}

/**
 * Explains a refused deletion: the server lists where other components still allow the thing (`details` of
 * {component, path} with paths like "schema.body.component_whitelist[0]").
 */
export async function explainStillUsed(thing, details, components) {
  const byName = new Map(components.map((component) => [component.name, component]));
  const uses = details.filter((detail) => detail?.component).map((detail) => {
    const field = /^schema\.([^.[]+)/.exec(detail.path ?? '')?.[1] ?? detail.path;
    return { component: label(byName.get(detail.component) ?? { name: detail.component }), field };
  });
  const name = thing.display_name || thing.name;
  await openDialog({
    title: `“${name}” is still in use`,
    okLabel: 'OK',
    content: html`
      <p class="still-used">It cannot be deleted while these fields allow it. Remove it from their allowed components first:</p>
      <ul class="still-used-list">
        ${uses.map((use) => html`<li><strong>${use.component}</strong>, field <code>${use.field}</code></li>`)}
      </ul>`,
  });
}
