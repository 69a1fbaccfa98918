// <duet-story-history>: the versions of a story (who saved, when, why); choosing one shows, in words, how it differs
// from the current draft, and offers to restore it. Emits `restore-version` (detail: version number).
import { html } from 'lit';
import { DuetElement } from '../element.js';
import { get } from '../api.js';
import { blockName, describePath, isBlock } from './blocks.js';
import { relativeTime } from '../ui/time.js';

class DuetStoryHistory extends DuetElement {
  static properties = {
    spaceId: {},
    story: { attribute: false },
    schema: { attribute: false },
    dirty: { type: Boolean },
    versions: { state: true },
    selected: { state: true },
    diff: { state: true },
    error: { state: true },
  };

  constructor() {
    super();
    this.versions = null;
  }

  get base() {
    return `/api/spaces/${this.spaceId}/stories/${this.story.id}`;
  }

  willUpdate(changed) {
    if (changed.has('story') && this.story && changed.get('story')?.version !== this.story.version) this.load();
  }

  async load() {
    this.error = '';
    try {
      const { versions } = await get(`${this.base}/versions?per_page=100`);
      this.versions = [...versions].sort((a, b) => b.number - a.number);
      if (this.selected) await this.select(this.selected);
    } catch (error) {
      this.error = error.message;
    }
  }

  get latest() {
    return this.versions?.[0]?.number ?? null;
  }

  async select(number) {
    this.selected = number;
    this.diff = null;
    try {
      const against = number === this.latest ? '' : `?against=${this.latest}`;
      this.diff = { ...(await get(`${this.base}/versions/${number}/diff${against}`)).diff, number };
    } catch (error) {
      this.diff = { error: error.message, number };
    }
  }

  render() {
    return html`
      <section class="history" aria-labelledby="history-title">
        <header class="panel-head">
          <h2 id="history-title">History</h2>
          <button type="button" class="icon" aria-label="Close history" @click=${() => this.emit('close-history')}>×</button>
        </header>
        ${this.error ? html`<p class="form-error" role="alert">${this.error}</p>` : ''}
        ${this.versions === null ? html`<p class="muted" aria-busy="true">Loading versions…</p>` : html`
          <ol class="version-list">
            ${this.versions.map((version) => html`
              <li>
                <button type="button" class="version ${this.selected === version.number ? 'selected' : ''}"
                        aria-pressed=${this.selected === version.number ? 'true' : 'false'} data-version=${version.number}
                        @click=${() => this.select(version.number)}>
                  <span class="version-number">Version ${version.number}${version.number === this.latest ? ' (current draft)' : ''}</span>
                  <span class="muted" title=${version.created_at}>${version.author ?? 'someone'} · ${relativeTime(version.created_at)}</span>
                  ${version.message ? html`<span class="version-message">${version.message}</span>` : ''}
                </button>
              </li>`)}
          </ol>`}
        ${this.diff ? this.renderDiff() : ''}
      </section>`;
  }

  renderDiff() {
    const { number, error, changes } = this.diff;
    if (error) return html`<p class="form-error" role="alert">${error}</p>`;
    const current = number === this.latest;
    if (this.diff.from === null || this.diff.from === undefined) {
      return html`<div class="diff" aria-live="polite"><h3>Version ${number}</h3>
        <p class="muted">This is the first version of the story: everything in it was new.</p>
        ${current ? '' : html`<button type="button" class="primary restore" @click=${() => this.emit('restore-version', number)}>Restore this version</button>`}</div>`;
    }
    const shown = changes.filter((change) => !/(^|\.)(_uid|component)$/.test(change.path));
    return html`
      <div class="diff" aria-live="polite">
        <h3>${current ? `What version ${number} changed` : `Version ${number} compared with the current draft`}</h3>
        ${shown.length ? html`
          <ul class="changes">${shown.map((change) => this.renderChange(change, current))}</ul>`
          : html`<p class="muted">${current ? 'Nothing changed in this version.' : 'This version has the same content as the current draft.'}</p>`}
        ${current ? '' : html`
          ${this.dirty ? html`<p class="muted">Restoring replaces your unsaved changes too.</p>` : ''}
          <button type="button" class="primary restore" @click=${() => this.emit('restore-version', number)}>Restore this version</button>`}
      </div>`;
  }

  renderChange(change, current) {
    const where = this.describePath(change.path, change.kind === 'removed' ? change.before : change.after);
    const [was, now] = current ? ['Before', 'After'] : ['Now', `In version ${this.diff.number}`];
    const [addedWord, removedWord] = current ? ['Block added', 'Block removed'] : [`Only in version ${this.diff.number}`, `Not in version ${this.diff.number}`];
    switch (change.kind) {
      case 'added':
        return html`<li class="change change-added"><strong>${isBlock(change.after) ? `${addedWord}: ${blockName(change.after, this.schema)}` : `${where} added`}</strong>
          ${isBlock(change.after) ? html`<small class="muted">at ${where}</small>` : html`<div class="after">${text(change.after)}</div>`}</li>`;
      case 'removed':
        return html`<li class="change change-removed"><strong>${isBlock(change.before) ? `${removedWord}: ${blockName(change.before, this.schema)}` : `${where} removed`}</strong>
          ${isBlock(change.before) ? html`<small class="muted">was at ${where}</small>` : html`<div class="before">${text(change.before)}</div>`}</li>`;
      case 'moved':
        return html`<li class="change change-moved"><strong>Block moved: ${this.describePath(String(change.after))}</strong>
          <small class="muted">from position ${position(change.before)} to ${position(change.after)}</small></li>`;
      default:
        return html`<li class="change change-changed"><strong>${where}</strong>
          <div class="before"><span class="muted">${was}:</span> ${text(change.before)}</div>
          <div class="after"><span class="muted">${now}:</span> ${text(change.after)}</div></li>`;
    }
  }

  describePath(path, fallbackBlock) {
    return describePath(this.story?.content, this.schema, path, fallbackBlock);
  }
}

function position(path) {
  const found = /\[(\d+)\]$/.exec(String(path));
  return found ? Number(found[1]) + 1 : '?';
}

function text(value) {
  if (value === null || value === undefined || value === '') return html`<em class="muted">empty</em>`;
  if (typeof value === 'string') return value;
  if (typeof value !== 'object') return String(value);
  const json = JSON.stringify(value);
  return json.length > 240 ? `${json.slice(0, 240)}…` : json;
}

customElements.define('duet-story-history', DuetStoryHistory);
