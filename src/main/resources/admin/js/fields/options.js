// Option (one value) and options (several values) fields. Their choices come from the schema's own list, a datasource
// (source "internal" or "datasource" with a datasource_slug) or the space's stories (source "internal_stories", the
// value being the story's uuid), as Storyblok stores them.
import { html, nothing } from 'lit';
import { get, query } from '../api.js';
import { FieldElement } from './field-chrome.js';

const cache = new Map();

function remember(key, load) {
  if (!cache.has(key)) {
    cache.set(key, load().catch((error) => {
      cache.delete(key);
      throw error;
    }));
  }
  return cache.get(key);
}

async function allPages(path, params, listKey) {
  const items = [];
  for (let page = 1; ; page++) {
    const answer = await get(`${path}${query({ ...params, per_page: 100, page })}`);
    items.push(...answer[listKey]);
    if (answer[listKey].length < 100) return items;
  }
}

async function datasourceChoices(spaceId, slug) {
  const datasources = await remember(`datasources:${spaceId}`,
    () => allPages(`/api/spaces/${spaceId}/datasources`, {}, 'datasources'));
  const datasource = datasources.find((candidate) => candidate.slug === slug);
  if (!datasource) throw new Error(`The datasource “${slug}” this field lists its options from does not exist in this space.`);
  const entries = await remember(`entries:${spaceId}:${datasource.id}`,
    () => allPages(`/api/spaces/${spaceId}/datasources/${datasource.id}/entries`, {}, 'datasource_entries'));
  return entries.map((entry) => ({ name: entry.name, value: entry.value }));
}

function asList(value) {
  if (Array.isArray(value)) return value.filter(Boolean);
  if (typeof value === 'string' && value.trim()) return value.split(',').map((item) => item.trim()).filter(Boolean);
  return [];
}

async function storyChoices(spaceId, field) {
  const types = asList(field.filter_content_type);
  const startsWith = (field.folder_slug ?? '').replace(/^\/+|\/+$/g, '');
  const params = { is_folder: false, sort_by: 'name', starts_with: startsWith ? `${startsWith}/` : '' };
  const lists = await Promise.all((types.length ? types : [undefined]).map((component) => remember(
    `stories:${spaceId}:${component ?? ''}:${params.starts_with}`,
    () => allPages(`/api/spaces/${spaceId}/stories`, { ...params, component }, 'stories'))));
  return lists.flat().map((story) => ({ name: story.name, value: story.uuid, hint: story.full_slug }))
    .sort((a, b) => a.name.localeCompare(b.name));
}

async function languageChoices(spaceId) {
  const { space } = await remember(`space:${spaceId}`, () => get(`/api/spaces/${spaceId}`));
  const names = typeof Intl.DisplayNames === 'function' ? new Intl.DisplayNames(['en'], { type: 'language' }) : null;
  const nameOf = (code) => {
    try {
      return names?.of(code) ?? code;
    } catch {
      return code;
    }
  };
  return [{ name: `Default (${nameOf(space.default_language ?? 'default')})`, value: 'default' },
    ...(space.languages ?? []).map((code) => ({ name: nameOf(code), value: code }))];
}

/** An external list ([{name, value}] as JSON at a URL); the admin's security policy may not allow reaching it. */
async function externalChoices(url) {
  try {
    const response = await fetch(url, { credentials: 'omit' });
    const list = await response.json();
    if (!Array.isArray(list)) throw new Error('not a list');
    return list.map((item) => ({ name: String(item.name ?? item.value), value: String(item.value) }));
  } catch {
    throw new Error(`The options of this field come from ${url || 'an external list'}, which Duet cannot read from here; the chosen values are kept.`);
  }
}

/** The choices of an option(s) field: [{name, value, hint?}]. */
export function loadChoices(spaceId, field) {
  if (field.source === 'internal_stories') return storyChoices(spaceId, field);
  if (field.source === 'internal_languages') return languageChoices(spaceId);
  if (field.source === 'external') return externalChoices(field.external_datasource);
  if (field.datasource_slug && (field.source === 'internal' || field.source === 'datasource')) {
    return datasourceChoices(spaceId, field.datasource_slug);
  }
  return Promise.resolve((field.options ?? []).map((option) => ({ name: option.name || option.value, value: String(option.value) })));
}

/** Forgets loaded datasources and stories (after they changed). */
export function forgetChoices() {
  cache.clear();
}

class ChoiceField extends FieldElement {
  static properties = { ...FieldElement.properties, choices: { state: true }, loadProblem: { state: true } };

  constructor() {
    super();
    this.choices = null;
    this.loadProblem = '';
    this.loadedFor = null;
  }

  willUpdate(changed) {
    if (changed.has('field') || changed.has('spaceId')) {
      const key = JSON.stringify([this.spaceId, this.field]);
      if (key !== this.loadedFor) {
        this.loadedFor = key;
        this.choices = null;
        this.loadProblem = '';
        loadChoices(this.spaceId, this.field ?? {}).then((choices) => {
          if (this.loadedFor === key) this.choices = choices;
        }, (error) => {
          if (this.loadedFor !== key) return;
          this.choices = [];
          this.loadProblem = error?.message ?? String(error);
        });
      }
    }
  }

  /** The choices plus any chosen value the list no longer has (so saving never silently drops it). */
  offered(chosen) {
    const choices = [...(this.choices ?? [])];
    for (const value of chosen) {
      if (value !== '' && !choices.some((choice) => choice.value === value)) choices.push({ name: value, value, missing: true });
    }
    return choices;
  }

  renderLoadState() {
    if (this.loadProblem) return html`<p class="field-error">${this.loadProblem}</p>`;
    if (this.choices === null) return html`<p class="muted field-loading">Loading the options…</p>`;
    return nothing;
  }
}

class DuetFieldOption extends ChoiceField {
  render() {
    const value = typeof this.value === 'string' ? this.value : (this.value ?? '') === '' ? '' : String(this.value);
    const withEmpty = !this.required && !this.field?.exclude_empty_option;
    const choices = this.offered([value]);
    return html`
      <div class="field field-option">
        ${this.renderLabel()}
        ${this.renderDescription()}
        <select id=${this.inputId} ?disabled=${this.readonly || this.choices === null} aria-invalid=${this.invalid}
                aria-describedby=${this.describedBy} @change=${(event) => this.change(event.target.value)}>
          ${withEmpty || value === '' ? html`<option value="" ?selected=${value === ''}>${this.required ? '— Choose —' : '— None —'}</option>` : nothing}
          ${choices.map((choice) => html`
            <option value=${choice.value} ?selected=${choice.value === value}>
              ${choice.name}${choice.missing ? ' (no longer offered)' : ''}${choice.hint ? ` — /${choice.hint}` : ''}
            </option>`)}
        </select>
        ${this.renderLoadState()}
        ${this.renderProblems()}
      </div>`;
  }
}

class DuetFieldOptions extends ChoiceField {
  static properties = { ...ChoiceField.properties, filter: { state: true } };

  constructor() {
    super();
    this.filter = '';
  }

  get chosen() {
    return Array.isArray(this.value) ? this.value.map(String) : asList(this.value);
  }

  toggle(value, on) {
    const chosen = this.chosen.filter((item) => item !== value);
    if (on) chosen.push(value);
    this.change(chosen);
  }

  render() {
    const chosen = this.chosen;
    const max = Number(this.field?.max_options) || Infinity;
    const full = chosen.length >= max;
    const choices = this.offered(chosen);
    const needle = this.filter.trim().toLowerCase();
    const shown = needle ? choices.filter((choice) => choice.name.toLowerCase().includes(needle) || chosen.includes(choice.value)) : choices;
    const limits = [this.field?.min_options ? `at least ${this.field.min_options}` : '', max !== Infinity ? `at most ${max}` : '']
      .filter(Boolean).join(', ');
    return html`
      <fieldset class="field field-options" aria-labelledby=${`${this.inputId}-label`} aria-describedby=${this.describedBy}
                aria-invalid=${this.invalid}>
        ${this.renderLabel({ forInput: false })}
        ${this.renderDescription()}
        ${limits ? html`<small class="muted">Choose ${limits}.</small>` : nothing}
        ${choices.length > 10 ? html`
          <input type="search" class="options-filter" placeholder="Filter the options" aria-label=${`Filter ${this.title}`}
                 .value=${this.filter} @input=${(event) => { this.filter = event.target.value; }}>` : nothing}
        <div class="options-list">
          ${shown.map((choice) => {
            const on = chosen.includes(choice.value);
            return html`
              <label class="option-check">
                <input type="checkbox" value=${choice.value} .checked=${on} ?disabled=${this.readonly || (!on && full)}
                       @change=${(event) => this.toggle(choice.value, event.target.checked)}>
                <span>${choice.name}${choice.missing ? html` <small>(no longer offered)</small>` : nothing}</span>
              </label>`;
          })}
          ${this.choices !== null && !choices.length && !this.loadProblem ? html`<p class="muted">There are no options to choose from.</p>` : nothing}
        </div>
        ${this.renderLoadState()}
        ${this.renderProblems()}
      </fieldset>`;
  }
}

customElements.define('duet-field-option', DuetFieldOption);
customElements.define('duet-field-options', DuetFieldOptions);
