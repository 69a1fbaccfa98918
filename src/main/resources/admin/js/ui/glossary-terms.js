// Explains glossary terms where they appear: watches the app's <main> and wraps the first appearance of each known
// term or alias on the screen in a <duet-term>, which shows both definitions when focused, pointed at or clicked.
// Started once from app.js; screens need not know about it. It never touches form fields, editors, buttons or links,
// and it leaves lit's bookkeeping intact: the text node lit owns keeps its place (holding the text before the term)
// and, when lit writes new text into it, the pieces added after it are taken away and the text is looked at anew.
import { get } from '../api.js';
import { session } from '../session.js';

const SKIP = 'input, textarea, select, option, button, a, label, script, style, code, pre, dialog, [contenteditable], '
  + 'duet-term, duet-glossary, .glossary-term-popover, [data-no-glossary]';
const added = new WeakMap(); // a text node lit owns -> { the text we left in it, the nodes we inserted after it }
const rootOf = new WeakMap(); // a text node we inserted -> the text node lit owns it was split from
const roots = new Set(); // the text nodes we split, to put back when the terms change
let terms = null; // [{ id, term, definition_marketing, definition_developer, names: [...] }]
let pattern = null;
let loading = false;
let scheduled = false;
let observer = null;
let failedAt = 0;

function escape(text) {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

async function loadTerms() {
  if (loading || !session.user || Date.now() - failedAt < 30000) return;
  loading = true;
  try {
    const list = (await get('/api/glossary')).terms;
    terms = list.map((term) => ({ ...term, names: [term.term, ...term.aliases] }));
    const names = terms.flatMap((term) => term.names).sort((a, b) => b.length - a.length).map(escape);
    pattern = names.length ? new RegExp(`(?<![\\p{L}\\p{N}])(${names.join('|')})(?![\\p{L}\\p{N}])`, 'giu') : null;
    restoreAll();
  } catch {
    failedAt = Date.now();
    terms = null; // signed out, or the glossary cannot be read: explain nothing rather than fail a screen
  } finally {
    loading = false;
  }
  schedule();
}

/** The term a matched text names; short all-capital aliases (SRM, CV) must match their case, so "cv" in prose does not. */
function termFor(text) {
  for (const term of terms) {
    for (const name of term.names) {
      const abbreviation = name.length <= 5 && name === name.toUpperCase() && /\p{L}/u.test(name);
      if (abbreviation ? text === name : text.toLowerCase() === name.toLowerCase()) return term;
    }
  }
  return null;
}

function schedule() {
  if (scheduled) return;
  scheduled = true;
  setTimeout(() => {
    scheduled = false;
    annotate();
  }, 80);
}

function annotate() {
  for (const root of roots) if (!root.isConnected) forget(root, added.get(root));
  const main = document.querySelector('main');
  if (!main || !pattern) return;
  const shown = new Set([...main.querySelectorAll('duet-term')].map((element) => element.dataset.termId));
  const walker = document.createTreeWalker(main, NodeFilter.SHOW_TEXT, {
    acceptNode: (node) => (node.parentElement?.closest(SKIP) || !node.data.trim() ? NodeFilter.FILTER_REJECT : NodeFilter.FILTER_ACCEPT),
  });
  const nodes = [];
  while (walker.nextNode()) nodes.push(walker.currentNode);
  for (const node of nodes) wrapFirst(node, shown);
  observer?.takeRecords(); // our own changes are not news
}

function wrapFirst(node, shown) {
  pattern.lastIndex = 0;
  for (const match of node.data.matchAll(pattern)) {
    const term = termFor(match[0]);
    if (!term || shown.has(String(term.id))) continue;
    shown.add(String(term.id));
    const element = document.createElement('duet-term');
    element.dataset.termId = term.id;
    element.term = term;
    element.textContent = match[0];
    const rest = document.createTextNode(node.data.slice(match.index + match[0].length));
    const before = node.data.slice(0, match.index);
    const root = rootOf.get(node) ?? node;
    const entry = added.get(root) ?? { text: root.data, nodes: [] };
    node.after(element, rest);
    node.data = before;
    if (node === root) entry.text = before;
    entry.nodes.push(element, rest);
    added.set(root, entry);
    rootOf.set(rest, root);
    roots.add(root);
    wrapFirst(rest, shown);
    return;
  }
}

/** Lit wrote new text into a node we split: take our pieces away; the next pass looks at the new text. */
function restore(node) {
  const entry = added.get(node);
  if (!entry || node.data === entry.text) return;
  forget(node, entry);
}

/** Puts every split text back as it was (before the terms change). */
function restoreAll() {
  for (const root of roots) {
    const entry = added.get(root);
    if (entry) root.data = entry.text + entry.nodes.map((inserted) => inserted.textContent).join('');
    forget(root, entry);
  }
  observer?.takeRecords();
}

function forget(root, entry) {
  added.delete(root);
  roots.delete(root);
  for (const inserted of entry?.nodes ?? []) {
    inserted.remove();
    inserted.tip?.()?.remove();
  }
}

/**
 * A known term in running text: focusable, and on focus, hover, click, Enter or Space it shows both definitions in a
 * tooltip (Escape hides it). The tooltip lives in <body>, outside the text, so the text reads as before.
 */
class DuetTerm extends HTMLElement {
  connectedCallback() {
    if (this.hasAttribute('role')) return;
    this.tipId = `glossary-term-${this.dataset.termId}-${Math.random().toString(36).slice(2, 8)}`;
    this.tabIndex = 0;
    this.setAttribute('role', 'button');
    this.setAttribute('aria-expanded', 'false');
    this.setAttribute('aria-describedby', this.tipId);
    this.addEventListener('focus', () => this.toggle(true));
    this.addEventListener('blur', () => this.toggle(false));
    this.addEventListener('mouseenter', () => this.toggle(true));
    this.addEventListener('mouseleave', () => { if (document.activeElement !== this) this.toggle(false); });
    this.addEventListener('click', () => this.toggle(!this.tip()?.isConnected || this.tip().hidden));
    this.addEventListener('keydown', (event) => {
      if (event.key === 'Escape') this.toggle(false);
      if (event.key === 'Enter' || event.key === ' ') {
        event.preventDefault();
        this.toggle(this.tip().hidden);
      }
    });
  }

  disconnectedCallback() {
    this.tip()?.remove();
  }

  /** The tooltip, made on first use; aria-describedby points at it. */
  tip() {
    let tip = document.getElementById(this.tipId);
    if (tip || !this.isConnected) return tip;
    tip = document.createElement('div');
    tip.id = this.tipId;
    tip.className = 'glossary-term-popover';
    tip.setAttribute('role', 'tooltip');
    tip.hidden = true;
    const title = document.createElement('strong');
    title.className = 'glossary-term-title';
    title.textContent = this.term?.term ?? '';
    tip.append(title);
    for (const [label, text, kind] of [['For marketers', this.term?.definition_marketing, 'for-marketers'],
      ['For developers', this.term?.definition_developer, 'for-developers']]) {
      if (!text) continue;
      const block = document.createElement('p');
      block.className = `glossary-term-part ${kind}`;
      const strong = document.createElement('strong');
      strong.textContent = `${label}: `;
      block.append(strong, text);
      tip.append(block);
    }
    document.body.append(tip);
    return tip;
  }

  toggle(show) {
    const tip = this.tip();
    if (!tip) return;
    if (show) {
      const box = this.getBoundingClientRect();
      tip.style.left = `${Math.max(8, Math.min(box.left, window.innerWidth - 340))}px`;
      tip.style.top = `${box.bottom + 6}px`;
    }
    tip.hidden = !show;
    this.setAttribute('aria-expanded', String(show));
  }
}

customElements.define('duet-term', DuetTerm);

function start() {
  observer = new MutationObserver((records) => {
    for (const record of records) if (record.type === 'characterData') restore(record.target);
    if (!terms && session.user) loadTerms();
    else schedule();
  });
  observer.observe(document.body, { childList: true, subtree: true, characterData: true });
  window.addEventListener('duet:glossary-changed', () => loadTerms());
  window.addEventListener('duet:signed-out', () => {
    terms = null;
    pattern = null;
    failedAt = 0;
  });
}

start();
