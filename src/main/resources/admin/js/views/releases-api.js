// The releases API as the admin app uses it, and the link that previews a release on the space's site.
import { del, get, post, put } from '../api.js';

const base = (spaceId) => `/api/spaces/${spaceId}/releases`;

export const releasesApi = {
  list: async (spaceId, status = '') => (await get(`${base(spaceId)}?per_page=100${status ? `&status=${status}` : ''}`)).releases,
  get: async (spaceId, id) => (await get(`${base(spaceId)}/${id}`)).release,
  create: async (spaceId, name, description) => (await post(base(spaceId), { release: { name, description } })).release,
  remove: (spaceId, id) => del(`${base(spaceId)}/${id}`),
  add: async (spaceId, id, storyId) => (await post(`${base(spaceId)}/${id}/items`, { story_id: storyId })).release,
  repin: async (spaceId, id, storyId) => (await put(`${base(spaceId)}/${id}/items/${storyId}`, {})).release,
  removeItem: async (spaceId, id, storyId) => (await del(`${base(spaceId)}/${id}/items/${storyId}`)).release,
  merge: async (spaceId, id, force) => (await post(`${base(spaceId)}/${id}/merge`, { force })).release,
  revert: async (spaceId, id) => (await post(`${base(spaceId)}/${id}/revert`, {})).release,
  ofStory: async (spaceId, storyId) => (await get(`/api/spaces/${spaceId}/stories/${storyId}/releases`)).releases,
};

/**
 * The address of `fullSlug` on the space's site showing release `releaseId`: drafts read with a signed preview token
 * and `_storyblok_release`, which the site passes on to the delivery API as `from_release`. Null without a preview URL.
 */
export async function releasePreviewUrl(spaceId, releaseId, fullSlug) {
  const space = (await get(`/api/spaces/${spaceId}`)).space;
  if (!space.preview_url) return null;
  const { token } = await post(`/api/spaces/${spaceId}/preview_token`, {});
  const site = space.preview_url.endsWith('/') ? space.preview_url : `${space.preview_url}/`;
  const params = new URLSearchParams({ version: 'draft', token, _storyblok_release: String(releaseId) });
  return `${site}${(fullSlug ?? '').replace(/^\//, '')}${site.includes('?') ? '&' : '?'}${params}`;
}

/** "3 stories" / "1 story". */
export function storyCount(count) {
  return `${count} ${count === 1 ? 'story' : 'stories'}`;
}
