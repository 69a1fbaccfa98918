// <duet-requests>: requests between the marketing and the IT team — a board (drag or Alt+arrow keys) and a list with
// filters, a "New request" dialog and the opened request beside them. Company-wide: the space only keeps the sidebar.
import { html, nothing } from 'lit';
import { DuetElement } from '../element.js';
import { session } from '../session.js';
import { navigate } from '../router.js';
import { toastError } from '../ui/toast.js';
import { PRIORITIES, STATES, TEAMS, TYPES, age, requestsApi, teamsOf, warnings } from './requests-api.js';
import './request-board.js';
import './request-form.js';
import './request-detail.js';

const PER_PAGE = 25;

class DuetRequests extends DuetElement {
  static properties = {
    spaceId: {},
    selected: {},
    view: {},
    columns: { state: true },
    rows: { state: true },
    total: { state: true },
    filters: { state: true },
  };

  constructor() {
    super();
    this.view = 'board';
    this.columns = [];
    this.filters = { team: '', state: '', type: '', priority: '', overdue: '', q: '', sort: 'newest', page: 1 };
  }

  willUpdate(changed) {
    if (changed.has('view') || changed.has('spaceId')) this.load();
  }

  async load() {
    try {
      if (this.view === 'list') {
        const { body, total } = await requestsApi.list({ ...this.filters, per_page: PER_PAGE });
        this.rows = body.requests;
        this.total = total;
      } else {
        this.columns = await requestsApi.board(this.filters.team);
      }
    } catch (error) {
      toastError(error);
    }
  }

  go(params) {
    const search = new URLSearchParams({ view: this.view, ...(this.selected ? { request: this.selected } : {}), ...params });
    for (const [key, value] of [...search]) if (!value) search.delete(key);
    navigate(`/admin/spaces/${this.spaceId}/requests?${search}`);
  }

  canMove = (card) => session.may('request:triage') && teamsOf(session.user?.role).includes(card.to_team);

  async move({ detail }) {
    const board = this.querySelector('duet-request-board');
    try {
      await requestsApi.move(detail.id, detail.state, detail.position, detail.version, detail.state === 'blocked' ? await this.blockReason() : null);
      await this.load();
      board.announce(`“${detail.title}” ${detail.words}.`);
      if (String(detail.id) === String(this.selected)) this.querySelector('duet-request-detail')?.load();
    } catch (error) {
      board.keepFocusOn(null);
      board.announce(`“${detail.title}” was not moved: ${error.message}`);
      toastError(error);
      await this.load();
    }
  }

  /** Moving to Blocked asks what blocks it. */
  async blockReason() {
    const { openDialog } = await import('../ui/dialog.js');
    const values = await openDialog({
      title: 'What blocks it?', okLabel: 'Mark as blocked',
      content: html`<label>Reason <textarea name="reason" required maxlength="1000"></textarea></label>`,
      validate: (form) => (String(form.reason ?? '').trim() ? null : 'Say what blocks the request.'),
    });
    return values?.reason ?? null;
  }

  setFilter(name, value) {
    this.filters = { ...this.filters, [name]: value, page: name === 'page' ? value : 1 };
    this.load();
  }

  render() {
    return html`
      <div class="requests-screen ${this.selected ? 'with-detail' : ''}">
        <div class="requests-main">
          <header class="page-header">
            <div>
              <h1>Requests</h1>
              <p class="muted">Marketing and IT ask each other for work here, with a short brief, instead of by email.</p>
            </div>
            <div class="actions">
              <div class="requests-views" role="group" aria-label="Show requests as">
                <button type="button" class="secondary show-board" aria-pressed=${this.view !== 'list'} @click=${() => this.go({ view: 'board' })}>Board</button>
                <button type="button" class="secondary show-list" aria-pressed=${this.view === 'list'} @click=${() => this.go({ view: 'list' })}>List</button>
              </div>
              ${session.may('request:write') ? html`<button type="button" class="primary new-request"
                @click=${() => this.querySelector('duet-request-form').open()}>New request</button>` : nothing}
            </div>
          </header>
          ${this.view === 'list' ? this.renderList() : this.renderBoard()}
        </div>
        ${this.selected ? html`<aside class="request-detail card" aria-label="Request">
          <duet-request-detail .requestId=${this.selected} @close=${() => this.go({ request: '' })}
            @changed=${() => this.load()} @edit=${(event) => this.querySelector('duet-request-form').open(event.detail)}></duet-request-detail></aside>` : nothing}
      </div>
      <duet-request-form .spaceId=${this.spaceId} @filed=${(event) => { this.load(); this.go({ request: event.detail.id }); }}
        @saved=${() => { this.load(); this.querySelector('duet-request-detail')?.load(); }}></duet-request-form>`;
  }

  renderBoard() {
    return html`
      <div class="toolbar">
        <label>Team <select class="board-team" @change=${(event) => this.setFilter('team', event.target.value)}>
          <option value="">Both teams</option>
          ${Object.entries(TEAMS).map(([id, label]) => html`<option value=${id} ?selected=${this.filters.team === id}>For ${label}</option>`)}
        </select></label>
      </div>
      <duet-request-board .columns=${this.columns} .canMove=${this.canMove}
        @move=${(event) => this.move(event)} @open=${(event) => this.go({ request: event.detail })}></duet-request-board>`;
  }

  renderList() {
    const choice = (name, label, options) => html`
      <label>${label} <select class=${`filter-${name}`} @change=${(event) => this.setFilter(name, event.target.value)}>
        <option value="">Any</option>
        ${Object.entries(options).map(([id, text]) => html`<option value=${id} ?selected=${this.filters[name] === id}>${text}</option>`)}
      </select></label>`;
    const pages = Math.max(1, Math.ceil((this.total ?? 0) / PER_PAGE));
    return html`
      <form class="toolbar request-filters" role="search" @submit=${(event) => event.preventDefault()}>
        <label>Search <input type="search" class="filter-q" placeholder="Title or brief" .value=${this.filters.q}
          @change=${(event) => this.setFilter('q', event.target.value)}></label>
        ${choice('state', 'State', STATES)} ${choice('type', 'Type', TYPES)} ${choice('team', 'For', TEAMS)}
        ${choice('priority', 'Priority', PRIORITIES)}
        ${choice('overdue', 'Due', { true: 'Overdue', false: 'Not overdue' })}
        <label>Sort <select class="filter-sort" @change=${(event) => this.setFilter('sort', event.target.value)}>
          ${Object.entries({ newest: 'Newest first', due: 'Due date', priority: 'Priority', age: 'Oldest first' })
            .map(([id, text]) => html`<option value=${id} ?selected=${this.filters.sort === id}>${text}</option>`)}
        </select></label>
      </form>
      <p class="count muted" aria-live="polite">${this.total ?? 0} request${this.total === 1 ? '' : 's'}</p>
      ${!this.rows?.length ? html`<section class="empty-state"><h2>No requests</h2><p>Nothing matches these filters.</p></section>` : html`
        <table class="table requests-table">
          <thead><tr><th>Request</th><th>State</th><th>Priority</th><th>For</th><th>Due</th><th>Age</th></tr></thead>
          <tbody>${this.rows.map((row) => html`
            <tr data-request-id=${row.id}>
              <td><a class="request-link" href=${`/admin/spaces/${this.spaceId}/requests?view=list&request=${row.id}`}>${row.title}</a>
                <small class="muted">${TYPES[row.type]}</small></td>
              <td><span class="badge request-state state-${row.state}">${STATES[row.state]}</span></td>
              <td>${PRIORITIES[row.priority]}</td>
              <td>${TEAMS[row.to_team]}</td>
              <td>${row.due_date ?? '—'} ${warnings(row).map((warning) => html`<span class="request-warning ${warning.kind}">${warning.kind === 'overdue' ? 'Overdue' : 'Soon'}</span>`)}</td>
              <td>${age(row)}</td>
            </tr>`)}</tbody>
        </table>
        ${pages > 1 ? html`<nav class="actions" aria-label="Pages">
          <button type="button" class="secondary" ?disabled=${this.filters.page <= 1} @click=${() => this.setFilter('page', this.filters.page - 1)}>Previous</button>
          <span class="muted">Page ${this.filters.page} of ${pages}</span>
          <button type="button" class="secondary" ?disabled=${this.filters.page >= pages} @click=${() => this.setFilter('page', this.filters.page + 1)}>Next</button>
        </nav>` : nothing}`}`;
  }
}

customElements.define('duet-requests', DuetRequests);
