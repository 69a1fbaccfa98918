// The Insights screen, for everyone in the space (viewers too): how content performs in a period against the period
// before — headline numbers, a chart over time, when people come (weekday × hour), the split by channel, segment,
// device or language, and per story (with top movers) or, for one story, per block. Every table downloads as CSV.
import { html } from 'lit';
import { DuetElement } from '../element.js';
import { get, getPage } from '../api.js';
import { toastError } from '../ui/toast.js';
import { DIMENSIONS, PRESETS, browserOffset, count, lastDays, percent, previousWords, reportPath } from './insights-format.js';
import { changeBadge } from './insights-stories.js';
import './insights-chart.js';
import './insights-heatmap.js';
import './insights-tables.js';

const HEADLINES = [
  { key: 'views', label: 'Page views', show: count },
  { key: 'visitors', label: 'Unique visitors', show: count },
  { key: 'clicks', label: 'Clicks', show: count },
  { key: 'conversions', label: 'Conversions', show: count },
  { key: 'conversion_rate', label: 'Conversion rate', show: percent, hint: 'Conversions per unique visitor' },
];

const CHART_METRICS = HEADLINES.filter((headline) => headline.key !== 'conversion_rate');

class DuetInsights extends DuetElement {
  static properties = {
    spaceId: {}, storyId: {},
    preset: { state: true }, from: { state: true }, to: { state: true },
    overview: { state: true }, stories: { state: true }, blocks: { state: true }, timing: { state: true },
    breakdown: { state: true }, by: { state: true }, sort: { state: true }, order: { state: true },
    metric: { state: true }, heatMetric: { state: true }, error: { state: true },
  };

  constructor() {
    super();
    this.preset = '28';
    ({ from: this.from, to: this.to } = lastDays(28));
    this.by = 'channel';
    this.sort = 'views';
    this.order = 'desc';
    this.metric = 'views';
    this.heatMetric = 'views';
    this.error = '';
  }

  willUpdate(changed) {
    if (changed.has('spaceId') || changed.has('storyId')) this.load();
  }

  get params() {
    return { from: this.from, to: this.to, story_id: this.storyId || '' };
  }

  path(report, extra = {}, csv = false) {
    return reportPath(this.spaceId, report, { ...this.params, ...extra }, csv);
  }

  async load() {
    if (!this.spaceId || this.spaceId === 'none') return;
    this.error = '';
    try {
      const [overview, timing] = await Promise.all([
        get(this.path('overview')), get(this.path('timing', { tz: browserOffset() })),
        this.loadBreakdown(), this.storyId ? this.loadBlocks() : this.loadStories()]);
      this.overview = overview;
      this.timing = timing;
    } catch (error) {
      this.error = error.message;
      toastError(error);
    }
  }

  async loadStories() {
    const { body } = await getPage(reportPath(this.spaceId, 'stories',
      { from: this.from, to: this.to, sort: this.sort, order: this.order, per_page: 50 }));
    this.stories = body;
    this.blocks = null;
  }

  async loadBlocks() {
    this.blocks = await get(this.path('blocks'));
    this.stories = null;
  }

  async loadBreakdown() {
    this.breakdown = await get(this.path('breakdown', { by: this.by }));
  }

  choosePreset(value) {
    this.preset = value;
    if (value !== 'custom') {
      ({ from: this.from, to: this.to } = lastDays(Number(value)));
      this.load();
    }
  }

  chooseDates(event) {
    event.preventDefault();
    const form = new FormData(event.target);
    this.from = form.get('from');
    this.to = form.get('to');
    this.load();
  }

  async chooseDimension(by) {
    this.by = by;
    try {
      await this.loadBreakdown();
    } catch (error) {
      toastError(error);
    }
  }

  async resort({ sort, order }) {
    this.sort = sort;
    this.order = order;
    try {
      await this.loadStories();
    } catch (error) {
      toastError(error);
    }
  }

  render() {
    const title = this.storyId ? (this.blocks?.name ?? 'Story') : 'Insights';
    return html`
      <section class="insights-screen">
        <header class="page-header">
          <div>
            ${this.storyId ? html`<nav class="breadcrumb" aria-label="Breadcrumb"><a href="/admin/spaces/${this.spaceId}/insights">Insights</a><span aria-hidden="true">/</span></nav>` : ''}
            <h1>${title}</h1>
            <p class="muted">${this.storyId ? 'How this story and its blocks perform.' : 'How your content performs, for whom, when and from where.'}
              Days are UTC days.</p>
          </div>
          ${this.renderPeriodPicker()}
        </header>
        ${this.error ? html`<p class="form-error" role="alert">${this.error} <button class="link" @click=${() => this.load()}>Try again</button></p>` : ''}
        ${this.overview ? this.renderBody() : (this.error ? '' : html`<p class="muted">Loading…</p>`)}
      </section>`;
  }

  renderPeriodPicker() {
    return html`
      <div class="insights-period">
        <label>Period
          <select name="period" @change=${(event) => this.choosePreset(event.target.value)}>
            ${PRESETS.map((preset) => html`<option value=${preset.days} ?selected=${this.preset === String(preset.days)}>${preset.label}</option>`)}
            <option value="custom" ?selected=${this.preset === 'custom'}>Custom dates…</option>
          </select>
        </label>
        ${this.preset === 'custom' ? html`
          <form class="insights-dates" @submit=${(event) => this.chooseDates(event)}>
            <label>From <input type="date" name="from" required .value=${this.from}></label>
            <label>To <input type="date" name="to" required .value=${this.to}></label>
            <button type="submit" class="secondary">Show</button>
          </form>` : ''}
      </div>`;
  }

  renderBody() {
    const overview = this.overview;
    const versus = previousWords(overview.period);
    return html`
      <ul class="insights-headlines" aria-label="Headline numbers">
        ${HEADLINES.map((headline) => html`
          <li class="headline" data-metric=${headline.key} title=${headline.hint ?? ''}>
            <span class="headline-label">${headline.label}</span>
            <strong class="headline-value">${headline.show(overview.totals[headline.key])}</strong>
            <span class="headline-change">${changeBadge(overview.change[headline.key])}
              <span class="muted">vs ${versus} (${headline.show(overview.previous_totals[headline.key])})</span></span>
          </li>`)}
      </ul>
      <section class="card insights-over-time">
        <div class="card-header">
          <h2>Over time</h2>
          <div class="actions">
            <label>Show <select name="metric" @change=${(event) => { this.metric = event.target.value; }}>
              ${CHART_METRICS.map((metric) => html`<option value=${metric.key} ?selected=${this.metric === metric.key}>${metric.label}</option>`)}
            </select></label>
            <a class="download-csv" href=${this.path('overview', {}, true)} download>Download CSV</a>
          </div>
        </div>
        <duet-insights-chart .series=${overview.series} .previous=${overview.previous_series} .metric=${this.metric}
          .granularity=${overview.granularity} .label=${CHART_METRICS.find((metric) => metric.key === this.metric).label}></duet-insights-chart>
      </section>
      <div class="insights-columns">
        ${this.renderTiming()}
        ${this.renderBreakdown()}
      </div>
      ${this.storyId ? this.renderBlocks() : this.renderStories()}`;
  }

  renderTiming() {
    return html`
      <section class="card insights-timing">
        <div class="card-header">
          <h2>When people come</h2>
          <div class="actions">
            <label>Show <select name="heat-metric" @change=${(event) => { this.heatMetric = event.target.value; }}>
              <option value="views">Page views</option><option value="conversions">Conversions</option>
            </select></label>
            <a class="download-csv" href=${this.path('timing', { tz: browserOffset() }, true)} download>Download CSV</a>
          </div>
        </div>
        <p class="muted">By day of the week and hour, in your time zone (UTC${browserOffset()}). Darker is busier.</p>
        <duet-insights-heatmap .cells=${this.timing?.cells ?? []} .metric=${this.heatMetric}></duet-insights-heatmap>
      </section>`;
  }

  renderBreakdown() {
    return html`
      <section class="card insights-split">
        <div class="card-header">
          <h2>Split by</h2>
          <a class="download-csv" href=${this.path('breakdown', { by: this.by }, true)} download>Download CSV</a>
        </div>
        <div class="segmented" role="group" aria-label="Split by">
          ${DIMENSIONS.map((dimension) => html`
            <button type="button" class="secondary split-by" data-by=${dimension.id} aria-pressed=${this.by === dimension.id ? 'true' : 'false'}
                    @click=${() => this.chooseDimension(dimension.id)}>${dimension.label}</button>`)}
        </div>
        <duet-insights-breakdown .report=${this.breakdown}></duet-insights-breakdown>
        <p class="muted">Visitors are not split: rates here are per page view.</p>
      </section>`;
  }

  renderStories() {
    const base = { from: this.from, to: this.to, sort: this.sort, order: this.order };
    return html`
      <section class="card insights-top-movers">
        <h2>Top movers</h2>
        <p class="muted">The stories whose page views changed most against ${previousWords(this.overview.period)}.</p>
        <duet-insights-movers .spaceId=${this.spaceId} .movers=${this.stories?.top_movers}></duet-insights-movers>
      </section>
      <section class="card insights-content">
        <div class="card-header">
          <h2>Content performance</h2>
          <a class="download-csv" href=${reportPath(this.spaceId, 'stories', base, true)} download>Download CSV</a>
        </div>
        <p class="muted">Select a story to see how its blocks perform.</p>
        <duet-insights-stories .spaceId=${this.spaceId} .report=${this.stories} .sort=${this.sort} .order=${this.order}
          @sort=${(event) => this.resort(event.detail)}></duet-insights-stories>
      </section>`;
  }

  renderBlocks() {
    return html`
      <section class="card insights-story-blocks">
        <div class="card-header">
          <h2>Blocks</h2>
          <a class="download-csv" href=${this.path('blocks', {}, true)} download>Download CSV</a>
        </div>
        <p class="muted">${count(this.blocks?.page_views)} page views in this period. Click rate is clicks per page view.
          <a href="/admin/spaces/${this.spaceId}/stories/${this.storyId}">Open the story</a></p>
        <duet-insights-blocks .report=${this.blocks}></duet-insights-blocks>
      </section>`;
  }
}

customElements.define('duet-insights', DuetInsights);
