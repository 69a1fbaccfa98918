// A tiny History-API router for /admin/... paths, with a guard that lets a screen with unsaved changes ask first.

const routes = [];
let leaveGuard = null;

/** Registers a screen: `pattern` like "/admin/spaces/:space/stories/:story". */
export function route(name, pattern) {
  const keys = [];
  const regex = new RegExp('^' + pattern.replace(/:([a-z_]+)/g, (_, key) => {
    keys.push(key);
    return '([^/]+)';
  }) + '/?$');
  routes.push({ name, regex, keys });
}

/** The screen for a path: {name, params, query}; name is "not-found" when nothing matches. */
export function match(pathname = location.pathname, search = location.search) {
  const query = Object.fromEntries(new URLSearchParams(search));
  for (const { name, regex, keys } of routes) {
    const found = regex.exec(pathname);
    if (found) return { name, params: Object.fromEntries(keys.map((key, i) => [key, decodeURIComponent(found[i + 1])])), query };
  }
  return { name: 'not-found', params: {}, query };
}

/**
 * While set, `guard()` is asked before leaving the screen; it returns a question to confirm, or null to leave freely.
 * Set it to null when the screen goes away.
 */
export function setLeaveGuard(guard) {
  leaveGuard = guard;
}

function mayLeave() {
  const question = leaveGuard?.();
  return !question || window.confirm(question);
}

/** Goes to `path` (within the app) unless the current screen's guard says no. */
export function navigate(path, { replace = false } = {}) {
  if (path === location.pathname + location.search) return;
  if (!mayLeave()) return;
  leaveGuard = null;
  if (replace) history.replaceState(null, '', path);
  else history.pushState(null, '', path);
  window.dispatchEvent(new CustomEvent('duet:navigated'));
}

/** Makes plain links to /admin/... navigate inside the app, and the back button honour the leave guard. */
export function start() {
  document.addEventListener('click', (event) => {
    if (event.defaultPrevented || event.button !== 0 || event.metaKey || event.ctrlKey || event.shiftKey || event.altKey) return;
    const link = event.composedPath().find((node) => node instanceof HTMLAnchorElement);
    if (!link || link.target || link.origin !== location.origin || !link.pathname.startsWith('/admin')) return;
    event.preventDefault();
    navigate(link.pathname + link.search);
  });
  let current = location.pathname + location.search;
  window.addEventListener('popstate', () => {
    if (!mayLeave()) {
      history.pushState(null, '', current);
      return;
    }
    leaveGuard = null;
    window.dispatchEvent(new CustomEvent('duet:navigated'));
  });
  window.addEventListener('duet:navigated', () => { current = location.pathname + location.search; });
  window.addEventListener('beforeunload', (event) => {
    if (leaveGuard?.()) event.preventDefault();
  });
}
