// The "Scheduled" screen: what the space will publish, unpublish or merge and when (soonest first), with Cancel; and
// what ran, failed or was cancelled lately, with the reason a plan failed.
import { html } from 'lit';
import { DuetElement } from '../element.js';
import { get, post } from '../api.js';
import { session } from '../session.js';
import { toast, toastError } from '../ui/toast.js';
import { confirmDialog } from '../ui/dialog.js';
import { actionWords, formatInZone, whenPlanned } from '../editor/schedule-time.js';

const STATUS = {
  pending: ['draft', 'Waiting'],
  running: ['changed', 'Running'],
  done: ['published', 'Done'],
  failed: ['failed', 'Failed'],
  cancelled: ['draft', 'Cancelled'],
};

function capitalised(text) {
  return text.charAt(0).toUpperCase() + text.slice(1);
}

class DuetSchedules extends DuetElement {
  static properties = { spaceId: {}, upcoming: { state: true }, recent: { state: true }, error: { state: true } };

  constructor() {
    super();
    this.upcoming = null;
    this.recent = [];
  }

  willUpdate(changed) {
    if (changed.has('spaceId')) this.load();
  }

  get base() {
    return `/api/spaces/${this.spaceId}/schedules`;
  }

  async load() {
    if (this.spaceId === 'none') return;
    this.error = '';
    try {
      const [pending, running, latest] = await Promise.all([
        get(`${this.base}?status=pending&per_page=100`), get(`${this.base}?status=running&per_page=100`),
        get(`${this.base}?order=latest&per_page=50`)]);
      this.upcoming = [...running.schedules, ...pending.schedules];
      this.recent = latest.schedules.filter((schedule) => !['pending', 'running'].includes(schedule.status));
    } catch (error) {
      this.error = error.message;
    }
  }

  async cancel(schedule) {
    if (!await confirmDialog('Cancel the schedule?', `“${schedule.target_name}” will not ${actionWords(schedule.action)} ${whenPlanned(schedule)}.`,
      { okLabel: 'Cancel the schedule', danger: true })) return;
    try {
      await post(`${this.base}/${schedule.id}/cancel`, {});
      toast('Schedule cancelled.', { kind: 'success' });
    } catch (error) {
      toastError(error);
    }
    await this.load();
  }

  render() {
    return html`
      <header class="page-header">
        <div><h1>Scheduled</h1><p class="muted">Publishing and unpublishing planned for later. To plan one, open a story and use its Schedule… button.</p></div>
        <div class="actions"><button type="button" class="secondary refresh-schedules" @click=${() => this.load()}>Refresh</button></div>
      </header>
      ${this.error ? html`<p class="form-error" role="alert">${this.error} <button class="link" @click=${() => this.load()}>Try again</button></p>` : ''}
      ${this.upcoming === null && !this.error ? html`<p class="muted">Loading…</p>` : html`
        <section class="card">
          <h2>Coming up</h2>
          ${this.upcoming?.length ? this.renderTable(this.upcoming, 'upcoming-schedules') : html`<p class="muted empty-upcoming">Nothing is scheduled.</p>`}
        </section>
        <section class="card">
          <h2>Recently</h2>
          ${this.recent.length ? this.renderTable(this.recent, 'recent-schedules') : html`<p class="muted">Nothing has run yet.</p>`}
        </section>`}`;
  }

  renderTable(schedules, name) {
    const canCancel = session.may('story:publish');
    return html`
      <table class="table schedules ${name}">
        <thead><tr><th>When</th><th>What</th><th>Status</th><th>Planned by</th><th><span class="visually-hidden">Actions</span></th></tr></thead>
        <tbody>
          ${schedules.map((schedule) => {
            const [tone, label] = STATUS[schedule.status] ?? ['draft', schedule.status];
            return html`
              <tr data-schedule=${schedule.id}>
                <td>${whenPlanned(schedule)}${schedule.time_zone !== 'UTC' ? html`<br><span class="muted">${formatInZone(schedule.run_at, 'UTC')} UTC</span>` : ''}</td>
                <td>${capitalised(actionWords(schedule.action))} ${schedule.story_id
                  ? html`<a href="/admin/spaces/${this.spaceId}/stories/${schedule.story_id}">${schedule.target_name}</a>`
                  : html`“${schedule.target_name}”`}</td>
                <td><span class="badge badge-${tone} schedule-status">${label}</span>
                  ${schedule.reason && schedule.status === 'failed' ? html`<div class="schedule-reason">${schedule.reason}</div>` : ''}</td>
                <td>${schedule.created_by}</td>
                <td>${canCancel && schedule.status === 'pending' ? html`
                  <button type="button" class="link danger cancel-schedule" aria-label="Cancel the schedule to ${actionWords(schedule.action)} ${schedule.target_name}"
                          @click=${() => this.cancel(schedule)}>Cancel</button>` : ''}</td>
              </tr>`;
          })}
        </tbody>
      </table>`;
  }
}

customElements.define('duet-schedules', DuetSchedules);
