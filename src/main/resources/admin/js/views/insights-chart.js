// The time-series chart of the insights screen: one metric over the period, with the previous period dashed behind
// it for comparison. Drawn by uPlot on a canvas; a visually hidden table gives screen readers the same numbers.
import { html } from 'lit';
import uPlot from 'uplot';
import { DuetElement } from '../element.js';
import { count } from './insights-format.js';

const HEIGHT = 260;

class DuetInsightsChart extends DuetElement {
  static properties = { series: {}, previous: {}, metric: {}, label: {}, granularity: {} };

  constructor() {
    super();
    this.series = [];
    this.previous = [];
    this.plot = null;
    this.resized = new ResizeObserver(() => this.plot?.setSize({ width: this.width(), height: HEIGHT }));
  }

  connectedCallback() {
    super.connectedCallback();
    this.resized.observe(this);
  }

  disconnectedCallback() {
    super.disconnectedCallback();
    this.resized.disconnect();
    this.plot?.destroy();
    this.plot = null;
  }

  width() {
    return Math.max(320, this.clientWidth || 720);
  }

  /** Seconds since the epoch of a bucket ("2026-11-01" or "2026-11-01T05"), as uPlot's time axis wants. */
  static seconds(at) {
    return Date.parse(at.length === 10 ? `${at}T00:00:00Z` : `${at}:00:00Z`) / 1000;
  }

  updated() {
    this.plot?.destroy();
    const host = this.querySelector('.chart-canvas');
    const xs = this.series.map((point) => DuetInsightsChart.seconds(point.at));
    const values = this.series.map((point) => point[this.metric] ?? 0);
    const before = this.series.map((_, index) => this.previous[index]?.[this.metric] ?? null);
    const options = {
      width: this.width(),
      height: HEIGHT,
      scales: { x: { time: true }, y: { range: (_, min, max) => [0, Math.max(1, max * 1.1)] } },
      axes: [{}, { values: (_, ticks) => ticks.map((tick) => count(tick)) }],
      series: [
        { label: this.granularity === 'hour' ? 'Hour' : 'Day' },
        { label: this.label, stroke: '#4f46e5', width: 2, fill: 'rgba(79, 70, 229, 0.08)', value: (_, v) => count(v) },
        { label: 'Previous period', stroke: '#9ca3af', width: 1.5, dash: [6, 4], value: (_, v) => count(v) },
      ],
    };
    this.plot = new uPlot(options, [xs, values, before], host);
  }

  render() {
    return html`
      <div class="chart-canvas" role="img" aria-label="${this.label} per ${this.granularity}, with the previous period for comparison"></div>
      <table class="visually-hidden">
        <caption>${this.label} per ${this.granularity}</caption>
        <thead><tr><th>${this.granularity === 'hour' ? 'Hour' : 'Day'}</th><th>${this.label}</th><th>Previous period</th></tr></thead>
        <tbody>${this.series.map((point, index) => html`
          <tr><td>${point.at}</td><td>${count(point[this.metric])}</td><td>${count(this.previous[index]?.[this.metric])}</td></tr>`)}
        </tbody>
      </table>`;
  }
}

customElements.define('duet-insights-chart', DuetInsightsChart);
