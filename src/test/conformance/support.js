// What every conformance test shares: where Duet is, the official client built exactly as a site would build it,
// a record of the delivery requests the client sent, and a small management API helper for writes.
import StoryblokClient from 'storyblok-js-client';

function required(name) {
  const value = process.env[name];
  if (!value) throw new Error(`${name} is not set: run this suite through StoryblokClientIT, or see README.md`);
  return value;
}

export const duet = {
  url: required('DUET_URL').replace(/\/$/, ''),
  publicToken: required('DUET_PUBLIC_TOKEN'),
  previewToken: required('DUET_PREVIEW_TOKEN'),
  adminToken: required('DUET_ADMIN_TOKEN'),
  spaceId: Number(required('SPACE_ID')),
};

/**
 * Every URL the client fetched under /v2/, in order. Wrapping the global fetch only watches: the client still calls
 * the real fetch with the same arguments, so it runs unchanged.
 */
export const sent = [];
const realFetch = globalThis.fetch;
globalThis.fetch = (input, init) => {
  const url = new URL(String(input instanceof Request ? input.url : input));
  if (url.pathname.startsWith('/v2/')) sent.push(url);
  return realFetch(input, init);
};

/** The official client, configured the way the Storyblok docs tell sites to, pointed at Duet. */
export function storyblok({ token = duet.publicToken, version } = {}) {
  const config = {
    accessToken: token,
    endpoint: duet.url + '/v2',
    cache: { type: 'memory', clear: 'auto' },
  };
  if (version) config.version = version;
  return new StoryblokClient(config);
}

/** The preview client a site uses for its visual editor: preview token, draft version. */
export function previewStoryblok() {
  return storyblok({ token: duet.previewToken, version: 'draft' });
}

/** The error a promise rejects with; fails when it resolves. */
export async function rejection(promise) {
  try {
    const value = await promise;
    throw new Error(`expected a rejection, got ${JSON.stringify(value?.data ?? value).slice(0, 300)}`);
  } catch (error) {
    return error;
  }
}

/** Calls Duet's management API with the admin token; returns the parsed body, throws on anything but 2xx. */
export async function management(method, path, body) {
  const response = await realFetch(duet.url + path, {
    method,
    headers: { Authorization: `Bearer ${duet.adminToken}`, 'Content-Type': 'application/json' },
    body: body === undefined ? undefined : JSON.stringify(body),
  });
  const text = await response.text();
  if (!response.ok) throw new Error(`${method} ${path} answered ${response.status}: ${text}`);
  return text ? JSON.parse(text) : null;
}

export const slugsOf = (stories) => stories.map((story) => story.full_slug);
