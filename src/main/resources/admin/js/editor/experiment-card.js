// <duet-experiment-card>: the body of an experiment block's card wherever blocks are listed. It shows the test's
// name and status, its variants as tabs (each edited with the normal block form), the split of visitors, the goals
// and guardrails, the planned sample, Start / Stop, "End test: keep …" and which variant the live preview shows.
// Every change is announced as `experiment-changed` (detail: the new block: the experiment, or the variant kept when
// the test ends); the block list puts it in the draft, which is saved with the editor's normal Save.
import { html } from 'lit';
import { DuetElement } from '../element.js';
import { confirmDialog } from '../ui/dialog.js';
import { toast } from '../ui/toast.js';
import { sentence } from '../fields/field-base.js';
import '../fields/form.js';
import './experiment-metrics.js';
import {
  KEY_PATTERN, addVariant, analysisOf, coveragePercent, duplicateVariant, metricProblem, removeVariant, renameVariant,
  replaceVariant, shapeMetric, variantNames, weightPercents, withAnalysis, withCoverage, withWeight,
} from './experiment-model.js';
import { previewChoice, setPreviewChoice } from './experiment-preview.js';

export const STATUS_WORDS = { draft: 'Not started', running: 'Running', stopped: 'Stopped' };
export const STATUS_TONES = { draft: 'draft', running: 'published', stopped: 'changed' };

let counter = 0;

const SETTINGS = { key: 'Test name', status: 'Status', variants: 'Variants', variant_names: 'Variant names', weights: 'Split',
  coverage: 'Visitors in the test', planned_units: 'Planned visitors', goals: 'Goal', guardrails: 'Guardrail', analysis: 'Analysis',
  hash_version: 'Hash version', namespace: 'Namespace', seed: 'Seed' };

/** "goals[0].event" → "Goal 1, event"; "weights" → "Split". */
function settingName(path) {
  const [, name, index, rest] = /^([a-z_]+)(?:\[(\d+)\])?(?:\.(.*))?$/.exec(path) ?? [];
  if (!name) return path;
  return [SETTINGS[name] ?? name, index !== undefined ? ` ${Number(index) + 1}` : '', rest ? `, ${rest.replace(/_/g, ' ')}` : ''].join('');
}

class DuetExperimentCard extends DuetElement {
  static properties = {
    experiment: { attribute: false },
    schema: { attribute: false },
    spaceId: {},
    path: {},
    problems: { attribute: false },
    readonly: { type: Boolean },
  };

  constructor() {
    super();
    this.problems = {};
    this.cardId = `experiment-${++counter}`;
    this.onPreviewChosen = (event) => {
      if (event.detail?.uid === this.experiment?._uid) this.requestUpdate();
    };
  }

  connectedCallback() {
    super.connectedCallback();
    window.addEventListener('duet:experiment-preview', this.onPreviewChosen);
  }

  disconnectedCallback() {
    super.disconnectedCallback();
    window.removeEventListener('duet:experiment-preview', this.onPreviewChosen);
  }

  /** The open tab is the variant the preview shows, so the form and the site always agree. */
  get tab() {
    return previewChoice(this.experiment?._uid);
  }

  get variants() {
    return this.experiment?.variants ?? [];
  }

  get status() {
    return this.experiment?.status ?? 'draft';
  }

  change(experiment) {
    this.emit('experiment-changed', experiment);
  }

  showTab(index, { focus = false } = {}) {
    setPreviewChoice(this.experiment._uid, index);
    if (focus) this.updateComplete.then(() => this.querySelector(`#${this.cardId}-tab-${index}`)?.focus());
  }

  onTabKey(event) {
    const count = this.variants.length;
    const moves = { ArrowRight: 1, ArrowLeft: -1 };
    let next = null;
    if (event.key in moves) next = (this.tab + moves[event.key] + count) % count;
    else if (event.key === 'Home') next = 0;
    else if (event.key === 'End') next = count - 1;
    if (next === null) return;
    event.preventDefault();
    this.showTab(next, { focus: true });
  }

  addVariant() {
    this.change(addVariant(this.experiment));
    this.showTab(this.variants.length, { focus: true });
  }

  duplicate(index) {
    this.change(duplicateVariant(this.experiment, index));
    this.showTab(this.variants.length, { focus: true });
  }

  async remove(index) {
    const name = variantNames(this.experiment)[index];
    if (!await confirmDialog(`Remove “${name}”?`, 'Its content is deleted from the test. The visitors are shared again equally among the other variants.',
      { okLabel: 'Remove variant', danger: true })) return;
    this.change(removeVariant(this.experiment, index));
    this.showTab(0, { focus: true });
  }

  start() {
    const goals = this.experiment.goals ?? [];
    if (!goals.length || goals.some(metricProblem)) {
      toast('Add a complete goal before starting: it decides which variant wins.', { kind: 'error' });
      this.querySelector('.experiment-goals .add-metric, .experiment-goals input')?.focus();
      return;
    }
    this.change({ ...this.experiment, status: 'running' });
    toast('The test will start once you save and publish the page.', { kind: 'info' });
  }

  stop() {
    this.change({ ...this.experiment, status: 'stopped' });
    toast('The test will stop once you save and publish the page: everyone then sees the control.', { kind: 'info' });
  }

  async end() {
    const select = this.querySelector('.keep-variant');
    const index = Number(select?.value ?? 0);
    const name = variantNames(this.experiment)[index];
    if (!await confirmDialog(`End the test and keep “${name}”?`,
      `The test is replaced by “${name}” in this draft; the other variants are removed. Save and publish to show it to everyone.`,
      { okLabel: `Keep “${name}”` })) return;
    this.emit('experiment-changed', this.variants[index]);
  }

  setMetrics(kind, metrics) {
    this.change({ ...this.experiment, [kind]: metrics.map((metric) => shapeMetric(metric, this.experiment._uid)) });
  }

  setPlanned(text) {
    const number = Math.round(Number(text));
    const next = { ...this.experiment };
    if (text === '' || !(number > 0)) delete next.planned_units;
    else next.planned_units = number;
    this.change(next);
  }

  /** The server's problems about the experiment itself (not inside a variant), e.g. "body[0].weights", in words. */
  ownProblems() {
    const prefix = `${this.path}.`;
    return Object.entries(this.problems ?? {})
      .filter(([path]) => path === this.path || (path.startsWith(prefix) && !/^variants\[\d+\]\./.test(path.slice(prefix.length))))
      .flatMap(([path, messages]) => messages.map((message) => {
        const where = path === this.path ? '' : settingName(path.slice(prefix.length));
        return where ? `${where}: ${message}` : message;
      }));
  }

  /** The first variant with a problem inside it, or -1. */
  variantWithProblems() {
    const prefix = `${this.path}.variants[`;
    const indexes = Object.keys(this.problems ?? {}).filter((path) => path.startsWith(prefix))
      .map((path) => Number.parseInt(path.slice(prefix.length), 10)).filter(Number.isInteger);
    return indexes.length ? Math.min(...indexes) : -1;
  }

  willUpdate(changed) {
    // the server found a problem inside a variant: show that variant, so the field with the problem is on screen
    if (changed.has('problems') && this.experiment) {
      const index = this.variantWithProblems();
      const open = this.tab;
      if (index >= 0 && !Object.keys(this.problems).some((path) => path.startsWith(`${this.path}.variants[${open}].`))) {
        setPreviewChoice(this.experiment._uid, index);
      }
    }
  }

  render() {
    const experiment = this.experiment;
    if (!experiment) return '';
    const names = variantNames(experiment);
    const active = Math.min(this.tab, this.variants.length - 1);
    const problems = this.ownProblems();
    return html`
      <div class="experiment-card" data-key=${experiment.key ?? ''}>
        ${problems.length ? html`<ul class="field-error experiment-problems" role="alert">${problems.map((problem) => html`<li>${sentence(problem)}</li>`)}</ul>` : ''}
        ${this.renderSummary(names)}
        <div class="tabs experiment-tabs">
        <div class="variant-tablist" role="tablist" aria-label="Variants of ${experiment.key}" @keydown=${(event) => this.onTabKey(event)}>
          ${names.map((name, index) => html`
            <button type="button" role="tab" id="${this.cardId}-tab-${index}" aria-controls="${this.cardId}-panel-${index}"
                    class="variant-tab" data-variation=${index}
                    aria-selected=${index === active ? 'true' : 'false'} tabindex=${index === active ? '0' : '-1'}
                    @click=${() => this.showTab(index)}>${name} <small>${weightPercents(experiment)[index]}%</small></button>`)}
        </div>
          ${this.readonly ? '' : html`<button type="button" class="link add-variant" @click=${() => this.addVariant()}>+ Add a variant</button>`}
        </div>
        ${this.renderVariant(active, names)}
        ${this.renderSplit(names)}
        <fieldset class="experiment-goals">
          <legend>Goals <small>what decides which variant wins</small></legend>
          <duet-metric-list kind="goal" .spaceId=${this.spaceId} .metrics=${experiment.goals ?? []} .readonly=${this.readonly}
                            @metrics-changed=${(event) => { event.stopPropagation(); this.setMetrics('goals', event.detail); }}></duet-metric-list>
        </fieldset>
        <fieldset class="experiment-guardrails">
          <legend>Guardrails <small>numbers that must not get worse</small></legend>
          <duet-metric-list kind="guardrail" .spaceId=${this.spaceId} .metrics=${experiment.guardrails ?? []} .readonly=${this.readonly}
                            @metrics-changed=${(event) => { event.stopPropagation(); this.setMetrics('guardrails', event.detail); }}></duet-metric-list>
        </fieldset>
        ${this.renderAnalysis()}
        ${this.renderDecision(names)}
      </div>`;
  }

  /** How the results will be read, chosen before the data come in so nobody picks the method that flatters a variant. */
  renderAnalysis() {
    const analysis = analysisOf(this.experiment);
    const set = (change) => this.change(withAnalysis(this.experiment, change));
    return html`
      <fieldset class="experiment-analysis">
        <legend>Analysis <small>how the results will be read: decide before the data come in</small></legend>
        <div class="split-inputs">
          <label>Method
            <select class="analysis-engine" ?disabled=${this.readonly} @change=${(event) => set({ engine: event.target.value })}>
              <option value="bayesian" ?selected=${analysis.engine === 'bayesian'}>Bayesian (chance to win)</option>
              <option value="frequentist" ?selected=${analysis.engine === 'frequentist'}>Frequentist (p-value, once the planned visitors are in)</option>
              <option value="sequential" ?selected=${analysis.engine === 'sequential'}>Sequential (p-value, check any time)</option>
            </select>
          </label>
          ${analysis.engine === 'bayesian' ? html`
            <label>Prior
              <select class="analysis-prior" ?disabled=${this.readonly} @change=${(event) => set({ prior: event.target.value })}>
                <option value="" ?selected=${!analysis.prior}>Flat (the data alone)</option>
                <option value="0.3" ?selected=${analysis.prior === '0.3'}>Cautious (lifts near 0 ± 30%)</option>
                ${analysis.prior && analysis.prior !== '0.3' ? html`<option value=${analysis.prior} selected>± ${Math.round(Number(analysis.prior) * 100)}%</option>` : ''}
              </select>
            </label>` : html`
            <label>Correction <small>for several goals or variants</small>
              <select class="analysis-correction" ?disabled=${this.readonly} @change=${(event) => set({ correction: event.target.value })}>
                <option value="" ?selected=${!analysis.correction}>None</option>
                <option value="holm" ?selected=${analysis.correction === 'holm'}>Holm–Bonferroni (no false winner)</option>
                <option value="bh" ?selected=${analysis.correction === 'bh'}>Benjamini–Hochberg (few false winners)</option>
              </select>
            </label>`}
        </div>
      </fieldset>`;
  }

  renderSummary(names) {
    const experiment = this.experiment;
    const status = this.status;
    const keyEditable = !this.readonly && status === 'draft';
    const keyValid = KEY_PATTERN.test(experiment.key ?? '');
    return html`
      <div class="experiment-summary">
        <label class="experiment-key">Test name
          <input .value=${experiment.key ?? ''} ?readonly=${!keyEditable} maxlength="64" aria-invalid=${keyValid ? 'false' : 'true'}
                 title=${keyEditable ? '' : 'A started test keeps its name, so its results stay together.'}
                 @change=${(event) => this.change({ ...experiment, key: event.target.value.trim() })}>
          ${keyValid ? '' : html`<span class="field-error">Use lowercase letters, digits, - and _.</span>`}
        </label>
        <span class="badge badge-${STATUS_TONES[status] ?? 'draft'} experiment-status" data-status=${status}>${STATUS_WORDS[status] ?? status}</span>
        <label class="preview-choice">Preview shows
          <select class="preview-variant" .value=${String(this.tab)} @change=${(event) => this.showTab(Number(event.target.value))}>
            ${names.map((name, index) => html`<option value=${index} ?selected=${previewChoice(experiment._uid) === index}>${name}</option>`)}
          </select>
        </label>
        ${experiment.key ? html`
          <a class="experiment-results-link" href="/admin/spaces/${this.spaceId}/experiments?experiment=${encodeURIComponent(experiment.key)}">See results</a>` : ''}
        ${this.readonly ? '' : html`
          <span class="actions experiment-actions">
            ${status !== 'running' ? html`<button type="button" class="primary start-experiment" @click=${() => this.start()}>
              ${status === 'stopped' ? 'Restart' : 'Start'}</button>` : ''}
            ${status === 'running' ? html`<button type="button" class="secondary stop-experiment" @click=${() => this.stop()}>Stop</button>` : ''}
          </span>`}
      </div>
      ${status === 'running' ? html`<p class="muted experiment-note">Visitors are split between the variants once this page is published.
        Changing a running test’s content or split makes its results harder to trust.</p>` : ''}`;
  }

  renderVariant(index, names) {
    const variant = this.variants[index];
    const path = `${this.path}.variants[${index}]`;
    return html`
      <div role="tabpanel" class="variant-panel" id="${this.cardId}-panel-${index}" aria-labelledby="${this.cardId}-tab-${index}" data-variation=${index}>
        <div class="variant-tools">
          <label>Variant name
            <input class="variant-name" .value=${names[index]} ?readonly=${this.readonly} maxlength="80"
                   @change=${(event) => this.change(renameVariant(this.experiment, index, event.target.value.trim()))}>
          </label>
          ${index === 0 ? html`<small class="muted">The control: what visitors saw before the test.</small>` : ''}
          ${this.readonly ? '' : html`
            <span class="actions">
              <button type="button" class="secondary duplicate-variant" @click=${() => this.duplicate(index)}>Duplicate</button>
              <button type="button" class="link danger remove-variant" ?disabled=${this.variants.length <= 2}
                      title=${this.variants.length <= 2 ? 'A test needs at least two variants.' : ''}
                      @click=${() => this.remove(index)}>Remove</button>
            </span>`}
        </div>
        <duet-blok-form .blok=${variant} .schema=${this.schema} .spaceId=${this.spaceId} .path=${path}
                        .problems=${this.problems ?? {}} .readonly=${this.readonly}
                        @blok-changed=${(event) => { event.stopPropagation(); this.change(replaceVariant(this.experiment, index, event.detail)); }}></duet-blok-form>
      </div>`;
  }

  renderSplit(names) {
    const experiment = this.experiment;
    const percents = weightPercents(experiment);
    return html`
      <fieldset class="experiment-split">
        <legend>Who sees what <small>the shares always add up to 100%</small></legend>
        <div class="split-inputs">
          ${names.map((name, index) => html`
            <label>${name} (%)
              <input type="number" class="variant-weight" data-variation=${index} min="0" max="100" step="0.1" .value=${String(percents[index])}
                     ?readonly=${this.readonly} @change=${(event) => this.change(withWeight(experiment, index, event.target.value))}>
            </label>`)}
          <label>Visitors in the test (%)
            <input type="number" class="experiment-coverage" min="0" max="100" step="0.1" .value=${String(coveragePercent(experiment))}
                   ?readonly=${this.readonly} @change=${(event) => this.change(withCoverage(experiment, event.target.value))}>
          </label>
          <label>Planned visitors <small>optional: when the results are due</small>
            <input type="number" class="planned-units" min="1" step="1" .value=${experiment.planned_units ? String(experiment.planned_units) : ''}
                   ?readonly=${this.readonly} @change=${(event) => this.setPlanned(event.target.value)}>
          </label>
        </div>
      </fieldset>`;
  }

  renderDecision(names) {
    if (this.readonly) return '';
    return html`
      <div class="experiment-end">
        <label>End test: keep
          <select class="keep-variant">${names.map((name, index) => html`<option value=${index}>${name}</option>`)}</select>
        </label>
        <button type="button" class="secondary end-experiment" @click=${() => this.end()}>End test</button>
        <small class="muted">Replaces the test by the variant you keep, in this draft.</small>
      </div>`;
  }
}

customElements.define('duet-experiment-card', DuetExperimentCard);
