// The component schemas of a space, loaded once per space and shared by every screen (tree filters, the editor's
// block picker, the schema editor). Call forget() after changing components.
import { get } from './api.js';

const loaded = new Map();

/** Every component of the space (all pages of the list), with the groups beside them. */
export function components(spaceId) {
  const key = String(spaceId);
  if (!loaded.has(key)) {
    const promise = loadAll(spaceId).catch((error) => {
      loaded.delete(key);
      throw error;
    });
    loaded.set(key, promise);
  }
  return loaded.get(key);
}

async function loadAll(spaceId) {
  const all = [];
  let groups = [];
  for (let page = 1; ; page++) {
    const answer = await get(`/api/spaces/${spaceId}/components?per_page=100&page=${page}`);
    all.push(...answer.components);
    groups = answer.component_groups ?? groups;
    if (answer.components.length < 100) break;
  }
  all.sort((a, b) => (a.display_name || a.name).localeCompare(b.display_name || b.name));
  return { components: all, groups, byName: new Map(all.map((component) => [component.name, component])) };
}

/** Drops the cached schemas of a space (or of all spaces). */
export function forget(spaceId) {
  if (spaceId === undefined) loaded.clear();
  else loaded.delete(String(spaceId));
}

/** The name to show for a component. */
export function label(component) {
  return component?.display_name || humanise(component?.name ?? '');
}

/** "cta_label" → "Cta label". */
export function humanise(name) {
  const words = name.replace(/[_-]+/g, ' ').trim();
  return words.charAt(0).toUpperCase() + words.slice(1);
}
