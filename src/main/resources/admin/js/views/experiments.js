// The "Experiments" screen: every A/B test of the space (its story, status in the draft and on the site, visitors so
// far, when it started), filtered by status or text; with ?experiment=<key> it shows that test's results
// (views/experiments-results.js), computed as &engine=, &correction= and &prior= say, so a link shows the same numbers.
import { html } from 'lit';
import { DuetElement } from '../element.js';
import { relativeTime } from '../ui/time.js';
import { experimentsApi } from './experiments-api.js';
import { statusBadge } from './experiments-results.js';

const FILTERS = { '': 'All tests', running: 'Running', draft: 'Not started', stopped: 'Stopped' };

class DuetExperiments extends DuetElement {
  static properties = {
    spaceId: {},
    selected: {},
    method: {},
    experiments: { state: true },
    status: { state: true },
    search: { state: true },
    error: { state: true },
  };

  constructor() {
    super();
    this.experiments = null;
    this.status = '';
    this.search = '';
  }

  willUpdate(changed) {
    if ((changed.has('spaceId') || changed.has('selected')) && !this.selected) this.load();
  }

  async load() {
    if (!this.spaceId || this.spaceId === 'none') return;
    this.error = '';
    try {
      this.experiments = await experimentsApi.list(this.spaceId, { status: this.status });
    } catch (error) {
      this.error = error.message;
    }
  }

  filter(status) {
    this.status = status;
    this.load();
  }

  get shown() {
    const words = this.search.trim().toLowerCase();
    return (this.experiments ?? []).filter((experiment) => !words
      || `${experiment.key} ${experiment.story_name ?? ''} ${experiment.full_slug ?? ''}`.toLowerCase().includes(words));
  }

  render() {
    if (this.selected) {
      const { engine = '', correction = '', prior = '' } = this.method ?? {};
      return html`<duet-experiment-results .spaceId=${this.spaceId} .experimentKey=${this.selected}
        .engine=${engine} .correction=${correction} .prior=${prior}></duet-experiment-results>`;
    }
    return html`
      <header class="page-header">
        <div><h1>Experiments</h1>
          <p class="muted">A/B tests of blocks on your pages. To start one, open a page and choose “Test a variant” on a block.</p></div>
        <div class="actions"><button type="button" class="secondary refresh-experiments" @click=${() => this.load()}>Refresh</button></div>
      </header>
      <div class="toolbar">
        <label>Status
          <select class="experiment-filter" @change=${(event) => this.filter(event.target.value)}>
            ${Object.entries(FILTERS).map(([value, words]) => html`<option value=${value} ?selected=${value === this.status}>${words}</option>`)}
          </select>
        </label>
        <label class="search">Find a test
          <input type="search" placeholder="Test or page name" .value=${this.search} @input=${(event) => { this.search = event.target.value; }}>
        </label>
      </div>
      ${this.error ? html`<p class="form-error" role="alert">${this.error} <button class="link" @click=${() => this.load()}>Try again</button></p>` : ''}
      ${this.experiments === null && !this.error ? html`<p class="muted" aria-busy="true">Loading…</p>` : this.renderList()}`;
  }

  renderList() {
    const shown = this.shown;
    if (!shown.length) {
      return html`
        <section class="empty-state experiments-empty">
          <h2>${this.experiments?.length ? 'No test matches' : 'No tests yet'}</h2>
          <p>${this.experiments?.length ? 'Try another status or search.'
            : 'Open a page, choose “Test a variant” on one of its blocks, change the copy and start the test.'}</p>
        </section>`;
    }
    return html`
      <table class="table experiments">
        <thead><tr><th>Test</th><th>Page</th><th>In the draft</th><th>On the site</th><th class="number">Visitors</th><th>Started</th></tr></thead>
        <tbody>
          ${shown.map((experiment) => html`
            <tr data-key=${experiment.key}>
              <td><a class="experiment-open" href="/admin/spaces/${this.spaceId}/experiments?experiment=${encodeURIComponent(experiment.key)}">${experiment.key}</a>
                <div class="muted">${(experiment.variants ?? []).map((variant) => variant.name).join(' / ')}</div></td>
              <td><a href="/admin/spaces/${this.spaceId}/stories/${experiment.story_id}">${experiment.story_name ?? experiment.full_slug}</a>
                <div class="muted">/${experiment.full_slug ?? ''}</div></td>
              <td>${statusBadge(experiment.status, 'experiment-status', 'Ended')}</td>
              <td>${statusBadge(experiment.live_status, 'experiment-live-status')}</td>
              <td class="number experiment-units">${Number(experiment.units ?? 0).toLocaleString()}${experiment.planned_units
                ? html` <span class="muted">of ${Number(experiment.planned_units).toLocaleString()}</span>` : ''}</td>
              <td>${experiment.started_at ? html`<time datetime=${experiment.started_at} title=${new Date(experiment.started_at).toLocaleString()}>${relativeTime(experiment.started_at)}</time>`
                : html`<span class="muted">Not yet</span>`}</td>
            </tr>`)}
        </tbody>
      </table>`;
  }
}

customElements.define('duet-experiments', DuetExperiments);
