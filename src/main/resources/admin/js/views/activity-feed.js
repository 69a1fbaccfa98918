// A page of a space's (or one story's) activity feed: who did what and when, newest first, filterable by kind, with
// links to the story (and to the block a discussion is about). Used by the Activity screen and the editor's panel.
import { html } from 'lit';
import { DuetElement } from '../element.js';
import { getPage, query } from '../api.js';
import { relativeTime } from '../ui/time.js';

const PER_PAGE = 25;

/** The kinds people can filter by, in words. */
export const KINDS = {
  'story.saved': 'Saved',
  'story.published': 'Published',
  'story.unpublished': 'Unpublished',
  'stage.changed': 'Stage changed',
  'discussion.created': 'Discussion started',
  'comment.added': 'Commented',
  'discussion.resolved': 'Discussion resolved',
  'discussion.reopened': 'Discussion reopened',
  'schedule.created': 'Scheduled',
  'schedule.cancelled': 'Schedule cancelled',
  'schedule.ran': 'Schedule ran',
  'schedule.failed': 'Schedule failed',
  'release.created': 'Release created',
  'release.merged': 'Release published',
  'release.reverted': 'Release reverted',
  'experiment.shipped': 'Experiment shipped',
  'translation.imported': 'Translation imported',
};

/** Where an entry (or a notification's entry) leads: the story, opened on the discussion's block when there is one. */
export function entryLink(entry) {
  if (!entry.story_id) return null;
  const base = `/admin/spaces/${entry.space_id}/stories/${entry.story_id}`;
  if (!entry.kind.startsWith('discussion.') && entry.kind !== 'comment.added') return base;
  return `${base}${query({ discussions: 1, discussion_block: entry.details?.block_uid })}`;
}

class DuetActivityFeed extends DuetElement {
  static properties = {
    spaceId: {},
    storyId: {},
    kind: { state: true },
    page: { state: true },
    entries: { state: true },
    total: { state: true },
    error: { state: true },
  };

  constructor() {
    super();
    this.kind = '';
    this.page = 1;
    this.entries = null;
    this.total = 0;
  }

  willUpdate(changed) {
    if (changed.has('spaceId') || changed.has('storyId')) {
      this.page = 1;
      this.load();
    }
  }

  async load() {
    if (!this.spaceId) return;
    this.error = '';
    try {
      const path = `/api/spaces/${this.spaceId}/activity${query({ story_id: this.storyId, kind: this.kind, page: this.page, per_page: PER_PAGE })}`;
      const { body, total } = await getPage(path);
      this.entries = body.activity;
      this.total = total;
    } catch (error) {
      this.error = error.message;
    }
  }

  setKind(kind) {
    this.kind = kind;
    this.page = 1;
    this.load();
  }

  turn(step) {
    this.page += step;
    this.load();
  }

  render() {
    const pages = Math.max(1, Math.ceil(this.total / PER_PAGE));
    return html`
      <div class="activity-feed">
        <label class="activity-kind">Show
          <select @change=${(event) => this.setKind(event.target.value)}>
            <option value="" ?selected=${!this.kind}>Everything</option>
            ${Object.entries(KINDS).map(([id, words]) => html`<option value=${id} ?selected=${this.kind === id}>${words}</option>`)}
          </select>
        </label>
        ${this.error ? html`<p class="form-error" role="alert">${this.error}</p>` : ''}
        ${this.entries === null ? html`<p class="muted" aria-busy="true">Loading activity…</p>`
          : this.entries.length ? html`<ol class="activity-list">${this.entries.map((entry) => this.renderEntry(entry))}</ol>`
          : html`<p class="muted empty-activity">Nothing happened here yet${this.kind ? ' of this kind' : ''}.</p>`}
        ${pages > 1 ? html`
          <nav class="pager" aria-label="Activity pages">
            <button type="button" class="secondary" ?disabled=${this.page <= 1} @click=${() => this.turn(-1)}>Newer</button>
            <span>Page ${this.page} of ${pages}</span>
            <button type="button" class="secondary" ?disabled=${this.page >= pages} @click=${() => this.turn(1)}>Older</button>
          </nav>` : ''}
      </div>`;
  }

  renderEntry(entry) {
    const link = this.storyId ? null : entryLink(entry);
    const text = html`<strong>${entry.actor}</strong> ${entry.summary}`;
    return html`
      <li class="activity-entry" data-kind=${entry.kind}>
        <span class="badge activity-kind-badge">${KINDS[entry.kind] ?? entry.kind}</span>
        <span class="activity-text">${link ? html`<a href=${link}>${text}</a>` : text}</span>
        ${entry.details?.text ? html`<q class="activity-quote">${entry.details.text}</q>` : ''}
        <time datetime=${entry.created_at} title=${entry.created_at}>${relativeTime(entry.created_at)}</time>
      </li>`;
  }
}

customElements.define('duet-activity-feed', DuetActivityFeed);
