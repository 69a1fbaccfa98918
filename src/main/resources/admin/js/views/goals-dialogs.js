// The Goals screen's dialogs: a new objective, a new key result with its driver (a check-in by hand, a live Insights
// metric of the space, a story or an experiment variant, or one of Duet's own metrics), and a check-in.
import { html, nothing } from 'lit';
import { DuetElement } from '../element.js';
import { openDialog } from '../ui/dialog.js';
import {
  DIRECTION_LABELS, DRIVER_LABELS, INSIGHTS_LABELS, TEAM_LABELS, WINDOW_LABELS, quarterOf, quartersAround,
} from './goals-api.js';

const blank = (value) => value === undefined || value === null || String(value).trim() === '';
const number = (value) => (blank(value) ? undefined : Number(value));

export async function objectiveDialog(people, quarter) {
  const values = await openDialog({
    title: 'New objective',
    okLabel: 'Create objective',
    content: html`
      <label>Objective <input name="title" required maxlength="200" placeholder="Make the website our best salesperson"></label>
      <label>Why it matters <small>optional</small><textarea name="description" rows="3" maxlength="5000"></textarea></label>
      <label>Quarter
        <select name="period">${quartersAround(quarter ?? quarterOf()).map((q) => html`<option ?selected=${q === quarter}>${q}</option>`)}</select>
      </label>
      <label>Owner <select name="owner_user_id"><option value="">Nobody yet</option>
        ${people.map((person) => html`<option value=${person.id}>${person.name}</option>`)}</select></label>`,
    validate: (form) => (blank(form.title) ? 'Say what the objective is.' : null),
  });
  if (!values) return null;
  return { title: values.title.trim(), description: values.description ?? '', period: values.period,
    owner_user_id: number(values.owner_user_id) ?? null };
}

export async function checkInDialog(keyResult) {
  const values = await openDialog({
    title: `Check in: ${keyResult.title}`,
    okLabel: 'Check in',
    content: html`
      ${keyResult.type === 'boolean'
        ? html`<label>Done? <select name="value"><option value="0">Not yet</option><option value="1">Yes</option></select></label>`
        : html`<label>Value now <input name="value" type="number" step="any" required class="check-in-value"
            .value=${keyResult.current_value ?? ''}></label>`}
      <label>How confident are you of reaching the target?
        <select name="confidence"><option value="">Not sure</option><option value="high">High</option>
          <option value="medium">Medium</option><option value="low">Low</option></select></label>
      <label>Comment <small>optional</small><textarea name="comment" rows="3" maxlength="5000"
        placeholder="What moved it, what blocks it"></textarea></label>`,
    validate: (form) => (blank(form.value) ? 'Enter the value now.' : null),
  });
  if (!values) return null;
  return { value: Number(values.value), confidence: values.confidence || null, comment: values.comment ?? '' };
}

export async function keyResultDialog(context) {
  const values = await openDialog({
    title: 'Add key result',
    okLabel: 'Add key result',
    content: html`<duet-key-result-form .context=${context}></duet-key-result-form>`,
    validate: (form) => {
      if (blank(form.title)) return 'Name the key result.';
      if (form.type !== 'boolean' && blank(form.target_value)) return 'Set the target value.';
      if (form.kind === 'insights' && form.metric_insights === 'experiment_goal' && blank(form.experiment_key)) {
        return 'Choose the experiment.';
      }
      return null;
    },
  });
  return values ? keyResultBody(values) : null;
}

/** The form's values as the API takes a key result. */
export function keyResultBody(values) {
  const driver = { kind: values.kind };
  if (values.kind === 'manual') driver.stale_after_days = number(values.stale_after_days);
  if (values.kind === 'operational') driver.metric = values.metric_operational;
  if (values.kind === 'insights') {
    driver.space_id = Number(values.space_id);
    driver.metric = values.metric_insights;
    driver.window = values.window;
    if (driver.metric === 'experiment_goal') {
      driver.experiment_key = values.experiment_key;
      driver.variation = number(values.variation) ?? 0;
      driver.goal = values.goal;
    } else if (!blank(values.story_id)) {
      driver.story_id = Number(values.story_id);
    }
  }
  return {
    title: values.title.trim(), owner_team: values.owner_team, owner_user_id: number(values.owner_user_id) ?? null,
    type: values.type, currency: values.type === 'currency' ? (values.currency ?? '').trim().toUpperCase() : undefined,
    start_value: number(values.start_value) ?? 0, target_value: number(values.target_value),
    direction: values.direction, weight: number(values.weight) ?? 1, driver,
  };
}

/** The fields of a key result; which driver fields show depends on the chosen driver. */
class DuetKeyResultForm extends DuetElement {
  static properties = {
    context: {},
    kind: { state: true },
    type: { state: true },
    liveMetric: { state: true },
    experimentKey: { state: true },
  };

  constructor() {
    super();
    this.kind = 'manual';
    this.type = 'number';
    this.liveMetric = 'conversion_rate';
    this.experimentKey = '';
  }

  render() {
    const { people = [] } = this.context ?? {};
    return html`
      <label>Key result <input name="title" required maxlength="200" placeholder="Pricing page converts at 4 %"></label>
      <div class="form-row">
        <label>Owning team <select name="owner_team" class="kr-team">
          ${Object.entries(TEAM_LABELS).map(([id, label]) => html`<option value=${id}>${label}</option>`)}</select></label>
        <label>Owner <select name="owner_user_id"><option value="">Nobody yet</option>
          ${people.map((person) => html`<option value=${person.id}>${person.name}</option>`)}</select></label>
      </div>
      <fieldset class="kr-driver">
        <legend>Where the value comes from</legend>
        <div class="driver-choice">${Object.entries(DRIVER_LABELS).map(([id, label]) => html`
          <label class="inline"><input type="radio" name="kind" value=${id} class=${`driver-${id}`} ?checked=${this.kind === id}
            @change=${() => { this.kind = id; }}> ${label}</label>`)}</div>
        ${this.renderDriver()}
      </fieldset>
      <div class="form-row">
        <label>Type <select name="type" class="kr-type" @change=${(event) => { this.type = event.target.value; }}>
          <option value="number">Number</option><option value="percent">Percent</option>
          <option value="currency">Money</option><option value="boolean">Yes / no</option></select></label>
        ${this.type === 'currency' ? html`<label>Currency <input name="currency" maxlength="3" placeholder="EUR" required></label>` : nothing}
        <label>Direction <select name="direction" class="kr-direction">
          ${Object.entries(DIRECTION_LABELS).map(([id, label]) => html`<option value=${id}>${label}</option>`)}</select></label>
      </div>
      ${this.type === 'boolean' ? nothing : html`
        <div class="form-row">
          <label>Start value <input name="start_value" type="number" step="any" value="0" class="kr-start"></label>
          <label>Target value <input name="target_value" type="number" step="any" required class="kr-target"></label>
          <label>Weight <input name="weight" type="number" step="any" min="0.1" value="1"></label>
        </div>`}`;
  }

  renderDriver() {
    const { spaceId, metrics = {}, stories = [], experiments = [] } = this.context ?? {};
    if (this.kind === 'manual') {
      return html`<label>Remind when nobody checked in for
        <input name="stale_after_days" type="number" min="1" max="365" value="7"> days</label>`;
    }
    if (this.kind === 'operational') {
      return html`<label>Duet metric <select name="metric_operational" class="kr-operational-metric">
        ${(metrics.operational ?? []).map((metric) => html`<option value=${metric.id}>${metric.label}
          ${metric.current_value === null ? '(no data yet)' : `(now ${Math.round(metric.current_value * 100) / 100} ${metric.unit})`}</option>`)}
        </select></label>`;
    }
    const experiment = experiments.find((candidate) => candidate.key === this.experimentKey);
    return html`
      <input type="hidden" name="space_id" value=${spaceId}>
      <label>Metric <select name="metric_insights" class="kr-insights-metric" @change=${(event) => { this.liveMetric = event.target.value; }}>
        ${Object.entries(INSIGHTS_LABELS).map(([id, label]) => html`<option value=${id} ?selected=${id === this.liveMetric}>${label}</option>`)}
      </select></label>
      ${this.liveMetric === 'experiment_goal' ? html`
        <label>Experiment <select name="experiment_key" class="kr-experiment" @change=${(event) => { this.experimentKey = event.target.value; }}>
          <option value="">Choose…</option>
          ${experiments.map((candidate) => html`<option value=${candidate.key}>${candidate.key} (${candidate.story_name})</option>`)}
        </select></label>
        ${experiment ? html`
          <label>Variant <select name="variation">
            ${experiment.variants.map((variant) => html`<option value=${variant.variation}>${variant.name}</option>`)}</select></label>
          <label>Goal <select name="goal">
            ${experiment.goals.map((goal) => html`<option value=${goal.name}>${goal.name}</option>`)}</select></label>` : nothing}`
      : html`
        <label>Of <select name="story_id" class="kr-story"><option value="">The whole space</option>
          ${stories.filter((story) => !story.is_folder).map((story) => html`<option value=${story.id}>${story.name}</option>`)}
        </select></label>`}
      <label>Over <select name="window">
        ${Object.entries(WINDOW_LABELS).map(([id, label]) => html`<option value=${id} ?selected=${id === 'last_28_days'}>${label}</option>`)}
      </select></label>`;
  }
}

customElements.define('duet-key-result-form', DuetKeyResultForm);
