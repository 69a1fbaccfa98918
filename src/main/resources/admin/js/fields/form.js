// <duet-blok-form>: the fields of one blok, generated from its component's schema in `pos` order. `section` and `tab`
// fields group the fields they name in `keys` (or, without keys, the fields after them); tabs form a tablist. Every
// change produces a new blok object, announced as `blok-changed` (detail: the new blok); nothing is mutated.
import { html } from 'lit';
import { unsafeStatic, html as staticHtml } from 'lit/static-html.js';
import { DuetElement } from '../element.js';
import { components, humanise, label } from '../schema.js';
import { FIELD_ELEMENTS, LAYOUT_TYPES, fieldTag } from './registry.js';
import './custom.js';
import { currentEditor, extras } from '../editor/addons.js';

const FALLBACK = 'duet-field-custom';
/** Field types whose element module failed to load (not built yet, or broken): they are edited as JSON instead. */
const unavailable = new Set();
const loading = new Map();

function loadType(type) {
  const entry = FIELD_ELEMENTS[type] ?? FIELD_ELEMENTS.custom;
  if (!loading.has(type)) {
    loading.set(type, entry.load().catch((error) => {
      unavailable.add(type);
      console.warn(`The editor for "${type}" fields could not be loaded; using the JSON editor instead.`, error);
    }));
  }
  return loading.get(type);
}

/** Loads the field elements for `types`; a type whose module fails falls back to the JSON editor. */
export function loadTypes(types) {
  return Promise.all([...new Set(types)].filter((type) => !LAYOUT_TYPES.has(type)).map(loadType));
}

function tagFor(type) {
  return unavailable.has(type) ? FALLBACK : fieldTag(type);
}

/** "body[0]" + "headline" → "body[0].headline"; the root blok's fields have no prefix. */
export function childPath(prefix, key) {
  return prefix ? `${prefix}.${key}` : key;
}

/** The schema's fields as [key, definition] in `pos` order (ties keep their written order). */
export function orderedFields(schema) {
  return Object.entries(schema ?? {}).map(([key, field], index) => ({ key, field: field ?? {}, index }))
    .sort((a, b) => (a.field.pos ?? 1e9) - (b.field.pos ?? 1e9) || a.index - b.index);
}

/**
 * Splits the ordered fields into layout: {main: [items], tabs: [{key, field, items}]} where an item is a field or a
 * section {key, field, items}.
 */
export function layout(schema) {
  const ordered = orderedFields(schema);
  const owner = new Map();
  let current = null;
  for (const { key, field } of ordered) {
    if (LAYOUT_TYPES.has(field.type)) {
      current = Array.isArray(field.keys) && field.keys.length ? null : key;
      for (const member of field.keys ?? []) if (!owner.has(member)) owner.set(member, key);
    } else if (current && !owner.has(key)) owner.set(key, current);
  }
  const groups = new Map(ordered.filter(({ field }) => LAYOUT_TYPES.has(field.type))
    .map(({ key, field }) => [key, { key, field, items: [] }]));
  const main = [];
  const tabs = [];
  for (const entry of ordered) {
    if (LAYOUT_TYPES.has(entry.field.type)) {
      const group = groups.get(entry.key);
      const parent = owner.get(entry.key);
      if (entry.field.type === 'tab') tabs.push(group);
      else if (parent && groups.get(parent)) groups.get(parent).items.push(group);
      else main.push(group);
    } else {
      const parent = owner.get(entry.key);
      (parent ? groups.get(parent).items : main).push(entry);
    }
  }
  return { main, tabs };
}

let formCounter = 0;

class DuetBlokForm extends DuetElement {
  static properties = {
    blok: { attribute: false },
    spaceId: {},
    path: {},
    problems: { attribute: false },
    schema: { attribute: false },
    readonly: { type: Boolean },
    ready: { state: true },
    activeTab: { state: true },
  };

  constructor() {
    super();
    this.path = '';
    this.problems = {};
    this.ready = false;
    this.activeTab = 0;
    this.formId = `blok-form-${++formCounter}`;
  }

  willUpdate(changed) {
    if (changed.has('spaceId') && !this.schema && this.spaceId) {
      components(this.spaceId).then((schema) => { this.schema = schema; });
    }
    if (changed.has('schema') || changed.has('blok')) {
      const component = this.component;
      const types = Object.values(component?.schema ?? {}).map((field) => field?.type ?? 'custom');
      const key = types.join(',');
      if (component && key !== this.loadedTypes) {
        this.loadedTypes = key;
        loadTypes(types).then(() => { this.ready = true; this.requestUpdate(); });
      }
    }
  }

  get component() {
    return this.schema?.byName.get(this.blok?.component) ?? null;
  }

  onFieldChange(event, key) {
    event.stopPropagation();
    this.emit('blok-changed', { ...this.blok, [key]: event.detail });
  }

  render() {
    if (!this.blok) return '';
    if (!this.schema) return html`<p class="muted" aria-busy="true">Loading the fields…</p>`;
    const component = this.component;
    if (!component) return this.renderUnknown();
    if (!this.ready) return html`<p class="muted" aria-busy="true">Loading the fields…</p>`;
    const { main, tabs } = layout(component.schema);
    if (!tabs.length) return html`<div class="blok-form">${main.map((item) => this.renderItem(item))}</div>`;
    const all = [{ key: '__general', field: { display_name: 'Content' }, items: main }, ...tabs].filter((tab) => tab.items.length);
    const active = Math.min(this.activeTab, all.length - 1);
    return html`
      <div class="blok-form">
        <div class="tabs" role="tablist" aria-label="${label(component)} field groups" @keydown=${(event) => this.onTabKey(event, all.length)}>
          ${all.map((tab, index) => html`
            <button type="button" role="tab" id="${this.formId}-tab-${index}" aria-controls="${this.formId}-panel-${index}"
                    aria-selected=${index === active ? 'true' : 'false'} tabindex=${index === active ? '0' : '-1'}
                    class=${this.hasProblems(tab.items) ? 'has-problems' : ''}
                    @click=${() => { this.activeTab = index; }}>${tab.field.display_name || humanise(tab.key)}</button>`)}
        </div>
        ${all.map((tab, index) => html`
          <div role="tabpanel" id="${this.formId}-panel-${index}" aria-labelledby="${this.formId}-tab-${index}" ?hidden=${index !== active}>
            ${tab.items.map((item) => this.renderItem(item))}
          </div>`)}
      </div>`;
  }

  onTabKey(event, count) {
    const moves = { ArrowRight: 1, ArrowLeft: -1, Home: -Infinity, End: Infinity };
    if (!(event.key in moves) || event.target.getAttribute('role') !== 'tab') return;
    event.preventDefault();
    const step = moves[event.key];
    const next = Number.isFinite(step) ? (this.activeTab + step + count) % count : step < 0 ? 0 : count - 1;
    this.activeTab = next;
    this.updateComplete.then(() => this.querySelector(`#${this.formId}-tab-${next}`)?.focus());
  }

  hasProblems(items) {
    return items.some((item) => (item.items ? this.hasProblems(item.items) : this.problemsUnder(childPath(this.path, item.key))));
  }

  problemsUnder(path) {
    return Object.keys(this.problems ?? {}).some((key) => key === path || key.startsWith(`${path}.`) || key.startsWith(`${path}[`));
  }

  renderItem(item) {
    if (item.items) {
      return html`
        <fieldset class="form-section">
          <legend>${item.field.display_name || humanise(item.key)}</legend>
          ${item.field.description ? html`<p class="muted">${item.field.description}</p>` : ''}
          ${item.items.map((child) => this.renderItem(child))}
        </fieldset>`;
    }
    const { key, field } = item;
    const path = childPath(this.path, key);
    const tag = unsafeStatic(tagFor(field.type ?? 'custom'));
    return staticHtml`
      <div class="form-field" data-path=${path} data-field=${key}>
        <${tag} .field=${field} .name=${key} .value=${this.blok[key]} .spaceId=${this.spaceId} .path=${path}
                .problems=${this.problems?.[path] ?? []} .allProblems=${this.problems} .schema=${this.schema}
                .readonly=${this.readonly} @value-changed=${(event) => this.onFieldChange(event, key)}></${tag}>
        ${this.renderFieldExtras(path, key, field)}
      </div>`;
  }

  /** What editor add-ons show under a field (comments, translation status); nothing outside the story editor. */
  renderFieldExtras(path, key, field) {
    const editor = currentEditor();
    const shown = editor ? extras('fieldExtras', path, editor, { key, field, blok: this.blok }) : [];
    return shown.length ? html`<div class="field-extras">${shown}</div>` : '';
  }

  renderUnknown() {
    const name = this.blok.component;
    return html`
      <div class="blok-form blok-unknown" role="note">
        <p class="form-error">${name
          ? `This block uses the component “${name}”, which this space does not define (any more). You can still edit its data as JSON.`
          : 'This block has no component, so its fields are unknown. You can still edit its data as JSON.'}</p>
        <duet-field-custom .field=${{ display_name: 'Block data' }} .name=${'blok'} .value=${this.blok} .path=${this.path}
                           .readonly=${this.readonly} @value-changed=${(event) => {
                             event.stopPropagation();
                             if (event.detail && typeof event.detail === 'object' && !Array.isArray(event.detail)) this.emit('blok-changed', event.detail);
                           }}></duet-field-custom>
      </div>`;
  }
}

customElements.define('duet-blok-form', DuetBlokForm);
