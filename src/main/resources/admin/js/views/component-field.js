import { html, nothing } from 'lit';
import { label } from '../schema.js';
import { FIELD_TYPES } from './component-dialogs.js';

// The settings of one schema field, per type, as Storyblok's schema JSON names them. `ctx` is what the editor lends:
//   field    {key, originalKey, def}          the field being edited (def is its schema JSON)
//   set(option, value)                          changes one option; '', null, undefined and [] remove it
//   setKey(newKey)                              renames the field's key (content stays under the old one)
//   renameKeepingContent()                      renames it on the server, moving content (null when unavailable)
//   problems(option)                            the API's messages for that option (paths "schema.KEY.OPTION…")
//   components, groups, datasources, otherKeys  what pickers offer

const TEXT_TYPES = new Set(['text', 'textarea', 'markdown']);
const NO_DEFAULT = new Set(['bloks', 'section', 'tab', 'table', 'asset', 'multiasset', 'multilink', 'richtext', 'custom']);
const FILE_KINDS = [['images', 'Images'], ['videos', 'Videos'], ['audios', 'Audio'], ['texts', 'Documents']];
const SOURCES = [
  ['', 'Options listed here'],
  ['datasource', 'A datasource'],
  ['internal_stories', 'Stories'],
  ['internal_languages', 'Languages of the space'],
  ['external', 'An external JSON URL'],
];

/** The id of the input for `option` of the field, so labels and errors can point at it. */
const inputId = (ctx, option) => `field-${ctx.field.uid}-${option}`;

function problemText(ctx, option) {
  const messages = ctx.problems(option);
  return messages.length ? html`<span class="field-error" id=${`${inputId(ctx, option)}-error`}>${messages.join('; ')}</span>` : nothing;
}

function invalid(ctx, option) {
  return ctx.problems(option).length ? 'true' : 'false';
}

function textInput(ctx, option, title, { type = 'text', hint = '', min } = {}) {
  const value = ctx.field.def[option];
  return html`
    <label>${title} ${hint ? html`<small>${hint}</small>` : nothing}
      <input id=${inputId(ctx, option)} name=${option} type=${type} min=${min ?? nothing} .value=${value === undefined || value === null ? '' : String(value)}
             aria-invalid=${invalid(ctx, option)} aria-describedby=${`${inputId(ctx, option)}-error`}
             @change=${(event) => ctx.set(option, type === 'number' && event.target.value !== '' ? Number(event.target.value) : event.target.value)}>
      ${problemText(ctx, option)}
    </label>`;
}

function checkbox(ctx, option, title, hint = '') {
  return html`
    <label class="check">
      <input type="checkbox" name=${option} .checked=${ctx.field.def[option] === true}
             @change=${(event) => ctx.set(option, event.target.checked ? true : undefined)}>
      <span>${title} ${hint ? html`<small>${hint}</small>` : nothing}</span>
      ${problemText(ctx, option)}
    </label>`;
}

/** Checkboxes that edit a list option (a whitelist, file types, the keys of a section). */
function pickList(ctx, option, title, choices, hint = '') {
  const chosen = new Set(ctx.field.def[option] ?? []);
  const toggle = (value, on) => {
    const next = choices.map(([choice]) => choice).filter((choice) => (choice === value ? on : chosen.has(choice)));
    ctx.set(option, next);
  };
  return html`
    <fieldset class="pick-list" data-option=${option}>
      <legend>${title} ${hint ? html`<small>${hint}</small>` : nothing}</legend>
      ${choices.length ? choices.map(([value, text]) => html`
        <label class="check">
          <input type="checkbox" value=${value} .checked=${chosen.has(value)} @change=${(event) => toggle(value, event.target.checked)}>
          <span>${text}</span>
        </label>`) : html`<p class="muted">Nothing to choose from yet.</p>`}
      ${problemText(ctx, option)}
    </fieldset>`;
}

/** Rows of {name, value} for option, options and custom fields; keeps any other keys of a row (such as _uid). */
function choiceRows(ctx) {
  const rows = ctx.field.def.options ?? [];
  const change = (index, key, value) => ctx.set('options', rows.map((row, i) => (i === index ? { ...row, [key]: value } : row)));
  return html`
    <fieldset class="choice-rows">
      <legend>Options <small>the name is shown to editors, the value is stored in content</small></legend>
      ${rows.map((row, index) => html`
        <div class="choice-row">
          <input aria-label="Name of option ${index + 1}" placeholder="Name" .value=${row.name ?? ''}
                 @change=${(event) => change(index, 'name', event.target.value)}>
          <input aria-label="Value of option ${index + 1}" placeholder="Value" .value=${row.value ?? ''}
                 @change=${(event) => change(index, 'value', event.target.value)}>
          <button type="button" class="icon danger" aria-label="Remove option ${index + 1}"
                  @click=${() => ctx.set('options', rows.filter((_, i) => i !== index))}>×</button>
        </div>`)}
      <button type="button" class="secondary add-choice" @click=${() => ctx.set('options', [...rows, { name: '', value: '' }])}>Add option</button>
      ${problemText(ctx, 'options')}
    </fieldset>`;
}

function choiceSettings(ctx) {
  const def = ctx.field.def;
  // Storyblok writes a datasource as source "internal" with a datasource_slug; the editor shows it as "A datasource".
  const source = def.datasource_slug && (def.source === 'internal' || def.source === 'datasource') ? 'datasource'
    : def.source === 'internal' ? '' : def.source ?? '';
  const pickSource = (value) => {
    if (value === 'datasource') {
      ctx.set('source', 'internal');
      ctx.set('datasource_slug', def.datasource_slug || ctx.datasources[0]?.slug || '');
    } else {
      ctx.set('source', value);
      ctx.set('datasource_slug', undefined);
    }
  };
  return html`
    <label>Where the options come from
      <select name="source" @change=${(event) => pickSource(event.target.value)}>
        ${SOURCES.map(([value, text]) => html`<option value=${value} ?selected=${value === source}>${text}</option>`)}
      </select>
      ${problemText(ctx, 'source')}
    </label>
    ${source === '' ? choiceRows(ctx) : nothing}
    ${source === 'datasource' ? html`
      <label>Datasource
        <select name="datasource_slug" aria-invalid=${invalid(ctx, 'datasource_slug')} @change=${(event) => ctx.set('datasource_slug', event.target.value)}>
          ${ctx.datasources.map((source) => html`<option value=${source.slug} ?selected=${source.slug === def.datasource_slug}>${source.name}</option>`)}
          ${def.datasource_slug && !ctx.datasources.some((d) => d.slug === def.datasource_slug)
            ? html`<option value=${def.datasource_slug} selected>${def.datasource_slug}</option>` : nothing}
        </select>
        ${ctx.datasources.length ? nothing : html`<small>This space has no datasources yet.</small>`}
        ${problemText(ctx, 'datasource_slug')}
      </label>` : nothing}
    ${source === 'external' ? textInput(ctx, 'external_datasource', 'URL of the JSON list', { type: 'url' }) : nothing}
    ${def.type === 'option' ? checkbox(ctx, 'exclude_empty_option', 'No empty choice', 'editors must pick one of the options') : nothing}
    ${def.type === 'options' ? html`
      <div class="field-pair">
        ${textInput(ctx, 'min_options', 'At least', { type: 'number', min: 0 })}
        ${textInput(ctx, 'max_options', 'At most', { type: 'number', min: 1 })}
      </div>` : nothing}`;
}

function nestableChoices(ctx) {
  return ctx.components.filter((component) => component.is_nestable).map((component) => [component.name, label(component)]);
}

function bloksSettings(ctx) {
  const def = ctx.field.def;
  const byGroups = def.restrict_type === 'groups';
  return html`
    ${checkbox(ctx, 'restrict_components', 'Allow only some blocks')}
    ${def.restrict_components ? html`
      <label>Allow
        <select name="restrict_type" @change=${(event) => ctx.set('restrict_type', event.target.value)}>
          <option value="" ?selected=${!byGroups}>The blocks picked here</option>
          <option value="groups" ?selected=${byGroups}>Every block of the groups picked here</option>
        </select>
      </label>
      ${byGroups
        ? pickList(ctx, 'component_group_whitelist', 'Allowed groups', ctx.groups.map((group) => [group.uuid, group.name]))
        : pickList(ctx, 'component_whitelist', 'Allowed blocks', nestableChoices(ctx))}` : nothing}
    <div class="field-pair">
      ${textInput(ctx, 'minimum', 'At least', { type: 'number', min: 0, hint: 'blocks' })}
      ${textInput(ctx, 'maximum', 'At most', { type: 'number', min: 1, hint: 'blocks' })}
    </div>`;
}

function typeSettings(ctx) {
  const def = ctx.field.def;
  const type = def.type;
  if (TEXT_TYPES.has(type)) {
    return html`
      ${textInput(ctx, 'max_length', 'Maximum length', { type: 'number', min: 1, hint: 'characters' })}
      ${textInput(ctx, 'regex', 'Must match', { hint: 'a regular expression, e.g. ^[A-Z]' })}
      ${checkbox(ctx, 'rtl', 'Right-to-left text')}`;
  }
  switch (type) {
    case 'richtext':
      return html`
        ${checkbox(ctx, 'restrict_components', 'Allow only some blocks inside the text')}
        ${def.restrict_components ? pickList(ctx, 'component_whitelist', 'Allowed blocks', nestableChoices(ctx)) : nothing}`;
    case 'number':
      return html`
        <div class="field-pair">
          ${textInput(ctx, 'min_value', 'Smallest', { type: 'number' })}
          ${textInput(ctx, 'max_value', 'Largest', { type: 'number' })}
        </div>
        <div class="field-pair">
          ${textInput(ctx, 'decimals', 'Decimals', { type: 'number', min: 0 })}
          ${textInput(ctx, 'steps', 'Step', { type: 'number' })}
        </div>`;
    case 'option':
    case 'options':
      return choiceSettings(ctx);
    case 'asset':
    case 'multiasset':
      return pickList(ctx, 'filetypes', 'Allowed files', FILE_KINDS, 'none ticked allows every file');
    case 'multilink':
      return html`
        ${checkbox(ctx, 'allow_target_blank', 'Editors may open the link in a new tab')}
        ${checkbox(ctx, 'email_link_type', 'Allow email links')}
        ${checkbox(ctx, 'asset_link_type', 'Allow links to assets')}
        ${checkbox(ctx, 'restrict_content_types', 'Story links only to some content types')}
        ${def.restrict_content_types ? pickList(ctx, 'component_whitelist', 'Allowed content types',
          ctx.components.filter((component) => component.is_root).map((component) => [component.name, label(component)])) : nothing}`;
    case 'bloks':
      return bloksSettings(ctx);
    case 'section':
    case 'tab':
      return pickList(ctx, 'keys', type === 'tab' ? 'Fields on this tab' : 'Fields in this section', ctx.otherKeys.map((key) => [key, key]));
    case 'custom':
      return html`${textInput(ctx, 'field_type', 'Plugin name', { hint: 'the field-type plugin that edits this field' })}${choiceRows(ctx)}`;
    default:
      return nothing;
  }
}

function defaultValue(ctx) {
  const type = ctx.field.def.type;
  if (NO_DEFAULT.has(type)) return nothing;
  if (type === 'boolean') {
    const value = ctx.field.def.default_value;
    const current = value === true || value === 'true' ? 'true' : value === false || value === 'false' ? 'false' : '';
    return html`
      <label>Default value
        <select name="default_value" @change=${(event) => ctx.set('default_value', event.target.value === '' ? undefined : event.target.value === 'true')}>
          <option value="" ?selected=${current === ''}>None</option>
          <option value="true" ?selected=${current === 'true'}>Yes</option>
          <option value="false" ?selected=${current === 'false'}>No</option>
        </select>
      </label>`;
  }
  return textInput(ctx, 'default_value', 'Default value', { hint: type === 'options' ? 'values separated by commas' : '' });
}

/** The whole settings panel of one field. */
export function fieldSettings(ctx) {
  const { field } = ctx;
  const def = field.def;
  const layout = def.type === 'section' || def.type === 'tab';
  const renamed = field.originalKey && field.key !== field.originalKey;
  return html`
    <div class="field-settings" id=${`field-${field.uid}-settings`}>
      <div class="field-pair">
        <label>Key <small>the name in content JSON</small>
          <input name="key" required .value=${field.key} pattern=${layout ? '[a-z_][a-z0-9_\\-]*' : '[a-z_][a-z0-9_]*'}
                 aria-invalid=${ctx.problems('').length ? 'true' : 'false'}
                 @change=${(event) => ctx.setKey(event.target.value.trim())}>
          ${ctx.problems('').length ? html`<span class="field-error">${ctx.problems('').join('; ')}</span>` : nothing}
        </label>
        <label>Type
          <select name="type" @change=${(event) => ctx.setType(event.target.value)}>
            ${FIELD_TYPES.map(([value, text]) => html`<option value=${value} ?selected=${value === def.type}>${text}</option>`)}
          </select>
          ${problemText(ctx, 'type')}
        </label>
      </div>
      ${renamed ? html`
        <p class="rename-warning" role="note">
          Stories keep their content for this field under the old key <code>${field.originalKey}</code>. After saving,
          the editor no longer shows that content, and a site reading <code>${field.key}</code> finds nothing until
          editors fill it in again.
          ${ctx.renameKeepingContent
            ? html`To move the content along, put the key back to <code>${field.originalKey}</code> and use “Rename and keep content”.`
            : html`Renaming that moves content along is not available on this server yet.`}
        </p>` : nothing}
      ${ctx.renameKeepingContent && field.originalKey && !renamed ? html`
        <p class="rename-keeping">
          <button type="button" class="secondary rename-field" @click=${() => ctx.renameKeepingContent()}>Rename and keep content…</button>
          <small>changes the key and moves every story's content to it</small>
        </p>` : nothing}
      ${textInput(ctx, 'display_name', 'Label', { hint: 'what editors see; leave empty to use the key' })}
      ${textInput(ctx, 'description', 'Help text', { hint: 'shown under the field in the editor' })}
      ${layout ? nothing : html`
        <div class="field-flags">
          ${checkbox(ctx, 'required', 'Required')}
          ${checkbox(ctx, 'translatable', 'Translatable')}
        </div>
        ${defaultValue(ctx)}`}
      ${typeSettings(ctx)}
    </div>`;
}
