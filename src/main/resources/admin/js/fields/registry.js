// Which element edits each field type of a component schema. Every field element follows one contract:
//
//   <duet-field-TYPE .field=${definition} .name=${key} .value=${value} .spaceId=${id} .path=${'body[0].headline'}
//                    .problems=${['required']} .readonly=${false}>
//
//   - `field` is the schema definition ({type, display_name, required, description, options, source, ...});
//   - it shows its own label (display_name or the humanised name), description, and `problems` next to the input;
//   - on every change it emits `value-changed` (bubbling) with `detail: newValue`, never mutating `value` in place;
//   - it is keyboard accessible and renders into the light DOM (extend DuetElement).
//
// Modules are loaded on first use, so the editor only pays for the types a story has.

export const FIELD_ELEMENTS = {
  text: { tag: 'duet-field-text', load: () => import('./simple.js') },
  textarea: { tag: 'duet-field-textarea', load: () => import('./simple.js') },
  number: { tag: 'duet-field-number', load: () => import('./simple.js') },
  boolean: { tag: 'duet-field-boolean', load: () => import('./simple.js') },
  option: { tag: 'duet-field-option', load: () => import('./options.js') },
  options: { tag: 'duet-field-options', load: () => import('./options.js') },
  datetime: { tag: 'duet-field-datetime', load: () => import('./datetime.js') },
  markdown: { tag: 'duet-field-markdown', load: () => import('./markdown.js') },
  richtext: { tag: 'duet-field-richtext', load: () => import('./richtext.js') },
  asset: { tag: 'duet-field-asset', load: () => import('./asset.js') },
  multiasset: { tag: 'duet-field-multiasset', load: () => import('./asset.js') },
  multilink: { tag: 'duet-field-multilink', load: () => import('./link.js') },
  table: { tag: 'duet-field-table', load: () => import('./table.js') },
  bloks: { tag: 'duet-field-bloks', load: () => import('./bloks.js') },
  custom: { tag: 'duet-field-custom', load: () => import('./custom.js') },
};

/** Layout-only types: they group the fields that follow them and hold no value. */
export const LAYOUT_TYPES = new Set(['section', 'tab']);

/** Loads the elements for every type in `types` (unknown types fall back to the custom JSON editor). */
export async function loadFieldElements(types) {
  const modules = new Set([...types].filter((type) => !LAYOUT_TYPES.has(type))
    .map((type) => (FIELD_ELEMENTS[type] ?? FIELD_ELEMENTS.custom).load));
  await Promise.all([...modules].map((load) => load()));
}

export function fieldTag(type) {
  return (FIELD_ELEMENTS[type] ?? FIELD_ELEMENTS.custom).tag;
}
