// <duet-metric-list>: the goals (or guardrails) of an experiment as a list a marketer edits: what counts (a conversion
// event, clicks on the tested block, or a value summed per visitor), the event's name (with the names already used in
// the space offered) and an optional label. Emits `metrics-changed` (detail: the new list). With `name` set it also
// keeps a hidden input of that name holding the list as JSON, so it can stand in a plain dialog form.
import { html } from 'lit';
import { DuetElement } from '../element.js';
import { get } from '../api.js';
import { METRIC_TYPES, metricProblem } from './experiment-model.js';

let counter = 0;
const seenNames = new Map();

/**
 * The event names the space's experiments already measure (from GET /api/spaces/{id}/experiments), to offer as
 * suggestions; nothing when that cannot be read. Read once per space and page load.
 */
export function knownEventNames(spaceId) {
  const key = String(spaceId);
  if (!seenNames.has(key)) {
    seenNames.set(key, get(`/api/spaces/${spaceId}/experiments`).then((answer) => {
      const names = new Set(['signup']);
      for (const experiment of answer?.experiments ?? []) {
        for (const metric of [...(experiment.goals ?? []), ...(experiment.guardrails ?? [])]) if (metric?.event) names.add(metric.event);
      }
      return [...names].sort();
    }).catch(() => ['signup']));
  }
  return seenNames.get(key);
}

class DuetMetricList extends DuetElement {
  static properties = {
    metrics: { attribute: false },
    spaceId: {},
    kind: {},
    name: {},
    readonly: { type: Boolean },
    eventNames: { state: true },
  };

  constructor() {
    super();
    this.metrics = [];
    this.kind = 'goal';
    this.eventNames = [];
    this.listId = `metric-events-${++counter}`;
  }

  willUpdate(changed) {
    if (changed.has('spaceId') && this.spaceId) knownEventNames(this.spaceId).then((names) => { this.eventNames = names; });
  }

  get noun() {
    return this.kind === 'guardrail' ? 'guardrail' : 'goal';
  }

  commit(metrics) {
    this.metrics = metrics;
    this.emit('metrics-changed', metrics);
  }

  change(index, changes) {
    const metrics = [...this.metrics];
    metrics[index] = { ...metrics[index], ...changes };
    if (changes.type === 'custom') metrics[index].aggregation = 'sum';
    else if (changes.type) metrics[index].aggregation = 'any';
    this.commit(metrics);
  }

  add() {
    this.commit([...this.metrics, { type: 'conversion', event: '', aggregation: 'any' }]);
    this.updateComplete.then(() => [...this.querySelectorAll('.metric select')].pop()?.focus());
  }

  remove(index) {
    this.commit(this.metrics.filter((_, i) => i !== index));
    this.updateComplete.then(() => this.querySelector('.add-metric')?.focus());
  }

  render() {
    const metrics = this.metrics ?? [];
    return html`
      ${this.name ? html`<input type="hidden" name=${this.name} .value=${JSON.stringify(metrics)}>` : ''}
      <datalist id=${this.listId}>${this.eventNames.map((event) => html`<option value=${event}></option>`)}</datalist>
      ${metrics.length ? '' : html`<p class="muted metric-none">${this.kind === 'guardrail'
        ? 'No guardrails: add one to watch a number that must not get worse (for example unsubscribes).'
        : 'No goal yet: a test needs one to decide which variant wins.'}</p>`}
      <ol class="metric-list">
        ${metrics.map((metric, index) => this.renderMetric(metric, index))}
      </ol>
      ${this.readonly ? '' : html`
        <button type="button" class="secondary add-metric" @click=${() => this.add()}>+ Add a ${this.noun}</button>`}`;
  }

  renderMetric(metric, index) {
    const id = `${this.listId}-${index}`;
    const problem = metricProblem(metric);
    return html`
      <li class="metric" data-index=${index}>
        <label>What counts
          <select class="metric-type" ?disabled=${this.readonly} @change=${(event) => this.change(index, { type: event.target.value })}>
            ${Object.entries(METRIC_TYPES).map(([type, words]) => html`
              <option value=${type} ?selected=${(metric.type ?? 'conversion') === type}>${words}</option>`)}
          </select>
        </label>
        ${metric.type === 'click' ? html`<p class="muted metric-hint">Any click inside the tested block, in every variant.</p>` : html`
          <label>Event name
            <input class="metric-event" list=${this.listId} .value=${metric.event ?? ''} ?readonly=${this.readonly}
                   placeholder=${metric.type === 'custom' ? 'purchase' : 'signup'} aria-describedby=${problem ? `${id}-problem` : ''}
                   aria-invalid=${problem ? 'true' : 'false'}
                   @input=${(event) => this.change(index, { event: event.target.value })}>
            <small>As your site sends it${metric.type === 'custom' ? ', with a value' : ''}.</small>
            ${problem ? html`<span class="field-error" id="${id}-problem">${problem}</span>` : ''}
          </label>`}
        <label>Label <small>optional, shown in the results</small>
          <input class="metric-name" .value=${metric.name ?? ''} ?readonly=${this.readonly}
                 @input=${(event) => this.change(index, { name: event.target.value })}>
        </label>
        <label class="checkbox">
          <input type="checkbox" class="metric-lower-is-better" .checked=${!!metric.lower_is_better} ?disabled=${this.readonly}
                 @change=${(event) => this.change(index, { lower_is_better: event.target.checked || undefined })}>
          Lower is better <small>for numbers that should go down, such as refunds</small>
        </label>
        ${this.readonly ? '' : html`
          <button type="button" class="link danger remove-metric" aria-label="Remove ${this.noun} ${index + 1}"
                  @click=${() => this.remove(index)}>Remove</button>`}
      </li>`;
  }
}

customElements.define('duet-metric-list', DuetMetricList);
