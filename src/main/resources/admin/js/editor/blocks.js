// Block helpers shared by the editor's parts: fresh ids, new blocks with the schema's defaults, deep copies with new
// ids, the text that previews a block, and which blocks are expanded (kept by _uid, so it survives re-rendering).
import { humanise, label } from '../schema.js';

/** A new random _uid (crypto.randomUUID where the page is a secure context, else built from random bytes). */
export function newUid() {
  if (globalThis.crypto?.randomUUID) return crypto.randomUUID();
  const bytes = crypto.getRandomValues(new Uint8Array(16));
  bytes[6] = (bytes[6] & 0x0f) | 0x40;
  bytes[8] = (bytes[8] & 0x3f) | 0x80;
  const hex = [...bytes].map((byte) => byte.toString(16).padStart(2, '0')).join('');
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-${hex.slice(12, 16)}-${hex.slice(16, 20)}-${hex.slice(20)}`;
}

/** A new block of `component` with the defaults its schema declares. */
export function newBlock(component) {
  const block = { _uid: newUid(), component: component.name };
  for (const [key, field] of Object.entries(component.schema ?? {})) {
    if (field && field.default_value !== undefined && field.default_value !== null && field.default_value !== '') {
      block[key] = structuredClone(field.default_value);
    }
  }
  return block;
}

/** A deep copy of `value` in which every block has a new _uid. */
export function copyWithNewUids(value) {
  if (Array.isArray(value)) return value.map(copyWithNewUids);
  if (!value || typeof value !== 'object') return value;
  const copy = Object.fromEntries(Object.entries(value).map(([key, inner]) => [key, copyWithNewUids(inner)]));
  if (typeof value._uid === 'string' && value.component) copy._uid = newUid();
  return copy;
}

/** The first non-empty text field of a block, to recognise it in a collapsed card. */
export function previewText(block, component) {
  const fields = Object.entries(component?.schema ?? {}).sort(([, a], [, b]) => (a?.pos ?? 1e9) - (b?.pos ?? 1e9));
  for (const [key, field] of fields) {
    if (['text', 'textarea', 'markdown'].includes(field?.type) && typeof block[key] === 'string' && block[key].trim()) {
      return block[key].trim().slice(0, 90);
    }
  }
  return '';
}

/** The name shown for a block: its component's display name, or its raw component name if unknown. */
export function blockName(block, schema) {
  if (block?.component === 'duet_experiment') return 'A/B test'; // built in, not a component of the space
  const component = schema?.byName.get(block?.component);
  return component ? label(component) : (block?.component || 'Block');
}

/** The _uids of the blocks that contain `uid` (outermost first) and `uid` itself, or null when it is not in `content`. */
export function uidTrail(content, uid) {
  const walk = (value, trail) => {
    if (Array.isArray(value)) {
      for (const item of value) {
        const found = walk(item, trail);
        if (found) return found;
      }
      return null;
    }
    if (!value || typeof value !== 'object') return null;
    const here = typeof value._uid === 'string' ? [...trail, value._uid] : trail;
    if (value._uid === uid) return here;
    for (const inner of Object.values(value)) {
      if (inner && typeof inner === 'object') {
        const found = walk(inner, here);
        if (found) return found;
      }
    }
    return null;
  };
  return walk(content, []);
}

/** The _uids of the blocks along a field path like "body[0].features[1].title" in `content`. */
export function uidsAlongPath(content, path) {
  const uids = [];
  let value = content;
  for (const [, key, index] of path.matchAll(/([^.[\]]+)|\[(\d+)\]/g)) {
    if (value == null || typeof value !== 'object') break;
    value = key !== undefined ? value[key] : value[Number(index)];
    if (value && typeof value === 'object' && !Array.isArray(value) && typeof value._uid === 'string') uids.push(value._uid);
  }
  return uids;
}

const expanded = new Set();

export function isExpanded(uid) {
  return expanded.has(uid);
}

/** Expands (or collapses) blocks; every block list re-renders. */
export function setExpanded(uids, open = true) {
  for (const uid of uids) {
    if (open) expanded.add(uid);
    else expanded.delete(uid);
  }
  window.dispatchEvent(new CustomEvent('duet:blocks-expanded'));
}

/**
 * A field path in words: "body[1].headline" → "Body › Hero 2 › Headline", naming blocks by their component in
 * `content` (or by `fallbackBlock` where the block is no longer there) and fields by their display name.
 */
export function describePath(content, schema, path, fallbackBlock = null) {
  if (path === 'story.name' || path === 'name') return 'Name';
  if (path === 'story.slug' || path === 'slug') return 'Slug';
  if (path === 'story.tag_list' || path === 'tag_list') return 'Tags';
  const parts = [];
  let value = content;
  let component = schema?.byName.get(value?.component);
  for (const [, key, index] of String(path).matchAll(/([^.[\]]+)|\[(\d+)\]/g)) {
    if (key !== undefined) {
      parts.push(component?.schema?.[key]?.display_name || humanise(key));
      value = value?.[key];
    } else {
      value = value?.[Number(index)];
      const block = isBlock(value) ? value : fallbackBlock;
      parts.push(`${isBlock(block) ? blockName(block, schema) : 'Item'} ${Number(index) + 1}`);
      component = schema?.byName.get(block?.component);
    }
  }
  return parts.join(' › ');
}

export function isBlock(value) {
  return !!value && typeof value === 'object' && !Array.isArray(value) && typeof value.component === 'string';
}
