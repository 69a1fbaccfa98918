// <duet-experiment-results>: one test's results for a marketer: visitors and conversions per variant, each
// variant's lift over the control with its interval drawn as a bar around zero, the chance to win and the risk, the
// sample-ratio warning, progress toward the planned visitors, the guardrails and the suggested decision; and, for
// those who may edit stories, "Ship the winner" and "Stop". Reads GET /api/spaces/{id}/experiments/{key}/results.
import { html, svg } from 'lit';
import { DuetElement } from '../element.js';
import { session } from '../session.js';
import { navigate } from '../router.js';
import { toast, toastError } from '../ui/toast.js';
import { confirmDialog, openDialog } from '../ui/dialog.js';
import { metricLabel } from '../editor/experiment-model.js';
import { experimentsApi } from './experiments-api.js';
import { STATUS_TONES, STATUS_WORDS } from '../editor/experiment-card.js';
import './experiments-breakdown.js';
import { number, percent, signed } from './experiments-format.js';

/** A test's status as a badge ("Not published" when the site has no version of it). */
export function statusBadge(status, className = 'experiment-status', missing = 'Not live') {
  if (!status) return html`<span class="muted ${className}" data-status="">${missing}</span>`;
  return html`<span class="badge badge-${STATUS_TONES[status] ?? 'draft'} ${className}" data-status=${status}>${STATUS_WORDS[status] ?? status}</span>`;
}

const count = (value) => (Number.isFinite(Number(value)) ? Number(value).toLocaleString() : '–');
const capitalised = (text) => String(text ?? '').charAt(0).toUpperCase() + String(text ?? '').slice(1);

/** A comparison's relative lift and its interval as numbers (NaN where the engine gave none): {lift, low, high}. */
export function liftOf(comparison) {
  return { lift: number(comparison?.lift), low: number(comparison?.lift_lower), high: number(comparison?.lift_upper) };
}

/**
 * The interval as a bar on an axis centred on zero: green when all of it is on the better side (above zero, or below
 * for a metric where lower is better), red when all of it is on the worse side.
 */
export function liftBar({ lift, low, high }, scale, lowerIsBetter = false) {
  const width = 220;
  const height = 26;
  const x = (value) => width / 2 + (Math.max(-scale, Math.min(scale, value)) / scale) * (width / 2 - 6);
  const above = low > 0;
  const below = high < 0;
  const tone = (lowerIsBetter ? below : above) ? 'better' : (lowerIsBetter ? above : below) ? 'worse' : 'unclear';
  const words = Number.isFinite(low) && Number.isFinite(high)
    ? `Lift ${signed(lift)}, likely between ${signed(low)} and ${signed(high)}` : `Lift ${signed(lift)}`;
  return html`
    <svg class="lift-bar lift-${tone}" viewBox="0 0 ${width} ${height}" width=${width} height=${height} role="img" aria-label=${words}>
      ${svg`<line class="lift-axis" x1="0" x2=${width} y1=${height / 2} y2=${height / 2}></line>
        <line class="lift-zero" x1=${width / 2} x2=${width / 2} y1="2" y2=${height - 2}></line>
        ${Number.isFinite(low) && Number.isFinite(high)
          ? svg`<rect class="lift-interval" x=${x(low)} y="7" width=${Math.max(2, x(high) - x(low))} height=${height - 14} rx="3"></rect>` : ''}
        ${Number.isFinite(lift) ? svg`<circle class="lift-point" cx=${x(lift)} cy=${height / 2} r="4"></circle>` : ''}`}
    </svg>`;
}

class DuetExperimentResults extends DuetElement {
  static properties = {
    spaceId: {},
    experimentKey: {},
    results: { state: true },
    experiment: { state: true },
    engine: {},
    correction: {},
    prior: {},
    error: { state: true },
    busy: { state: true },
  };

  constructor() {
    super();
    this.engine = '';
    this.correction = '';
    this.prior = '';
  }

  willUpdate(changed) {
    if (['spaceId', 'experimentKey', 'engine', 'correction', 'prior'].some((name) => changed.has(name))) this.load();
  }

  async load() {
    this.error = '';
    try {
      const [experiment, results] = await Promise.all([
        experimentsApi.get(this.spaceId, this.experimentKey), experimentsApi.results(this.spaceId, this.experimentKey, this.method)]);
      this.experiment = experiment;
      this.results = results;
    } catch (error) {
      this.error = error.status === 404 ? `There is no test called “${this.experimentKey}” in this space (any more).` : error.message;
    }
  }

  /**
   * The method the address asks for; none means the test's planned analysis (the server reads it with that). A
   * correction goes with p-values only, a prior with the Bayesian engine only.
   */
  get method() {
    if (!this.engine && !this.prior) return {};
    if (!this.engine || this.engine === 'bayesian') return { engine: 'bayesian', prior_sd: this.prior };
    return { engine: this.engine, correction: this.correction };
  }

  /** What the numbers on screen were computed with: {engine, correction ('' for none), prior ('' for flat)}. */
  get shown() {
    const results = this.results ?? {};
    return { engine: results.engine ?? 'bayesian', correction: results.correction && results.correction !== 'none' ? results.correction : '',
      prior: results.prior ? String(results.prior.sd) : '' };
  }

  setEngine(engine) {
    this.choose(engine === 'bayesian' ? { engine, prior: this.shown.prior } : { engine, correction: this.shown.correction });
  }

  setCorrection(correction) {
    this.choose({ engine: this.shown.engine, correction });
  }

  setPrior(prior) {
    this.choose({ engine: 'bayesian', prior });
  }

  /** Puts the chosen method in the address (the screen then shows its results), so a shared link shows the same. */
  choose(method) {
    const search = new URLSearchParams({ experiment: this.experimentKey, ...method });
    for (const [key, value] of [...search]) if (!value) search.delete(key);
    navigate(`/admin/spaces/${this.spaceId}/experiments?${search}`, { replace: true });
  }

  get names() {
    return (this.experiment?.variants ?? []).map((variant, index) => variant.name ?? this.variations[index]?.name ?? `Variant ${index}`);
  }

  /** Per variation {variation, name, units, share, planned_share}. */
  get variations() {
    return this.results?.variations ?? [];
  }

  /** Goal or guardrail results: [{name, type, event, aggregation, variations, comparisons}]. */
  metrics(role) {
    return (role === 'goal' ? this.results?.goals : this.results?.guardrails) ?? [];
  }

  get decision() {
    return this.results?.decision ?? null;
  }

  /** The variation the decision suggests shipping, else the one most likely to win (or with the best lift on) the first goal. */
  get suggestedWinner() {
    if (Number.isInteger(this.decision?.variation)) return this.decision.variation;
    const comparisons = this.metrics('goal')[0]?.comparisons ?? [];
    const score = (comparison) => number(comparison.chance_to_win ?? comparison.lift);
    const best = [...comparisons].filter((comparison) => Number.isFinite(score(comparison))).sort((a, b) => score(b) - score(a))[0];
    return best ? best.variation : 1;
  }

  async ship() {
    const names = this.names;
    const winner = this.suggestedWinner;
    const values = await openDialog({
      title: 'Ship the winner',
      okLabel: 'Ship',
      content: html`
        <p>The page gets a new draft in which this test is replaced by the variant you choose. It goes through the
          normal review and publishing, so nothing changes on the site until the page is published.</p>
        <label>Keep
          <select name="variation" class="ship-variation">
            ${names.map((name, index) => html`<option value=${index} ?selected=${index === winner}>${name}</option>`)}
          </select>
        </label>`,
    });
    if (!values) return;
    const variation = Number(values.variation);
    this.busy = 'Shipping…';
    try {
      await experimentsApi.ship(this.spaceId, this.experiment, variation);
      toast(`“${names[variation]}” shipped to the page’s draft.`, { kind: 'success' });
      if (await confirmDialog('Open the page?', `Review the new draft of “${this.experiment.story_name}” and publish it to show “${names[variation]}” to everyone.`,
        { okLabel: 'Open the page' })) {
        navigate(`/admin/spaces/${this.spaceId}/stories/${this.experiment.story_id}`);
        return;
      }
      await this.load();
    } catch (error) {
      toastError(error);
    } finally {
      this.busy = '';
    }
  }

  async stop() {
    if (!await confirmDialog('Stop the test?', 'The page’s draft gets the test stopped: once it is published, everyone sees the control and no more visitors are counted.',
      { okLabel: 'Stop the test', danger: true })) return;
    this.busy = 'Stopping…';
    try {
      await experimentsApi.setStatus(this.spaceId, this.experiment, 'stopped');
      toast('Test stopped in the page’s draft. Publish the page to stop it on the site.', { kind: 'success' });
      await this.load();
    } catch (error) {
      toastError(error);
    } finally {
      this.busy = '';
    }
  }

  render() {
    const back = html`<nav class="breadcrumb" aria-label="Back"><a href="/admin/spaces/${this.spaceId}/experiments">← Experiments</a></nav>`;
    if (this.error) return html`${back}<p class="form-error" role="alert">${this.error} <button class="link" @click=${() => this.load()}>Try again</button></p>`;
    if (!this.results || !this.experiment) return html`${back}<p class="muted" aria-busy="true">Loading the results…</p>`;
    const experiment = this.experiment;
    // once shipped (or removed) the draft no longer holds the test: there is nothing left to stop or ship
    const canAct = session.may('story:write') && !!experiment.status;
    return html`
      <header class="page-header">
        <div>${back}<h1 class="experiment-title">${experiment.key}</h1>
          <p class="muted">On <a href="/admin/spaces/${this.spaceId}/stories/${experiment.story_id}">${experiment.story_name ?? experiment.full_slug}</a>
            · draft: ${statusBadge(experiment.status, 'experiment-status', 'ended')} · site: ${statusBadge(experiment.live_status, 'experiment-live-status')}
            ${this.busy ? html` · <span role="status">${this.busy}</span>` : ''}</p></div>
        <div class="actions">
          ${this.renderMethod()}
          <button type="button" class="secondary refresh-results" @click=${() => this.load()}>Refresh</button>
          ${canAct && experiment.status === 'running' ? html`
            <button type="button" class="secondary stop-test" ?disabled=${!!this.busy} @click=${() => this.stop()}>Stop</button>` : ''}
          ${canAct ? html`
            <button type="button" class="primary ship-winner" ?disabled=${!!this.busy} @click=${() => this.ship()}>Ship the winner</button>` : ''}
        </div>
      </header>
      ${this.renderDecision()}
      ${this.renderSrm()}
      ${this.renderProgress()}
      <section class="card experiment-goals-results">
        <h2>Goals</h2>
        ${this.metrics('goal').length ? this.metrics('goal').map((metric) => this.renderMetric(metric))
          : html`<p class="muted">This test has no goal yet. Add one on the test’s block in the page editor.</p>`}
      </section>
      ${this.metrics('guardrail').length ? html`
        <section class="card experiment-guardrails-results">
          <h2>Guardrails <small class="muted">numbers that must not get worse</small></h2>
          ${this.metrics('guardrail').map((metric) => this.renderMetric(metric, true))}
        </section>` : ''}
      <duet-experiment-breakdown .spaceId=${this.spaceId} .experimentKey=${this.experimentKey} .method=${this.method}
        .names=${this.names}></duet-experiment-breakdown>`;
  }

  /** The method selects show what the numbers were computed with; the test's planned analysis is marked as such. */
  renderMethod() {
    const shown = this.shown;
    const priors = ['0.3', ...(shown.prior && shown.prior !== '0.3' ? [shown.prior] : [])];
    return html`
      <label class="engine-choice">Method
        <select class="engine" @change=${(event) => this.setEngine(event.target.value)}>
          <option value="bayesian" ?selected=${shown.engine === 'bayesian'}>Bayesian (chance to win)</option>
          <option value="frequentist" ?selected=${shown.engine === 'frequentist'}>Frequentist (p-value)</option>
          <option value="sequential" ?selected=${shown.engine === 'sequential'}>Sequential (p-value, check any time)</option>
        </select>
      </label>
      ${shown.engine !== 'bayesian' ? html`
        <label class="correction-choice" title="With several goals, variants or audience slices, some p-values fall under 5 % by chance; a correction keeps chance wins from being shipped">Correction
          <select class="correction" @change=${(event) => this.setCorrection(event.target.value)}>
            <option value="" ?selected=${!shown.correction}>None</option>
            <option value="holm" ?selected=${shown.correction === 'holm'}>Holm–Bonferroni (no false winner)</option>
            <option value="bh" ?selected=${shown.correction === 'bh'}>Benjamini–Hochberg (few false winners)</option>
          </select>
        </label>` : html`
        <label class="prior-choice" title="What to believe before the data: with a cautious prior, a few lucky visitors cannot make a huge lift look certain">Prior
          <select class="prior" @change=${(event) => this.setPrior(event.target.value)}>
            <option value="" ?selected=${!shown.prior}>Flat (the data alone)</option>
            ${priors.map((sd) => html`<option value=${sd} ?selected=${shown.prior === sd}>${sd === '0.3' ? 'Cautious (lifts near 0 ± 30%)' : `Lifts near ${this.results.prior.mean} ± ${Math.round(Number(sd) * 100)}%`}</option>`)}
          </select>
        </label>`}
      ${this.results.planned ? html`<span class="badge badge-published method-planned" title="The method this test planned before its data came in: its decision counts">Planned method</span>`
        : html`<button type="button" class="link method-back-to-plan" title="The decision that counts is the one under the method planned for this test" @click=${() => this.choose({})}>Use the planned method</button>`}
`;
  }

  renderDecision() {
    const decision = this.decision;
    if (!decision) return '';
    const tone = { ship: 'ship', stop: 'stop' }[decision.action] ?? 'wait';
    return html`
      <section class="banner experiment-decision decision-${tone}" role="status" data-action=${decision.action ?? ''}>
        <p><strong>Suggested: ${capitalised(decision.label ?? decision.action ?? '')}.</strong>${decision.reason ? html`<br>${capitalised(decision.reason)}.` : ''}</p>
      </section>`;
  }

  renderSrm() {
    const srm = this.results?.sample_ratio;
    if (!srm?.flagged) return '';
    const p = number(srm.p_value);
    return html`
      <section class="banner banner-error experiment-srm" role="alert">
        <p><strong>Sample ratio mismatch:</strong> the variants got a different share of visitors than planned
          ${Number.isFinite(p) ? html`(p = ${p.toPrecision(2)})` : ''}. Something may assign or count visitors unevenly
          (a redirect, a bot, a tracking bug): do not trust these results until you have found why.</p>
      </section>`;
  }

  renderProgress() {
    const progress = this.results?.progress ?? {};
    const units = number(progress.units ?? this.results?.units);
    const planned = number(progress.planned_units);
    const share = number(progress.share);
    const names = this.names;
    return html`
      <section class="card experiment-progress">
        <h2>Visitors</h2>
        <p class="experiment-total"><strong>${count(units)}</strong> visitors in the test${Number.isFinite(planned)
          ? html` of ${count(planned)} planned${Number.isFinite(share) ? ` (${percent(share, 0)})` : ''}` : ''}.</p>
        ${Number.isFinite(share) ? html`<progress class="experiment-progress-bar" max="1" value=${Math.min(1, share)} aria-label="Progress toward the planned visitors"></progress>` : ''}
        <ul class="variation-units">
          ${this.variations.map((variation) => html`
            <li data-variation=${variation.variation}>${names[variation.variation] ?? variation.name}: <strong class="units">${count(variation.units)}</strong>
              ${Number.isFinite(number(variation.share)) ? html`<small class="muted">${percent(variation.share, 1)} of visitors, ${percent(variation.planned_share, 1)} planned</small>` : ''}</li>`)}
        </ul>
      </section>`;
  }

  renderMetric(metric, guardrail = false) {
    const names = this.names;
    const sum = metric.aggregation === 'sum' || metric.type === 'custom';
    const rows = metric.variations ?? [];
    // what the shown numbers were computed with (a newly chosen method shows once its results are in)
    const frequentist = this.results.engine === 'frequentist' || this.results.engine === 'sequential';
    const corrected = frequentist && !guardrail && this.results.correction && this.results.correction !== 'none';
    const comparisons = new Map((metric.comparisons ?? []).map((comparison) => [Number(comparison.variation), comparison]));
    const lifts = [...comparisons.values()].map(liftOf);
    const scale = Math.max(0.05, ...lifts.flatMap(({ lift, low, high }) => [lift, low, high].filter(Number.isFinite).map(Math.abs))) * 1.15;
    return html`
      <article class="metric-result ${guardrail ? 'guardrail' : 'goal'}" data-metric=${metricLabel(metric)}>
        <h3>${metricLabel(metric)}${metric.lower_is_better ? html` <small class="muted lower-is-better">lower is better</small>` : ''}</h3>
        <table class="table metric-table">
          <thead><tr><th>Variant</th><th class="number">Visitors</th><th class="number">${sum ? 'Total' : 'Conversions'}</th>
            <th class="number">${sum ? 'Per visitor' : 'Rate'}</th><th>Lift vs control <small class="muted">(likely range)</small></th>
            <th class="number">${frequentist ? (corrected ? 'p-value (adjusted)' : 'p-value') : 'Chance to win'}</th>
            <th class="number" title="What you could lose, relative to the control, by shipping this variant if it is in fact worse">Risk</th></tr></thead>
          <tbody>
            ${rows.map((row, index) => {
              const variation = Number(row.variation ?? index);
              const comparison = comparisons.get(variation);
              const lift = comparison ? liftOf(comparison) : null;
              const mean = number(row.mean);
              const chance = number(comparison?.chance_to_win);
              const pValue = number(corrected ? comparison?.p_value_adjusted : comparison?.p_value);
              const risk = number(comparison?.risk);
              return html`
                <tr data-variation=${variation}>
                  <th scope="row">${names[variation] ?? row.name ?? `Variant ${variation}`}</th>
                  <td class="number">${count(row.units)}</td>
                  <td class="number total">${sum ? Number(row.total ?? 0).toLocaleString(undefined, { maximumFractionDigits: 2 }) : count(row.total)}</td>
                  <td class="number">${sum ? (Number.isFinite(mean) ? mean.toLocaleString(undefined, { maximumFractionDigits: 2 }) : '–') : percent(mean, 2)}</td>
                  <td class="lift">${!comparison ? html`<span class="muted">baseline</span>`
                    : !Number.isFinite(lift.lift) ? html`<span class="muted lift-note">${capitalised(comparison.note || 'not enough data yet')}</span>` : html`
                    <span class="lift-number">${signed(lift.lift)}</span>
                    ${Number.isFinite(lift.low) ? html`<small class="muted">${signed(lift.low)} to ${signed(lift.high)}</small>` : ''}
                    ${liftBar(lift, scale, !!metric.lower_is_better)}`}</td>
                  <td class="number chance" title=${corrected && comparison ? `p = ${number(comparison.p_value).toPrecision(2)} before the correction` : ''}>${comparison ? (frequentist && Number.isFinite(pValue) ? pValue.toPrecision(2)
                    : Number.isFinite(chance) ? percent(chance, 1) : Number.isFinite(pValue) ? `p = ${pValue.toPrecision(2)}` : '–') : ''}</td>
                  <td class="number risk">${comparison && Number.isFinite(risk) ? percent(risk, 2) : ''}</td>
                </tr>`;
            })}
          </tbody>
        </table>
      </article>`;
  }
}

customElements.define('duet-experiment-results', DuetExperimentResults);
