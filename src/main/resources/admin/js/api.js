// The management API as the admin app uses it: same-origin fetch with the session cookie, the CSRF token on every
// write, and errors turned into ApiError with a sentence a marketer can act on.

let csrfToken = null;

/** Remembers the CSRF token the server handed out at sign-in (or from /api/auth/me). */
export function setCsrfToken(token) {
  csrfToken = token;
}

/** The CSRF token of this session, for the few calls made without api() (uploads with progress). */
export function currentCsrfToken() {
  return csrfToken;
}

export class ApiError extends Error {
  constructor(status, body) {
    super(humanMessage(status, body));
    this.status = status;
    this.body = body ?? {};
    this.details = Array.isArray(this.body.details) ? this.body.details : [];
  }

  /** Problems keyed by field path (e.g. "body[0].headline"), for showing errors next to the field. */
  fieldProblems() {
    const byPath = {};
    for (const detail of this.details) {
      if (detail && typeof detail === 'object' && detail.path) (byPath[detail.path] ??= []).push(detail.message ?? detail.problem ?? '');
    }
    return byPath;
  }
}

function humanMessage(status, body) {
  const said = body?.error;
  if (status === 0) return 'Duet cannot be reached. Check your connection and try again.';
  if (status === 401) return 'Your session has ended. Please sign in again.';
  if (status === 403) return said ? `You are not allowed to do this: ${said}.` : 'You are not allowed to do this.';
  if (status === 409 && staleVersion(body)) {
    return 'Someone else saved this in the meantime. Reload to see their changes before saving yours.';
  }
  if (status === 413) return 'That is too large to upload.';
  if (status >= 500) return 'Something went wrong on the server. Please try again; if it keeps happening, tell your developers.';
  return said ? capitalise(said) : `The request failed (${status}).`;
}

/** A 409 for an out-of-date version names the current one (in its details). */
function staleVersion(body) {
  return body?.current_version !== undefined || (body?.details ?? []).some((detail) => detail?.current_version !== undefined);
}

function capitalise(text) {
  return text.charAt(0).toUpperCase() + text.slice(1);
}

/** Calls the API; resolves to the parsed JSON body (or null for 204), rejects with ApiError. */
export async function api(method, path, body, { headers = {}, raw = false } = {}) {
  const init = { method, credentials: 'same-origin', headers: { Accept: 'application/json', ...headers } };
  if (method !== 'GET' && csrfToken) init.headers['X-CSRF-Token'] = csrfToken;
  if (body instanceof FormData) init.body = body;
  else if (body !== undefined) {
    init.headers['Content-Type'] = 'application/json';
    init.body = JSON.stringify(body);
  }
  let response;
  try {
    response = await fetch(path, init);
  } catch {
    throw new ApiError(0, null);
  }
  if (raw && response.ok) return response;
  const text = await response.text();
  const parsed = text ? safeJson(text) : null;
  if (!response.ok) {
    if (response.status === 401 && !path.startsWith('/api/auth/')) window.dispatchEvent(new CustomEvent('duet:signed-out'));
    throw new ApiError(response.status, parsed);
  }
  return parsed;
}

function safeJson(text) {
  try {
    return JSON.parse(text);
  } catch {
    return { error: text };
  }
}

export const get = (path) => api('GET', path);

/** A page of a list: the parsed body and the `total` header (how many there are in all). */
export async function getPage(path) {
  const response = await api('GET', path, undefined, { raw: true });
  const body = await response.json();
  return { body, total: Number(response.headers.get('total') ?? 0) };
}
export const post = (path, body) => api('POST', path, body);
export const put = (path, body) => api('PUT', path, body);
export const patch = (path, body) => api('PATCH', path, body);
export const del = (path, body) => api('DELETE', path, body);

/** Builds a query string from an object, leaving out empty values. */
export function query(params) {
  const search = new URLSearchParams();
  for (const [key, value] of Object.entries(params)) {
    if (value !== undefined && value !== null && value !== '') search.set(key, value);
  }
  const text = search.toString();
  return text ? `?${text}` : '';
}
