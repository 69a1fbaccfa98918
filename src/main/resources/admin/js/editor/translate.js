// The story editor's "Translate" panel: for one of the space's languages, every translatable field of the draft side
// by side — the default language's text (read-only) and the translation, written into the draft as
// `<field>__i18n__<lang>` through editor.edit(), so saving, history and the live preview work as for any edit. Each
// field shows its status (missing / outdated / translated, from GET .../translations, or "edited" before a save) and,
// when empty, the default-language text the site shows instead. "Preview in …" shows the site in that language.
import { html } from 'lit';
import { get } from '../api.js';
import { toastError } from '../ui/toast.js';
import { humanise, label } from '../schema.js';
import { registerAddon } from './addons.js';
import { renderFileTools } from './translate-files.js';

const MARK = '__i18n__';
const CONTAINERS = new Set(['bloks', 'section', 'tab']);
const PLAIN = new Set(['text', 'textarea', 'markdown']);

/** Per editor: the chosen language and the saved story's status per language ({language: {path: status}}). */
const states = new WeakMap();

function state(editor) {
  if (!states.has(editor)) states.set(editor, { language: null, status: {}, counts: {} });
  return states.get(editor);
}

export function translationKey(field, language) {
  return `${field}${MARK}${language.replace(/-/g, '_')}`;
}

/** The translatable fields of `content` in document order: {uid, blok, component, field, type}. */
export function translatableFields(content, schema) {
  const found = [];
  const walk = (node) => {
    if (Array.isArray(node)) { node.forEach(walk); return; }
    if (!node || typeof node !== 'object') return;
    const component = node.component && node._uid ? schema?.byName?.get(node.component) : null;
    if (component) {
      for (const [field, definition] of Object.entries(component.schema ?? {})) {
        if (definition?.translatable && !CONTAINERS.has(definition.type)) {
          found.push({ uid: node._uid, blok: node, component, field, type: definition.type });
        }
      }
    }
    Object.values(node).forEach(walk);
  };
  walk(content);
  return found;
}

function hasValue(value) {
  if (value === null || value === undefined) return false;
  if (typeof value === 'string' || Array.isArray(value)) return value.length > 0;
  if (value.type === 'doc') return richtextText(value).trim().length > 0;
  return true;
}

/** The plain text of a richtext document, paragraphs on their own lines. */
function richtextText(node) {
  if (!node || typeof node !== 'object') return '';
  if (node.type === 'text') return node.text ?? '';
  const inner = (node.content ?? []).map(richtextText).join(node.type === 'doc' ? '\n' : '');
  return inner;
}

function display(value) {
  if (!hasValue(value)) return '';
  if (typeof value === 'string') return value;
  if (value.type === 'doc') return richtextText(value);
  if (Array.isArray(value.thead)) return 'A table: translate it in the form.';
  return 'Not plain text: translate it in the form.';
}

/** A copy of `content` with `key` of the blok `uid` set to `value` (removed when empty). */
function withValue(content, uid, key, value) {
  const copy = structuredClone(content);
  const visit = (node) => {
    if (Array.isArray(node)) return node.some(visit);
    if (!node || typeof node !== 'object') return false;
    if (node._uid === uid && node.component) {
      if (hasValue(value)) node[key] = value;
      else delete node[key];
      return true;
    }
    return Object.values(node).some(visit);
  };
  visit(copy);
  return copy;
}

async function loadStatus(editor) {
  const mine = state(editor);
  try {
    const { translations } = await get(`/api/spaces/${editor.spaceId}/stories/${editor.storyId}/translations`);
    mine.status = {};
    mine.counts = {};
    for (const language of translations.languages) {
      mine.status[language.language] = Object.fromEntries(language.fields.map((field) => [field.path, field]));
      mine.counts[language.language] = language;
    }
  } catch (error) {
    toastError(error);
  }
  editor.requestUpdate();
}

/** Where a field stands in the draft: missing, edited (unsaved), or what the server said about the saved story. */
function fieldStatus(editor, slot, language) {
  const value = slot.blok[translationKey(slot.field, language)];
  if (!hasValue(value)) return 'missing';
  const saved = state(editor).status[language]?.[`${slot.uid}.${slot.field}`];
  if (!saved || JSON.stringify(saved.translation) !== JSON.stringify(value)) return 'edited';
  return saved.status;
}

const STATUS_LABELS = { missing: 'Missing', outdated: 'Outdated', translated: 'Translated', edited: 'Edited' };

function badge(status) {
  return html`<span class="badge translation-${status}">${STATUS_LABELS[status]}</span>`;
}

function languages(editor) {
  return editor.space?.languages ?? [];
}

function chosen(editor) {
  const mine = state(editor);
  const all = languages(editor);
  if (!all.includes(mine.language)) mine.language = all[0] ?? null;
  return mine.language;
}

function choose(editor, language) {
  state(editor).language = language;
  if (editor.previewLanguage) editor.previewLanguage = language;
  editor.requestUpdate();
}

function previewIn(editor, language) {
  editor.previewLanguage = language;
  editor.openPanel(null);
  editor.showPreview = true;
  editor.showHistory = false;
}

function write(editor, slot, language, value) {
  editor.edit({ content: withValue(editor.draft.content, slot.uid, translationKey(slot.field, language), value) });
}

function renderField(editor, slot, language) {
  const key = translationKey(slot.field, language);
  const source = slot.blok[slot.field];
  const translation = slot.blok[key];
  const status = fieldStatus(editor, slot, language);
  const name = `${label(slot.component)} › ${slot.component.schema[slot.field]?.display_name || humanise(slot.field)}`;
  const id = `translate-${slot.uid}-${slot.field}`;
  const editable = PLAIN.has(slot.type);
  return html`
    <li class="translate-row" data-path="${slot.uid}.${slot.field}" data-status=${status}>
      <div class="translate-row-head"><span class="translate-name" id="${id}-name">${name}</span> ${badge(status)}</div>
      <div class="translate-pair">
        <div class="translate-source" aria-label="Default language text">${display(source) || html`<span class="muted">(empty)</span>`}</div>
        <div class="translate-target">
          ${editable ? html`
            <textarea id=${id} class="translate-input" rows=${slot.type === 'text' ? 2 : 4}
                      aria-labelledby="${id}-name" aria-describedby="${id}-fallback"
                      .value=${typeof translation === 'string' ? translation : ''}
                      @input=${(event) => write(editor, slot, language, event.target.value)}></textarea>`
            : html`<div class="translate-readonly">${display(translation) || html`<span class="muted">(no translation)</span>`}</div>`}
          ${hasValue(translation) ? '' : html`<p class="translate-fallback muted" id="${id}-fallback">Empty, so the site shows the
            default language: “${display(source) || '—'}”</p>`}
          <button type="button" class="link copy-source" ?disabled=${!hasValue(source)}
                  @click=${() => write(editor, slot, language, structuredClone(source))}>Copy source</button>
        </div>
      </div>
    </li>`;
}

function renderAlternates(editor) {
  const alternates = editor.story?.alternates ?? [];
  if (!alternates.length) return '';
  return html`
    <section class="translate-alternates">
      <h3>Other language versions</h3>
      <ul>${alternates.map((alternate) => html`
        <li><a href="/admin/spaces/${editor.spaceId}/stories/${alternate.id}">${alternate.name}</a>
          <span class="muted">${alternate.full_slug}</span></li>`)}</ul>
    </section>`;
}

function renderPanel(editor) {
  const all = languages(editor);
  if (!all.length) {
    return html`<section class="translate-panel empty-state"><h2>No translation languages</h2>
      <p>Add languages (for example de, fr) in Settings to translate this story field by field.</p>
      <a href="/admin/spaces/${editor.spaceId}/settings">Open Settings</a></section>`;
  }
  const language = chosen(editor);
  // fields without a default-language value have nothing to translate
  const slots = translatableFields(editor.draft?.content, editor.schema).filter((slot) => hasValue(slot.blok[slot.field]));
  const statuses = slots.map((slot) => fieldStatus(editor, slot, language));
  const count = (status) => statuses.filter((value) => value === status).length;
  const exportBase = `/api/spaces/${editor.spaceId}/stories/${editor.storyId}/translations/${language}/export`;
  return html`
    <section class="translate-panel" aria-label="Translate">
      <div class="translate-toolbar">
        <label>Translate into
          <select class="translate-language" @change=${(event) => choose(editor, event.target.value)}>
            ${all.map((code) => html`<option value=${code} ?selected=${code === language}>${code.toUpperCase()}</option>`)}
          </select>
        </label>
        <button type="button" class="secondary preview-language-button" @click=${() => previewIn(editor, language)}>
          Preview in ${language.toUpperCase()}</button>
        ${editor.previewLanguage ? html`<button type="button" class="link" @click=${() => { editor.previewLanguage = null; editor.requestUpdate(); }}>
          Preview the default language</button>` : ''}
      </div>
      <p class="translate-counts" role="status">${count('translated')} of ${slots.length} translated
        · ${count('missing')} missing · ${count('outdated')} outdated${count('edited') ? ` · ${count('edited')} edited, not saved` : ''}</p>
      <p class="muted">For translators: export
        <a href="${exportBase}?format=xliff" download>XLIFF</a> or <a href="${exportBase}?format=json" download>JSON</a>.</p>
      ${renderFileTools(editor, language)}
      ${slots.length ? html`<ol class="translate-fields">${slots.map((slot) => renderField(editor, slot, language))}</ol>`
        : html`<p class="muted">This story has no translatable fields. Developers mark fields as translatable in the block’s schema.</p>`}
      ${renderAlternates(editor)}
    </section>`;
}

registerAddon({
  id: 'translate',
  meta(editor) {
    const summary = Object.values(state(editor).counts);
    return summary.map((language) => html`
      <span class="badge translation-${language.status}" title="${language.counts.translated} of ${language.counts.total} fields translated">
        ${language.language.toUpperCase()}: ${STATUS_LABELS[language.status]}</span>`);
  },
  panel: { label: 'Translate', render: renderPanel },
  loaded: loadStatus,
  saved: loadStatus,
  closed(editor) {
    states.delete(editor);
  },
});
