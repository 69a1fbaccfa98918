import { html, nothing } from 'lit';
import { icons } from '../ui/icons.js';
import { DuetElement } from '../element.js';
import { get, put } from '../api.js';
import { setLeaveGuard } from '../router.js';
import { humanise, label } from '../schema.js';
import { toast, toastError } from '../ui/toast.js';
import { FIELD_TYPES, typeLabel } from './component-dialogs.js';
import { fieldSettings } from './component-field.js';
import { canRenameKeepingContent, planFieldRename } from './component-rename.js';
import { confirmDialog, openDialog } from '../ui/dialog.js';

const KEPT_ON_TYPE_CHANGE = ['display_name', 'description', 'required', 'translatable', 'pos'];
let nextUid = 1;

/**
 * One component: its display name, kind, group and fields, edited as a draft and saved in one write with the version
 * it was loaded at. Fields reorder by dragging, by their ↑/↓ buttons, or with Alt+↑/↓ on the field; the API's
 * problems show next to the setting they concern. Read-only without schema:write.
 */
class DuetComponentEditor extends DuetElement {
  static properties = {
    spaceId: {},
    component: {},
    components: {},
    groups: {},
    readonly: {},
    draft: { state: true },
    dirty: { state: true },
    saving: { state: true },
    problems: { state: true },
    openUid: { state: true },
    dropAt: { state: true },
    datasources: { state: true },
    renaming: { state: true },
  };

  constructor() {
    super();
    this.problems = {};
    this.datasources = [];
    this.components = [];
    this.groups = [];
  }

  connectedCallback() {
    super.connectedCallback();
    setLeaveGuard(() => (this.dirty ? 'The component has unsaved changes. Leave without saving them?' : null));
  }

  disconnectedCallback() {
    super.disconnectedCallback();
    setLeaveGuard(null);
  }

  willUpdate(changed) {
    if (changed.has('component') && this.component
        && (this.loadedId !== this.component.id || this.loadedVersion !== this.component.version)) {
      this.reset();
    }
    if (changed.has('spaceId') && !this.readonly) {
      this.renaming = false;
      canRenameKeepingContent(this.spaceId).then((yes) => { this.renaming = yes; });
      get(`/api/spaces/${this.spaceId}/datasources?per_page=100`)
        .then((answer) => { this.datasources = answer.datasources ?? []; })
        .catch(() => { this.datasources = []; });
    }
  }

  /** Starts a fresh draft from the stored component. */
  reset() {
    // Navigating drops the leave guard, and this element outlives a switch between components, so set it again.
    setLeaveGuard(() => (this.dirty ? 'The component has unsaved changes. Leave without saving them?' : null));
    const component = this.component;
    this.loadedId = component.id;
    this.loadedVersion = component.version;
    const fields = Object.entries(component.schema ?? {})
      .map(([key, def], index) => ({ uid: nextUid++, key, originalKey: key, def: { ...def }, index }))
      .sort((a, b) => (a.def.pos ?? a.index) - (b.def.pos ?? b.index) || a.index - b.index);
    this.draft = {
      display_name: component.display_name ?? '',
      is_root: component.is_root,
      is_nestable: component.is_nestable,
      component_group_uuid: component.component_group_uuid ?? '',
      fields,
    };
    this.dirty = false;
    this.problems = {};
  }

  change(mutate) {
    mutate(this.draft);
    this.draft = { ...this.draft };
    this.dirty = true;
  }

  setOption(field, option, value) {
    this.change(() => {
      const empty = value === undefined || value === null || value === '' || (Array.isArray(value) && !value.length);
      const def = { ...field.def };
      if (empty) delete def[option];
      else def[option] = value;
      field.def = def;
    });
  }

  setKey(field, key) {
    if (!key || key === field.key) return;
    if (this.draft.fields.some((other) => other !== field && other.key === key)) {
      toast(`There is already a field “${key}”.`, { kind: 'error' });
      this.requestUpdate();
      return;
    }
    this.change((draft) => {
      for (const other of draft.fields) {
        if (Array.isArray(other.def.keys) && other.def.keys.includes(field.key)) {
          other.def = { ...other.def, keys: other.def.keys.map((k) => (k === field.key ? key : k)) };
        }
      }
      field.key = key;
    });
  }

  setType(field, type) {
    this.change(() => {
      const kept = Object.fromEntries(KEPT_ON_TYPE_CHANGE.filter((option) => option in field.def).map((option) => [option, field.def[option]]));
      field.def = { ...kept, type };
    });
  }

  addField(event) {
    event.preventDefault();
    const form = event.target;
    const key = form.elements.new_key.value.trim();
    const type = form.elements.new_type.value;
    if (this.draft.fields.some((field) => field.key === key)) {
      form.elements.new_key.setCustomValidity(`There is already a field “${key}”.`);
      form.reportValidity();
      return;
    }
    const field = { uid: nextUid++, key, originalKey: null, def: { type } };
    this.change((draft) => { draft.fields = [...draft.fields, field]; });
    this.openUid = field.uid;
    form.reset();
    this.updateComplete.then(() => this.querySelector(`#field-${field.uid}-settings input[name=display_name]`)?.focus());
  }

  removeField(field) {
    this.change((draft) => { draft.fields = draft.fields.filter((other) => other !== field); });
    toast(`Removed the field “${field.key}”. Save to make it final.`, {
      action: { label: 'Undo', run: () => this.change((draft) => { if (!draft.fields.includes(field)) draft.fields = [...draft.fields, field]; }) },
    });
  }

  moveField(field, to) {
    const fields = [...this.draft.fields];
    const from = fields.indexOf(field);
    if (from < 0 || to < 0 || to >= fields.length || to === from) return;
    fields.splice(from, 1);
    fields.splice(to, 0, field);
    this.change((draft) => { draft.fields = fields; });
    this.updateComplete.then(() => this.querySelector(`[data-uid="${field.uid}"] .field-toggle`)?.focus());
  }

  onKey(event, field) {
    if (!event.altKey || (event.key !== 'ArrowUp' && event.key !== 'ArrowDown')) return;
    event.preventDefault();
    this.moveField(field, this.draft.fields.indexOf(field) + (event.key === 'ArrowUp' ? -1 : 1));
  }

  onDragStart(event, field) {
    this.dragged = field;
    event.dataTransfer.effectAllowed = 'move';
    event.dataTransfer.setData('text/plain', field.key);
  }

  onDragOver(event, field) {
    if (!this.dragged || this.dragged === field) return;
    event.preventDefault();
    const box = event.currentTarget.getBoundingClientRect();
    this.dropAt = { uid: field.uid, after: event.clientY > box.top + box.height / 2 };
  }

  onDrop(event, target) {
    event.preventDefault();
    const dragged = this.dragged;
    const after = this.dropAt?.after;
    this.dragged = null;
    this.dropAt = null;
    if (!dragged || dragged === target) return;
    const rest = this.draft.fields.filter((field) => field !== dragged);
    const at = rest.indexOf(target) + (after ? 1 : 0);
    this.moveField(dragged, at);
  }

  /**
   * Renames a stored field on the server with schema-as-code, which moves every story's content to the new key: asks
   * for the key, shows how many stories change, then applies.
   */
  async renameKeepingContent(field) {
    if (this.dirty) {
      toast('Save or discard your other changes first: this rename is saved on its own.', { kind: 'error' });
      return;
    }
    const from = field.originalKey;
    const values = await openDialog({
      title: `Rename “${from}” and keep its content`,
      okLabel: 'Check the rename',
      content: html`<label>New key <input name="key" required pattern="[a-z_][a-z0-9_]*" .value=${from}></label>`,
      validate: ({ key }) => (key === from ? 'Type a different key.'
        : this.draft.fields.some((other) => other.key === key) ? `There is already a field “${key}”.` : null),
    });
    if (!values) return;
    try {
      const { plan, apply } = await planFieldRename(this.spaceId, this.component.name, from, values.key);
      if (plan.blockers?.length) {
        toast(`This rename cannot be applied: ${plan.blockers.map((b) => b.message ?? b.reason ?? JSON.stringify(b)).join('; ')}`, { kind: 'error' });
        return;
      }
      const count = plan.stories_to_migrate ?? 0;
      const question = count
        ? `${count} ${count === 1 ? 'story has' : 'stories have'} content under “${from}”; it moves to “${values.key}” in drafts and published versions.`
        : `No story has content under “${from}” yet.`;
      if (!await confirmDialog('Rename the field?', `${question} Your site's code must read “${values.key}” from now on.`, { okLabel: 'Rename' })) return;
      const applied = await apply();
      toast(`Renamed “${from}” to “${values.key}”${applied.stories_migrated ? `; ${applied.stories_migrated} stories updated` : ''}.`, { kind: 'success' });
      this.emit('component-saved', null);
    } catch (error) {
      toastError(error);
    }
  }

  /** The schema JSON of the draft: fields in their order, each with its position. */
  schema() {
    return Object.fromEntries(this.draft.fields.map((field, index) => [field.key, { ...field.def, pos: index }]));
  }

  async save() {
    this.saving = true;
    this.problems = {};
    const { display_name, is_root, is_nestable, component_group_uuid } = this.draft;
    try {
      const { component } = await put(`/api/spaces/${this.spaceId}/components/${this.component.id}`, {
        component: { display_name: display_name || null, is_root, is_nestable, component_group_uuid: component_group_uuid || null, schema: this.schema() },
        version: this.component.version,
      });
      this.dirty = false;
      toast(`Saved “${label(component)}”.`, { kind: 'success' });
      this.emit('component-saved', component);
    } catch (error) {
      this.problems = error.fieldProblems?.() ?? {};
      const stale = error.status === 409 && error.details.some((detail) => detail?.current_version !== undefined);
      if (stale) {
        toast('Someone else saved this component in the meantime. Reload it to see their changes, then make yours again.', {
          kind: 'error', action: { label: 'Reload', run: () => this.emit('component-saved', null) },
        });
      } else {
        toastError(error);
      }
      const broken = this.draft.fields.find((field) => this.fieldProblems(field).length);
      if (broken) this.openUid = broken.uid;
    } finally {
      this.saving = false;
    }
  }

  /** Every API problem about a field, whatever option it names. */
  fieldProblems(field) {
    const prefix = `schema.${field.key}`;
    return Object.entries(this.problems).filter(([path]) => path === prefix || path.startsWith(`${prefix}.`)).flatMap(([, messages]) => messages);
  }

  /** The problems of one option of a field ('' for the field itself, such as a bad key). */
  optionProblems(field, option) {
    const path = option ? `schema.${field.key}.${option}` : `schema.${field.key}`;
    return Object.entries(this.problems)
      .filter(([key]) => key === path || (option && key.startsWith(`${path}[`)))
      .flatMap(([, messages]) => messages);
  }

  render() {
    if (!this.draft) return nothing;
    return this.readonly ? this.renderReadonly() : this.renderEditable();
  }

  renderReadonly() {
    const component = this.component;
    const group = this.groups.find((candidate) => candidate.uuid === component.component_group_uuid);
    return html`
      <article class="component-editor readonly card">
        <h2>${label(component)} <code>${component.name}</code></h2>
        <p class="muted">${kind(component)}${group ? ` · Group: ${group.name}` : ''} · You can look at this schema; changing it needs a developer or admin role.</p>
        <table class="table field-table">
          <thead><tr><th>Field</th><th>Key</th><th>Type</th><th>Rules</th></tr></thead>
          <tbody>
            ${this.draft.fields.map(({ key, def }) => html`
              <tr data-field=${key}>
                <td>${def.display_name || humanise(key)}</td>
                <td><code>${key}</code></td>
                <td>${typeLabel(def.type)}</td>
                <td>${[def.required ? 'required' : '', def.translatable ? 'translatable' : '', def.max_length ? `at most ${def.max_length} characters` : '']
                  .filter(Boolean).join(', ')}</td>
              </tr>`)}
          </tbody>
        </table>
      </article>`;
  }

  renderEditable() {
    const component = this.component;
    const draft = this.draft;
    const problem = (path) => (this.problems[path] ? html`<span class="field-error">${this.problems[path].join('; ')}</span>` : nothing);
    return html`
      <article class="component-editor card">
        <header class="component-editor-header">
          <h2>${draft.display_name || label(component)} <code>${component.name}</code></h2>
          <div class="actions">
            <button type="button" class="danger delete-component" @click=${() => this.emit('component-delete')}>Delete</button>
            <button type="button" class="secondary" ?disabled=${!this.dirty || this.saving} @click=${() => this.reset()}>Discard changes</button>
            <button type="button" class="primary save-component" ?disabled=${!this.dirty || this.saving} @click=${() => this.save()}>
              ${this.saving ? 'Saving…' : 'Save'}
            </button>
          </div>
        </header>
        ${this.dirty ? html`<p class="unsaved" role="status">Unsaved changes</p>` : nothing}
        <div class="component-basics">
          <label>Display name
            <input name="display_name" maxlength="200" .value=${draft.display_name} placeholder=${humanise(component.name)}
                   @input=${(event) => this.change((d) => { d.display_name = event.target.value; })}>
            ${problem('display_name')}
          </label>
          <label>Group
            <select name="component_group_uuid" @change=${(event) => this.change((d) => { d.component_group_uuid = event.target.value; })}>
              <option value="" ?selected=${!draft.component_group_uuid}>No group</option>
              ${this.groups.map((group) => html`<option value=${group.uuid} ?selected=${group.uuid === draft.component_group_uuid}>${group.name}</option>`)}
            </select>
            ${problem('component_group_uuid')}
          </label>
          <fieldset class="component-kind">
            <legend>Use it as</legend>
            <label class="check"><input type="checkbox" name="is_root" .checked=${draft.is_root}
              @change=${(event) => this.change((d) => { d.is_root = event.target.checked; })}>
              <span>Content type <small>a story can be one</small></span></label>
            <label class="check"><input type="checkbox" name="is_nestable" .checked=${draft.is_nestable}
              @change=${(event) => this.change((d) => { d.is_nestable = event.target.checked; })}>
              <span>Block <small>can be placed inside stories</small></span></label>
          </fieldset>
        </div>
        <h3>Fields</h3>
        <p class="muted hint">Drag a field to reorder it, or focus it and press Alt+↑ / Alt+↓.</p>
        ${draft.fields.length ? html`
          <ol class="field-list" aria-label="Fields of ${label(component)}">
            ${draft.fields.map((field, index) => this.renderField(field, index))}
          </ol>` : html`<p class="muted">No fields yet. Add the first one below.</p>`}
        ${this.renderAddField()}
        <p class="muted presets-note">Presets (saved starting content for a component) are not available yet: Duet's API has no place to store them.</p>
      </article>`;
  }

  renderField(field, index) {
    const open = this.openUid === field.uid;
    const problems = this.fieldProblems(field);
    const drop = this.dropAt?.uid === field.uid ? (this.dropAt.after ? 'drop-after' : 'drop-before') : '';
    const count = this.draft.fields.length;
    const ctx = {
      field,
      set: (option, value) => this.setOption(field, option, value),
      setKey: (key) => this.setKey(field, key),
      setType: (type) => this.setType(field, type),
      renameKeepingContent: this.renaming ? () => this.renameKeepingContent(field) : null,
      problems: (option) => this.optionProblems(field, option),
      components: this.components,
      groups: this.groups,
      datasources: this.datasources,
      otherKeys: this.draft.fields.filter((other) => other !== field && !['section', 'tab'].includes(other.def.type)).map((other) => other.key),
    };
    return html`
      <li class="field-row ${drop} ${problems.length ? 'has-problems' : ''}" data-field=${field.key} data-uid=${field.uid}
          @dragover=${(event) => this.onDragOver(event, field)} @drop=${(event) => this.onDrop(event, field)}>
        <div class="field-summary" draggable="true" @dragstart=${(event) => this.onDragStart(event, field)}
             @dragend=${() => { this.dragged = null; this.dropAt = null; }}>
          <span class="drag-handle" aria-hidden="true">⋮⋮</span>
          <button type="button" class="field-toggle" aria-expanded=${open ? 'true' : 'false'} aria-controls=${`field-${field.uid}-settings`}
                  @click=${() => { this.openUid = open ? null : field.uid; }} @keydown=${(event) => this.onKey(event, field)}>
            <span class="field-name">${field.def.display_name || humanise(field.key)}</span>
            <code class="field-key">${field.key}</code>
            <span class="field-type">${typeLabel(field.def.type)}</span>
            ${field.def.required ? html`<span class="badge badge-draft">Required</span>` : nothing}
          </button>
          <span class="field-actions">
            <button type="button" class="icon field-up" aria-label="Move ${field.key} up" ?disabled=${index === 0} @click=${() => this.moveField(field, index - 1)}>↑</button>
            <button type="button" class="icon field-down" aria-label="Move ${field.key} down" ?disabled=${index === count - 1} @click=${() => this.moveField(field, index + 1)}>↓</button>
            <button type="button" class="icon danger field-remove" aria-label="Remove ${field.key}" @click=${() => this.removeField(field)}>${icons.trash()}</button>
          </span>
        </div>
        ${problems.length && !open ? html`<p class="field-error">${problems.join('; ')}</p>` : nothing}
        ${open ? fieldSettings(ctx) : nothing}
      </li>`;
  }

  renderAddField() {
    return html`
      <form class="add-field" @submit=${(event) => this.addField(event)}>
        <label>New field key
          <input name="new_key" required pattern="[a-z_][a-z0-9_]*" title="Lower-case letters, digits and _, not starting with a digit"
                 placeholder="e.g. headline" @input=${(event) => event.target.setCustomValidity('')}>
        </label>
        <label>Type
          <select name="new_type">
            ${FIELD_TYPES.map(([value, text]) => html`<option value=${value}>${text}</option>`)}
          </select>
        </label>
        <button type="submit" class="secondary">Add field</button>
      </form>`;
  }
}

function kind(component) {
  if (component.is_root && component.is_nestable) return 'Content type and block';
  return component.is_root ? 'Content type' : 'Block';
}

customElements.define('duet-component-editor', DuetComponentEditor);
