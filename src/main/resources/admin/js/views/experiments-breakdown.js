// <duet-experiment-breakdown>: one test's first goal per audience slice (segment, channel, locale or device at each
// visitor's first exposure), for "does it win for everyone, or only for some?". Loaded when a dimension is chosen;
// reads GET /api/spaces/{id}/experiments/{key}/results/breakdown. Slices are compared one by one unless a correction
// is chosen on the results, so the table says that a slice's win is a lead to test, not a decision.
import { html } from 'lit';
import { DuetElement } from '../element.js';
import { metricLabel } from '../editor/experiment-model.js';
import { experimentsApi } from './experiments-api.js';
import { number, percent, signed } from './experiments-format.js';

const DIMENSIONS = [['segment', 'Segment'], ['channel', 'Channel'], ['locale', 'Locale'], ['device', 'Device']];

class DuetExperimentBreakdown extends DuetElement {
  static properties = {
    spaceId: {},
    experimentKey: {},
    method: { type: Object },
    names: { type: Array },
    dimension: { state: true },
    breakdown: { state: true },
    error: { state: true },
  };

  constructor() {
    super();
    this.dimension = '';
    this.names = [];
  }

  willUpdate(changed) {
    // the results screen hands over a new method object on every render: only a different method means new numbers
    const methodChanged = changed.has('method') && JSON.stringify(changed.get('method')) !== JSON.stringify(this.method);
    if ((methodChanged || changed.has('experimentKey')) && this.dimension) this.load();
  }

  async choose(dimension) {
    this.dimension = dimension;
    this.breakdown = null;
    if (dimension) await this.load();
  }

  async load() {
    this.error = '';
    try {
      this.breakdown = await experimentsApi.breakdown(this.spaceId, this.experimentKey, this.dimension, this.method);
    } catch (error) {
      this.error = error.message;
    }
  }

  render() {
    return html`
      <section class="card experiment-breakdown">
        <h2>By audience <small class="muted">does it win for everyone?</small></h2>
        <label>Break down by
          <select class="breakdown-dimension" @change=${(event) => this.choose(event.target.value)}>
            <option value="" ?selected=${!this.dimension}>Choose…</option>
            ${DIMENSIONS.map(([value, label]) => html`<option value=${value} ?selected=${this.dimension === value}>${label}</option>`)}
          </select>
        </label>
        ${this.error ? html`<p class="form-error" role="alert">${this.error}</p>` : ''}
        ${this.dimension && !this.breakdown && !this.error ? html`<p class="muted" aria-busy="true">Loading…</p>` : ''}
        ${this.breakdown ? this.renderTable(this.breakdown) : ''}
      </section>`;
  }

  renderTable(breakdown) {
    const slices = breakdown.slices ?? [];
    if (!slices.length) return html`<p class="muted">No visitor has been exposed yet.</p>`;
    const goal = slices[0].goals?.[0];
    if (!goal) return html`<p class="muted">This test has no goal yet.</p>`;
    const variations = (goal.variations ?? []).map((row) => Number(row.variation));
    const challengers = variations.filter((variation) => variation !== 0);
    const frequentist = breakdown.engine === 'frequentist' || breakdown.engine === 'sequential';
    const name = (variation) => this.names[variation] ?? `Variant ${variation}`;
    return html`
      <p class="muted">${metricLabel(goal)} per ${breakdown.dimension}. ${breakdown.note}</p>
      <table class="table breakdown-table">
        <thead><tr><th>${DIMENSIONS.find(([value]) => value === breakdown.dimension)?.[1] ?? breakdown.dimension}</th>
          <th class="number">Visitors</th>
          ${variations.map((variation) => html`<th class="number">${name(variation)}</th>`)}
          ${challengers.map((variation) => html`<th class="number">${name(variation)} vs control</th>`)}</tr></thead>
        <tbody>
          ${slices.map((slice) => {
            const metric = slice.goals?.[0] ?? {};
            const rows = new Map((metric.variations ?? []).map((row) => [Number(row.variation), row]));
            const comparisons = new Map((metric.comparisons ?? []).map((comparison) => [Number(comparison.variation), comparison]));
            return html`
              <tr data-value=${slice.value} class=${slice.sample_ratio?.flagged ? 'srm-flagged' : ''}>
                <th scope="row">${slice.value || html`<span class="muted">(not said)</span>`}</th>
                <td class="number units">${Number(slice.units).toLocaleString()}</td>
                ${variations.map((variation) => html`<td class="number mean">${percent(number(rows.get(variation)?.mean), 1)}</td>`)}
                ${challengers.map((variation) => {
                  const comparison = comparisons.get(variation);
                  const lift = number(comparison?.lift);
                  if (!Number.isFinite(lift)) return html`<td class="number lift muted">not enough data</td>`;
                  const evidence = !frequentist ? `${percent(number(comparison.chance_to_win), 0)} to win`
                    : comparison.p_value_adjusted != null ? `adjusted p = ${number(comparison.p_value_adjusted).toPrecision(2)}`
                      : `p = ${number(comparison.p_value).toPrecision(2)}`;
                  return html`<td class="number lift">${signed(lift)} <small class="muted">${evidence}</small></td>`;
                })}
              </tr>`;
          })}
        </tbody>
      </table>`;
  }
}

customElements.define('duet-experiment-breakdown', DuetExperimentBreakdown);
