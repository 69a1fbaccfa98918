// The Wins screen: what the company shipped, newest first, to celebrate together — reactions, kudos, and the weekly
// digest (read it here; admins and developers can have it sent to a webhook every week).
import { html, nothing } from 'lit';
import { DuetElement } from '../element.js';
import { getPage, query } from '../api.js';
import { session } from '../session.js';
import { KIND_WORDS } from './wins-card.js';
import './wins-card.js';
import './wins-digest-settings.js';

const PER_PAGE = 20;

/** The ISO week (e.g. 2026-W47) a date falls in, UTC. */
export function isoWeek(date) {
  const day = new Date(Date.UTC(date.getUTCFullYear(), date.getUTCMonth(), date.getUTCDate()));
  const weekday = day.getUTCDay() || 7;
  day.setUTCDate(day.getUTCDate() + 4 - weekday);
  const yearStart = new Date(Date.UTC(day.getUTCFullYear(), 0, 1));
  const week = Math.ceil(((day - yearStart) / 86400000 + 1) / 7);
  return `${day.getUTCFullYear()}-W${String(week).padStart(2, '0')}`;
}

class DuetWins extends DuetElement {
  static properties = {
    spaceId: {},
    kind: { state: true },
    onlyThisSpace: { state: true },
    page: { state: true },
    wins: { state: true },
    total: { state: true },
    error: { state: true },
  };

  constructor() {
    super();
    this.kind = '';
    this.onlyThisSpace = false;
    this.page = 1;
    this.wins = null;
    this.total = 0;
  }

  willUpdate(changed) {
    if (changed.has('spaceId')) this.load();
  }

  async load() {
    this.error = '';
    try {
      const params = { kind: this.kind, space_id: this.onlyThisSpace ? this.spaceId : '', page: this.page, per_page: PER_PAGE };
      const { body, total } = await getPage(`/api/wins${query(params)}`);
      this.wins = body.wins;
      this.total = total;
    } catch (error) {
      this.error = error.message;
    }
  }

  filter(change) {
    Object.assign(this, change, { page: 1 });
    this.load();
  }

  turn(step) {
    this.page += step;
    this.load();
  }

  render() {
    const pages = Math.max(1, Math.ceil(this.total / PER_PAGE));
    const thisWeek = isoWeek(new Date());
    return html`
      <section class="wins-screen">
        <header class="page-header">
          <div>
            <h1>Wins</h1>
            <p class="muted">What marketing and IT shipped together: pages that went live, releases, experiments won,
              key results reached and requests delivered. React and send kudos — everyone can.</p>
          </div>
          <nav class="wins-digest-links" aria-label="Weekly digest">
            <a class="button secondary digest-last" href="/api/wins/digest?format=html" target="_blank" rel="noopener">Last week's digest</a>
            <a class="button secondary digest-this" href="/api/wins/digest${query({ format: 'html', week: thisWeek })}" target="_blank"
                rel="noopener">This week's digest so far</a>
          </nav>
        </header>
        <div class="wins-filters">
          <label>Show
            <select class="wins-kind" @change=${(event) => this.filter({ kind: event.target.value })}>
              <option value="" ?selected=${!this.kind}>Every win</option>
              ${Object.entries(KIND_WORDS).map(([id, kind]) => html`
                <option value=${id} ?selected=${this.kind === id}>${kind.icon} ${kind.words}</option>`)}
            </select>
          </label>
          <label class="check">
            <input type="checkbox" .checked=${this.onlyThisSpace} @change=${(event) => this.filter({ onlyThisSpace: event.target.checked })}>
            Only this space
          </label>
        </div>
        ${this.error ? html`<p class="form-error" role="alert">${this.error}</p>` : nothing}
        ${this.wins === null ? html`<p class="muted" aria-busy="true">Loading wins…</p>`
          : this.wins.length ? html`<div class="wins-feed">${this.wins.map((win) => html`<duet-win-card .win=${win}></duet-win-card>`)}</div>`
          : html`<p class="muted empty-wins">No wins yet${this.kind ? ' of this kind' : ''}. Publish a new page or merge a release and it shows up here.</p>`}
        ${pages > 1 ? html`
          <nav class="pager" aria-label="Wins pages">
            <button type="button" class="secondary" ?disabled=${this.page <= 1} @click=${() => this.turn(-1)}>Newer</button>
            <span>Page ${this.page} of ${pages}</span>
            <button type="button" class="secondary" ?disabled=${this.page >= pages} @click=${() => this.turn(1)}>Older</button>
          </nav>` : nothing}
        ${session.may('space:manage') ? html`<duet-wins-digest-settings></duet-wins-digest-settings>` : nothing}
      </section>`;
  }
}

customElements.define('duet-wins', DuetWins);
