// The Acme Cloud demo site: reads the demo space through Duet's Storyblok-compatible delivery API and, inside Duet's
// visual editor, re-renders on every edit through the bridge (/bridge.js). The page's path after /demo-site/ is the
// story's full slug; the empty path is the story "home".

import { attributes, escape } from './html.js';
import { renderPosts, renderStory } from './blocks.js';
import { translateStory } from './i18n.js';

const BASE = '/demo-site/';
const TOKEN_KEY = 'duet-demo-site-token';
const API = '/v2/cdn/';

const query = new URLSearchParams(location.search);
const bridgeContext = window.DuetBridge ? window.DuetBridge.context() : { inEditor: false };
const inEditor = bridgeContext.inEditor;

/** The release a preview shows (`_storyblok_release`, as Storyblok passes it); the delivery API's `from_release`. */
const release = /^[0-9]{1,15}$/.test(query.get('_storyblok_release') || '') ? query.get('_storyblok_release') : null;
const settings = readSettings();
/**
 * Experiments: on the site (not in the editor, not on drafts) the helper keeps a visitor id that delivery resolves
 * experiment blocks for, so the page shows the visitor's variant at once (no flicker), and reports exposures, views,
 * clicks and conversions. The editor's preview sends no visitor: it shows the control, or the variations the preview
 * URL forces with experiment_variations=key:n (passed on to delivery).
 */
const experiments = window.Duet && !settings.editor && settings.version === 'published' && settings.token ? window.Duet : null;
if (experiments) experiments.init({ token: settings.token, endpoint: location.origin + '/v2/events' });
const main = document.getElementById('main');
const site = {
  rels: {},
  labels: {},
  posts: [],
  pageHref,
  label: (datasource, value) => (site.labels[datasource] && site.labels[datasource][value]) || value,
  postsHtml: story => (story && story.full_slug === 'blog/' ? renderPosts(site.posts, pageHref) : '')
};
let current = null;
/** The newest unsaved story the editor sent; it wins over the stored draft when its page is (re)loaded. */
let latestEdit = null;

/** Where the token comes from: the editor's signed preview token, ?token= (remembered), or a previous visit. */
function readSettings() {
  if (inEditor && bridgeContext.token) {
    // the editor names the language to preview as Storyblok's does: _storyblok_lang
    return { token: bridgeContext.token, version: 'draft', language: languageOf(query.get('_storyblok_lang')), editor: true };
  }
  const given = query.get('token');
  // a release preview link carries a short-lived preview token: use it, but do not remember it
  if (given && !release) localStorage.setItem(TOKEN_KEY, given);
  const language = languageOf(query.get('lang'));
  return {
    token: given || localStorage.getItem(TOKEN_KEY),
    version: query.get('version') === 'draft' ? 'draft' : 'published',
    language,
    editor: false
  };
}

/** A language code (de, pt-br) or null; "default" is the default language. */
function languageOf(value) {
  return /^[a-z]{2,3}(-[a-z0-9]{2,8})?$/.test(value || '') && value !== 'default' ? value : null;
}

/** The story's full slug for a path under /demo-site/ ("" is home, a folder's path ends in "/"). */
function slugOf(pathname) {
  const rest = decodeURIComponent(pathname.startsWith(BASE) ? pathname.substring(BASE.length) : '');
  return rest === '' ? 'home' : rest;
}

/** The URL of a page of this site: in the editor the preview parameters go along, elsewhere the version and language. */
function pageHref(fullSlug) {
  let slug = String(fullSlug || '').replace(/^\/+/, '');
  if (slug === 'home') slug = '';
  const keep = new URLSearchParams();
  const names = settings.editor ? ['_duet_token', '_duet_editor', '_duet_space', '_storyblok_lang', 'experiment_variations']
    : ['version', 'lang', 'experiment_variations'];
  if (release) names.push('_storyblok_release', 'token');
  names.forEach(name => { if (query.get(name)) keep.set(name, query.get(name)); });
  const search = keep.toString();
  return BASE + slug.split('/').map(encodeURIComponent).join('/') + (search ? `?${search}` : '');
}

async function api(path, params = {}) {
  const url = new URL(API + path, location.origin);
  url.searchParams.set('token', settings.token);
  url.searchParams.set('version', settings.version);
  if (settings.language) url.searchParams.set('language', settings.language);
  if (release && settings.version === 'draft') url.searchParams.set('from_release', release);
  if (path.startsWith('stories')) {
    if (experiments) url.searchParams.set('visitor', experiments.visitor());
    if (query.get('experiment_variations')) url.searchParams.set('experiment_variations', query.get('experiment_variations'));
  }
  Object.entries(params).forEach(([name, value]) => url.searchParams.set(name, value));
  const response = await fetch(url, { headers: { Accept: 'application/json' } });
  const body = await response.json().catch(() => ({}));
  if (!response.ok) throw Object.assign(new Error(body.error || `HTTP ${response.status}`), { status: response.status });
  return body;
}

// ---- pages ------------------------------------------------------------------------------------------------------

async function showPage(pathname) {
  if (!settings.token) return showConnect();
  const slug = slugOf(pathname);
  try {
    const [answer] = await Promise.all([
      api(`stories/${slug.split('/').map(encodeURIComponent).join('/')}`, { resolve_relations: 'blog_post.author' }),
      loadChrome()
    ]);
    (answer.rels || []).forEach(rel => { site.rels[rel.uuid] = rel; });
    if (answer.story.full_slug === 'blog/') await loadPosts();
    render(latestEdit && latestEdit.id === answer.story.id ? latestEdit : answer.story);
  } catch (error) {
    if (error.status === 401) return showConnect('Duet refused the token. A preview link expires after an hour; '
      + 'outside the editor, paste the public token that `duet demo` printed.');
    if (error.status === 404) return showNotFound(slug);
    showMessage('The page could not be loaded', error.message);
  }
}

function render(story) {
  current = story;
  const content = story.content || {};
  document.title = `${content.seo_title || content.title || story.name} · ${site.spaceName || 'Acme Cloud'}`;
  site.experiments = [];
  main.setAttribute('data-duet-story', String(story.id));
  main.innerHTML = renderStory(story, site);
  markNav(story.full_slug);
  if (experiments) {
    experiments.view(story.id);
    site.experiments.forEach(note => experiments.exposed(note, story.id));
  }
}

async function loadPosts() {
  const answer = await api('stories', {
    starts_with: 'blog/', content_type: 'blog_post', sort_by: 'content.published_on:desc', per_page: '12'
  });
  site.posts = answer.stories || [];
}

function showNotFound(slug) {
  document.title = 'Page not found';
  main.innerHTML = `<section class="container notice"><h1>Page not found</h1>`
    + `<p>There is no ${settings.version === 'draft' ? '' : 'published '}story at <code>${escape(slug)}</code>.</p>`
    + `<p><a class="button button-primary" href="${escape(pageHref('home'))}">Go to the home page</a></p></section>`;
}

function showMessage(title, text) {
  main.innerHTML = `<section class="container notice"><h1>${escape(title)}</h1><p>${escape(text)}</p></section>`;
}

function showConnect(problem) {
  document.title = 'Connect the demo site';
  main.innerHTML = `<section class="container narrow connect"><h1>Connect the demo site to Duet</h1>`
    + (problem ? `<p class="problem">${escape(problem)}</p>` : '')
    + `<p>This site shows a Duet space through the delivery API. Paste one of the space's delivery tokens: `
    + `<code>duet demo</code> prints them at start-up, and developers find them under the space's delivery tokens.</p>`
    + `<form id="connect"><label for="token-input">Delivery token</label>`
    + `<input id="token-input" name="token" autocomplete="off" required spellcheck="false">`
    + `<label class="check"><input type="checkbox" name="draft"> Show drafts (needs a preview token)</label>`
    + `<button class="button button-primary" type="submit">Show the site</button></form></section>`;
  document.getElementById('connect').addEventListener('submit', event => {
    event.preventDefault();
    const form = new FormData(event.target);
    const url = new URL(location.href);
    url.searchParams.set('token', String(form.get('token')).trim());
    if (form.get('draft')) url.searchParams.set('version', 'draft');
    else url.searchParams.delete('version');
    location.assign(url);
  });
}

// ---- header and footer ------------------------------------------------------------------------------------------

let chrome = null;

/** The space's name, the navigation and the footer from the links endpoint; loaded once. */
function loadChrome() {
  if (!chrome) {
    chrome = Promise.all([api('spaces/me'), api('links', { per_page: '1000' }), loadLabels('categories')])
      .then(([space, links]) => {
        site.spaceName = space.space && space.space.name;
        document.getElementById('brand-name').textContent = site.spaceName || 'Acme Cloud';
        renderNavigation(Object.values(links.links || {}));
      })
      .catch(error => { chrome = null; throw error; });
  }
  return chrome;
}

async function loadLabels(datasource) {
  try {
    const answer = await api('datasource_entries', { datasource, per_page: '1000' });
    site.labels[datasource] = Object.fromEntries((answer.datasource_entries || []).map(entry => [entry.value, entry.name]));
  } catch (error) {
    site.labels[datasource] = {};
  }
}

function renderNavigation(links) {
  const byPosition = (a, b) => (a.position - b.position) || a.name.localeCompare(b.name);
  const top = links.filter(link => link.parent_id == null).sort(byPosition);
  const childrenOf = folder => links.filter(link => link.parent_id === folder.id && !link.is_folder).sort(byPosition);
  const nav = [];
  top.forEach(link => {
    if (!link.is_folder) nav.push({ slug: link.slug, name: link.name });
    else {
      const start = childrenOf(link).find(child => child.is_startpage);
      if (start) nav.push({ slug: start.slug, name: link.name });
    }
  });
  document.getElementById('nav').innerHTML = nav.map(item =>
    `<a${attributes({ href: pageHref(item.slug), 'data-slug': item.slug })}>${escape(item.name)}</a>`).join('');

  const pages = top.filter(link => !link.is_folder);
  const columns = [{ name: 'Pages', items: pages }]
    .concat(top.filter(link => link.is_folder).map(folder => ({ name: folder.name, items: childrenOf(folder) })))
    .filter(column => column.items.length);
  document.getElementById('sitemap').innerHTML = columns.map(column =>
    `<div><h2>${escape(column.name)}</h2><ul>${column.items.map(item =>
      `<li><a href="${escape(pageHref(item.slug))}">${escape(item.name)}</a>${item.published ? '' : ' <span class="badge">draft</span>'}</li>`)
      .join('')}</ul></div>`).join('');
  renderModeSwitch();
}

function markNav(fullSlug) {
  document.querySelectorAll('#nav a').forEach(link => {
    const slug = link.getAttribute('data-slug');
    const active = slug === fullSlug || (slug.endsWith('/') && fullSlug.startsWith(slug));
    if (active) link.setAttribute('aria-current', 'page');
    else link.removeAttribute('aria-current');
  });
}

function renderModeSwitch() {
  const box = document.getElementById('mode');
  if (settings.editor) {
    box.innerHTML = '<span class="badge badge-live">Live preview</span>';
    return;
  }
  const languageLink = (code, label) => {
    const url = new URL(location.href);
    if (code) url.searchParams.set('lang', code);
    else url.searchParams.delete('lang');
    return `<a${attributes({ href: url.pathname + url.search, 'aria-current': (settings.language || '') === code ? 'true' : null })}>${label}</a>`;
  };
  box.innerHTML = (settings.version === 'draft' ? '<span class="badge">Drafts</span>' : '')
    + `<span class="languages">${languageLink('', 'EN')}${languageLink('de', 'DE')}</span>`;
}

// ---- navigation -------------------------------------------------------------------------------------------------

// Outside the editor, links within the site change the page without reloading it. In the editor every page is a new
// load, so the bridge tells the editor which page is shown.
document.addEventListener('click', event => {
  if (settings.editor || event.defaultPrevented || event.button !== 0 || event.metaKey || event.ctrlKey || event.shiftKey) return;
  const link = event.target.closest && event.target.closest('a[href]');
  if (!link || link.target || link.origin !== location.origin || !link.pathname.startsWith(BASE)) return;
  event.preventDefault();
  if (link.pathname + link.search === location.pathname + location.search) return;
  history.pushState(null, '', link.pathname + link.search);
  window.scrollTo(0, 0);
  showPage(location.pathname);
});
window.addEventListener('popstate', () => showPage(location.pathname));

// The demo's conversion: a sign-up button (the hero's and the call to action's) clicked on the site.
document.addEventListener('click', event => {
  const button = experiments && event.target.closest && event.target.closest('[data-duet-conversion]');
  if (button) experiments.track(button.getAttribute('data-duet-conversion'), { story_id: current && current.id });
}, true);

// Images of the demo content point at an example host; show a tinted placeholder with the alt text instead.
document.addEventListener('error', event => {
  const figure = event.target.tagName === 'IMG' && event.target.closest('.media');
  if (figure) figure.classList.add('media-missing');
}, true);

// ---- the visual editor ------------------------------------------------------------------------------------------

if (window.StoryblokBridge) {
  const bridge = new window.StoryblokBridge();
  bridge.on('input', event => {
    if (release) return; // a release preview shows the release's versions, not the unsaved edits
    // the editor sends the story with every language in it; show the previewed one, falling back to the default
    latestEdit = translateStory(event.story, settings.language);
    if (current && event.story.id === current.id) render(latestEdit);
  });
  // saved or (un)published in the editor: read the story again, without reloading the page the editor shows
  bridge.on(['change', 'published', 'unpublished'], () => {
    if (current) showPage(location.pathname);
  });
}

showPage(location.pathname);
