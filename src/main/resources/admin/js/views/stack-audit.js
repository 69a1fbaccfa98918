// <duet-stack-audit>: the stack audit as cards (overlapping tools, unused seats, renewals and due reminders, spend per
// team and category) and the decision per tool with who took it and why. Sums are per currency, never converted.
import { html, nothing } from 'lit';
import { DuetElement } from '../element.js';
import { session } from '../session.js';
import { toast, toastError } from '../ui/toast.js';
import { CATEGORIES, TEAMS, VERDICTS, day, money, stackApi } from './stack-api.js';
import { decide } from './stack-dialogs.js';

class DuetStackAudit extends DuetElement {
  static properties = {
    audit: { state: true },
    withinDays: { state: true },
  };

  constructor() {
    super();
    this.audit = null;
    this.withinDays = 60;
  }

  connectedCallback() {
    super.connectedCallback();
    this.load();
  }

  async load() {
    try {
      this.audit = await stackApi.audit(this.withinDays);
    } catch (error) {
      toastError(error);
    }
  }

  async decideOn(line) {
    const decision = await decide({ id: line.tool_id, name: line.name, decision: line.decision });
    if (!decision) return;
    toast(`Decision on ${line.name} recorded: ${VERDICTS[decision.decision]}.`, { kind: 'success' });
    this.load();
  }

  render() {
    const audit = this.audit;
    if (!audit) return html`<p class="muted">Loading…</p>`;
    const unused = audit.tools.filter((line) => line.unused_seats > 0 || line.over_deployed)
      .sort((a, b) => Number(b.unused_seats_annual_cost ?? 0) - Number(a.unused_seats_annual_cost ?? 0));
    return html`
      <p class="muted">As of ${day(audit.as_of)}. Amounts stay in each tool's currency: Duet does not convert between currencies.</p>
      <div class="stack-cards">
        <section class="card stack-overlaps" aria-labelledby="stack-overlaps-title">
          <h2 id="stack-overlaps-title">Overlapping tools</h2>
          ${audit.overlaps.length === 0 ? html`<p class="muted">No category has more than one tool.</p>` : html`
            <ul>${audit.overlaps.map((overlap) => html`
              <li class="stack-overlap" data-category=${overlap.category}><strong>${CATEGORIES[overlap.category]}</strong>:
                ${overlap.tools.map((tool) => tool.name).join(', ')}
                <small class="muted">(${overlap.annual_cost.map((total) => money(total.annual_cost, total.currency)).join(' + ')} a year)</small></li>`)}</ul>`}
        </section>
        <section class="card stack-unused" aria-labelledby="stack-unused-title">
          <h2 id="stack-unused-title">Unused seats</h2>
          ${unused.length === 0 ? html`<p class="muted">Every paid seat is in use.</p>` : html`
            <ul>${unused.map((line) => html`
              <li class="stack-unused-tool"><strong>${line.name}</strong>:
                ${line.over_deployed ? html`<span class="badge badge-changed">${line.seats_active} in use, only ${line.seats_paid} paid</span>`
                  : html`${line.unused_seats} of ${line.seats_paid} seats unused, ${money(line.unused_seats_annual_cost, line.currency)} a year`}
                ${line.cost_per_active_seat ? html`<small class="muted">· ${money(line.cost_per_active_seat, line.currency)} per seat in use</small>` : nothing}</li>`)}</ul>`}
        </section>
        <section class="card stack-renewals" aria-labelledby="stack-renewals-title">
          <h2 id="stack-renewals-title">Renewals in the next
            <select class="stack-within" aria-label="Days ahead" @change=${(event) => { this.withinDays = Number(event.target.value); this.load(); }}>
              ${[30, 60, 90, 180, 365].map((days) => html`<option value=${days} ?selected=${days === this.withinDays}>${days}</option>`)}
            </select> days</h2>
          ${audit.renewals.length === 0 ? html`<p class="muted">Nothing renews in this time.</p>` : html`
            <ul>${audit.renewals.map((renewal) => this.renderRenewal(renewal))}</ul>`}
          ${audit.due_reminders.length ? html`
            <h3>Reminders due</h3>
            <ul class="stack-reminders">${audit.due_reminders.map((renewal) => html`
              <li><strong>${renewal.name}</strong> renews ${day(renewal.renewal_date)}${renewal.cancel_by ? html`, cancel by ${day(renewal.cancel_by)}` : nothing}</li>`)}</ul>` : nothing}
        </section>
        <section class="card stack-totals" aria-labelledby="stack-totals-title">
          <h2 id="stack-totals-title">Spend per year</h2>
          ${this.renderTotals('All tools', audit.totals, () => '')}
          ${this.renderTotals('By team', audit.totals_by_team, (group) => TEAMS[group])}
          ${this.renderTotals('By category', audit.totals_by_category, (group) => CATEGORIES[group])}
        </section>
      </div>
      ${this.renderDecisions(audit)}`;
  }

  renderRenewal(renewal) {
    const late = renewal.days_to_cancel !== null && renewal.days_to_cancel < 0;
    return html`
      <li class="stack-renewal"><strong>${renewal.name}</strong> renews ${day(renewal.renewal_date)}
        (in ${renewal.days_left} ${renewal.days_left === 1 ? 'day' : 'days'}), ${money(renewal.annual_cost, renewal.currency)} a year
        ${renewal.cancel_by ? html`<br><small class=${late ? 'stack-late' : 'muted'}>${late ? 'Notice period passed on' : 'Cancel by'} ${day(renewal.cancel_by)}</small>` : nothing}
        ${renewal.reminder_due ? html`<span class="badge badge-changed">Reminder due</span>` : nothing}</li>`;
  }

  renderTotals(title, totals, label) {
    if (!totals.length) return nothing;
    return html`
      <h3>${title}</h3>
      <table class="table stack-totals-table">
        <tbody>${totals.map((total) => html`
          <tr><td>${label(total.group)}</td><td class="number">${money(total.annual_cost, total.currency)}</td>
            <td class="number muted">${money(total.monthly_cost, total.currency)} a month</td></tr>`)}</tbody>
      </table>`;
  }

  renderDecisions(audit) {
    const canWrite = session.may('stack:write');
    return html`
      <section class="card stack-decisions" aria-labelledby="stack-decisions-title">
        <h2 id="stack-decisions-title">Decisions</h2>
        <table class="table">
          <thead><tr><th>Tool</th><th class="number">Per year</th><th>Decision</th><th>Why</th><th>Decided by</th>${canWrite ? html`<th></th>` : nothing}</tr></thead>
          <tbody>${audit.tools.map((line) => html`
            <tr class="stack-decision" data-tool=${line.tool_id}>
              <td>${line.name}</td><td class="number">${money(line.annual_cost, line.currency)}</td>
              <td class="decision">${line.decision ? VERDICTS[line.decision.decision] : html`<span class="muted">Not decided</span>`}</td>
              <td>${line.decision?.rationale ?? ''}</td>
              <td>${line.decision ? html`${line.decision.decided_by}<br><small class="muted">${day(line.decision.decided_at.slice(0, 10))}</small>` : ''}</td>
              ${canWrite ? html`<td><button class="secondary decide-tool" @click=${() => this.decideOn(line)}>Decide<span class="visually-hidden"> on ${line.name}</span></button></td>` : nothing}
            </tr>`)}</tbody>
        </table>
      </section>`;
  }
}

customElements.define('duet-stack-audit', DuetStackAudit);
