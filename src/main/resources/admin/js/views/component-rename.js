// Renaming a field without losing content, through schema-as-code (/api/spaces/{space}/schema): the space's schema is
// exported, the field renamed in it, and the change planned and applied with an explicit rename, so the server moves
// every story's content from the old key to the new one. Servers without schema-as-code answer 404; then the editor
// can only change the key, with a warning.
import { ApiError, get, post } from '../api.js';

const available = new Map();

/** Whether the server offers schema-as-code for the space (asked once per space). */
export function canRenameKeepingContent(spaceId) {
  const key = String(spaceId);
  if (!available.has(key)) {
    available.set(key, get(`/api/spaces/${spaceId}/schema`).then(() => true, (error) => {
      if (error instanceof ApiError && (error.status === 404 || error.status === 405)) return false;
      available.delete(key);
      return false;
    }));
  }
  return available.get(key);
}

/**
 * Plans renaming `from` to `to` in the component `componentName`; resolves with {plan, apply}, where plan is the
 * server's plan (stories_to_migrate, data_loss, blockers) and apply() carries it out.
 */
export async function planFieldRename(spaceId, componentName, from, to) {
  const files = await get(`/api/spaces/${spaceId}/schema`);
  const component = files.components.find((candidate) => candidate.name === componentName);
  if (!component) throw new ApiError(404, { error: `the component ${componentName} no longer exists` });
  component.schema = Object.fromEntries(Object.entries(component.schema ?? {}).map(([key, def]) => {
    const renamedKeys = Array.isArray(def.keys) ? { ...def, keys: def.keys.map((k) => (k === from ? to : k)) } : def;
    return [key === from ? to : key, renamedKeys];
  }));
  if (component.preview_field === from) component.preview_field = to;
  const body = { ...files, renames: [{ component: componentName, from, to }] };
  const { plan } = await post(`/api/spaces/${spaceId}/schema/plan`, body);
  return { plan, apply: () => post(`/api/spaces/${spaceId}/schema/apply`, body) };
}
