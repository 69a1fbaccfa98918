// <duet-goals>: the team's objectives for a quarter with their key results — progress bars in band colours, owning
// team badges, each key result's value against its target, where the value comes from and whether it is stale —
// and the writes: new objective, add key result (with its driver), check in, delete.
import { html, nothing } from 'lit';
import { DuetElement } from '../element.js';
import { session } from '../session.js';
import { toast, toastError } from '../ui/toast.js';
import { confirmDialog } from '../ui/dialog.js';
import {
  BAND_LABELS, DIRECTION_LABELS, DRIVER_LABELS, INSIGHTS_LABELS, TEAM_LABELS, WINDOW_LABELS, formatValue, goalsApi,
  percent, quarterOf, quartersAround,
} from './goals-api.js';
import { checkInDialog, keyResultDialog, objectiveDialog } from './goals-dialogs.js';

const DRIVER_ICONS = { manual: '✎', insights: '📈', operational: '⚙' };

class DuetGoals extends DuetElement {
  static properties = {
    spaceId: {},
    period: {},
    objectives: { state: true },
    people: { state: true },
  };

  constructor() {
    super();
    this.people = [];
  }

  willUpdate(changed) {
    if (changed.has('period') && !this.period) this.period = quarterOf();
    if (changed.has('spaceId') || changed.has('period')) this.load();
  }

  async load() {
    try {
      const [objectives, people] = await Promise.all([goalsApi.objectives(this.period === 'all' ? '' : this.period),
        this.people.length ? this.people : goalsApi.people()]);
      this.objectives = objectives;
      this.people = people;
    } catch (error) {
      toastError(error);
    }
  }

  personName(id) {
    return this.people.find((person) => person.id === id)?.name ?? null;
  }

  async createObjective() {
    const body = await objectiveDialog(this.people, this.period === 'all' ? quarterOf() : this.period);
    if (!body) return;
    try {
      const objective = await goalsApi.createObjective(body);
      toast(`Objective “${objective.title}” created. Add key results to measure it.`, { kind: 'success' });
      await this.load();
    } catch (error) {
      toastError(error);
    }
  }

  async addKeyResult(objective) {
    let context;
    try {
      const [metrics, stories, experiments] = await Promise.all([goalsApi.metrics(),
        this.spaceId && this.spaceId !== 'none' ? goalsApi.stories(this.spaceId) : [],
        this.spaceId && this.spaceId !== 'none' ? goalsApi.experiments(this.spaceId).catch(() => []) : []]);
      context = { spaceId: this.spaceId, people: this.people, metrics, stories, experiments };
    } catch (error) {
      toastError(error);
      return;
    }
    const body = await keyResultDialog(context);
    if (!body) return;
    try {
      const keyResult = await goalsApi.addKeyResult(objective.id, body);
      const scored = keyResult.score === null ? 'it has no value yet'
        : `it scores ${percent(keyResult.score)} (${BAND_LABELS[keyResult.band].toLowerCase()})`;
      toast(`Key result “${keyResult.title}” added: ${scored}.`, { kind: 'success' });
      await this.load();
    } catch (error) {
      toastError(error);
    }
  }

  async checkIn(keyResult) {
    const body = await checkInDialog(keyResult);
    if (!body) return;
    try {
      const updated = await goalsApi.checkIn(keyResult.id, body);
      toast(updated.reached_at && !keyResult.reached_at ? `Target reached: “${updated.title}”. 🎉`
        : `Checked in: ${formatValue(updated.current_value, updated)}.`, { kind: 'success' });
      await this.load();
    } catch (error) {
      toastError(error);
    }
  }

  async removeKeyResult(keyResult) {
    if (!await confirmDialog('Delete key result?', `Delete “${keyResult.title}” and its check-ins?`, { okLabel: 'Delete', danger: true })) return;
    try {
      await goalsApi.removeKeyResult(keyResult.id);
      await this.load();
    } catch (error) {
      toastError(error);
    }
  }

  async removeObjective(objective) {
    if (!await confirmDialog('Delete objective?', `Delete “${objective.title}” with its ${objective.key_results.length} key results?`,
      { okLabel: 'Delete', danger: true })) return;
    try {
      await goalsApi.removeObjective(objective.id);
      await this.load();
    } catch (error) {
      toastError(error);
    }
  }

  choosePeriod(event) {
    this.period = event.target.value;
  }

  render() {
    const canWrite = session.may('goal:write');
    const quarter = this.period === 'all' ? quarterOf() : this.period;
    return html`
      <header class="page-header">
        <h1>Goals</h1>
        <label class="goals-period">Quarter
          <select @change=${(event) => this.choosePeriod(event)} class="goals-period-choice">
            ${quartersAround(quarter).map((q) => html`<option ?selected=${q === this.period}>${q}</option>`)}
            <option value="all" ?selected=${this.period === 'all'}>All periods</option>
          </select></label>
        ${canWrite ? html`<button class="primary new-objective" @click=${() => this.createObjective()}>New objective</button>` : nothing}
      </header>
      <p class="muted">Objectives marketing and IT share, measured by key results. Scores run from 0 to 100 %:
        up to 30 % is off track, 40–60 % progressing, 70 % and more on track.</p>
      ${this.objectives === undefined ? html`<p class="muted">Loading…</p>`
        : this.objectives.length === 0 ? html`<section class="empty-state"><h2>No objectives for ${this.period}</h2>
            <p>Set an objective, then add key results that measure it — checked in by hand or fed live by Insights and Duet.</p></section>`
        : this.objectives.map((objective) => this.renderObjective(objective, canWrite))}`;
  }

  renderObjective(objective, canWrite) {
    const owner = this.personName(objective.owner_user_id);
    const parent = this.objectives.find((candidate) => candidate.id === objective.parent_id);
    return html`
      <section class="objective" data-objective=${objective.id}>
        <header class="objective-header">
          <div>
            <h2 class="objective-title">${objective.title}</h2>
            <p class="muted">${objective.period.label ?? `${objective.period.start} – ${objective.period.end}`}
              ${owner ? html` · Owner ${owner}` : nothing}${parent ? html` · Part of “${parent.title}”` : nothing}
              ${objective.status !== 'active' ? html` · <span class="badge">${objective.status}</span>` : nothing}</p>
            ${objective.description ? html`<p>${objective.description}</p>` : nothing}
          </div>
          ${this.renderProgress(objective.progress, objective.band, 'objective-progress')}
        </header>
        ${objective.key_results.length === 0 ? html`<p class="muted">No key results yet.</p>` : html`
          <table class="table key-results">
            <thead><tr><th>Key result</th><th>Team</th><th>Now</th><th>Target</th><th>Score</th><th><span class="visually-hidden">Actions</span></th></tr></thead>
            <tbody>${objective.key_results.map((keyResult) => this.renderKeyResult(keyResult, canWrite))}</tbody>
          </table>`}
        ${canWrite ? html`
          <footer class="objective-actions">
            <button class="secondary add-key-result" @click=${() => this.addKeyResult(objective)}>Add key result</button>
            <button class="link danger remove-objective" @click=${() => this.removeObjective(objective)}>Delete objective</button>
          </footer>` : nothing}
      </section>`;
  }

  renderProgress(score, band, className) {
    if (score === null || score === undefined) return html`<span class=${`${className} muted`}>No score yet</span>`;
    return html`
      <span class=${`${className} band-${band}`}>
        <span class="goal-bar" role="progressbar" aria-valuemin="0" aria-valuemax="100" aria-valuenow=${Math.round(score * 100)}
          aria-label=${BAND_LABELS[band]}><span style=${`width: ${Math.round(score * 100)}%`}></span></span>
        <span class="goal-score">${percent(score)}</span> <span class="goal-band">${BAND_LABELS[band]}</span>
      </span>`;
  }

  renderKeyResult(keyResult, canWrite) {
    const owner = this.personName(keyResult.owner_user_id);
    return html`
      <tr class="key-result" data-key-result=${keyResult.id}>
        <td>
          <span class="driver-icon" role="img" aria-label=${DRIVER_LABELS[keyResult.driver.kind]}
            title=${this.driverText(keyResult.driver)}>${DRIVER_ICONS[keyResult.driver.kind]}</span>
          <span class="key-result-title">${keyResult.title}</span>
          ${owner ? html`<span class="muted"> · ${owner}</span>` : nothing}
          ${keyResult.stale ? html`<span class="badge stale-warning" title="The value may be out of date">${this.staleText(keyResult)}</span>` : nothing}
          ${keyResult.reached_at ? html`<span class="badge badge-published">Reached</span>` : nothing}
          <div class="muted driver-text">${this.driverText(keyResult.driver)}</div>
        </td>
        <td><span class=${`badge team-badge team-${keyResult.owner_team}`}>${TEAM_LABELS[keyResult.owner_team]}</span></td>
        <td class="number current-value">${formatValue(keyResult.current_value, keyResult)}</td>
        <td class="number">${DIRECTION_LABELS[keyResult.direction].toLowerCase()} ${formatValue(keyResult.target_value, keyResult)}</td>
        <td class="key-result-score">${this.renderProgress(keyResult.score, keyResult.band, 'kr-progress')}</td>
        <td class="key-result-actions"><span class="row-actions">
          ${canWrite && keyResult.driver.kind === 'manual'
            ? html`<button class="secondary check-in" @click=${() => this.checkIn(keyResult)}>Check in</button>` : nothing}
          ${canWrite ? html`<button class="link danger remove-key-result" aria-label=${`Delete ${keyResult.title}`}
            @click=${() => this.removeKeyResult(keyResult)}>Delete</button>` : nothing}
        </span></td>
      </tr>`;
  }

  staleText(keyResult) {
    if (keyResult.driver.kind === 'manual') return `No check-in for ${keyResult.driver.stale_after_days} days`;
    return 'No data right now';
  }

  driverText(driver) {
    if (driver.kind === 'manual') return 'Checked in by hand';
    if (driver.kind === 'operational') return `Duet metric: ${driver.metric.replaceAll('_', ' ')}`;
    const what = driver.metric === 'experiment_goal'
      ? `goal “${driver.goal}” of variant ${driver.variation} in experiment ${driver.experiment_key}`
      : `${INSIGHTS_LABELS[driver.metric].toLowerCase()} of ${driver.story_id ? `story ${driver.story_id}` : 'the space'}`;
    return `Insights: ${what}, ${WINDOW_LABELS[driver.window].toLowerCase()}`;
  }
}

customElements.define('duet-goals', DuetGoals);
