// <duet-decisions>: decisions made together by ranked-choice vote. The list; a new draft; one decision opened: its
// options and voters, turnout, opening and closing the vote, the voter's own ballot and, once closed, the result.
import { html, nothing } from 'lit';
import { DuetElement } from '../element.js';
import { session } from '../session.js';
import { navigate } from '../router.js';
import { toast, toastError } from '../ui/toast.js';
import { confirmDialog } from '../ui/dialog.js';
import { decisionsApi, ruleWords, STATUS_LABELS, TEAM_LABELS } from './decisions-api.js';
import './decision-ballot.js';
import './decision-form.js';
import './decision-result.js';

class DuetDecisions extends DuetElement {
  static properties = {
    spaceId: {},
    selected: {},
    decisions: { state: true },
    decision: { state: true },
    ballot: { state: true },
    ranking: { state: true },
    result: { state: true },
    creating: { state: true },
    busy: { state: true },
  };

  willUpdate(changed) {
    if (changed.has('selected') || changed.has('spaceId')) this.load();
  }

  base() {
    return `/admin/spaces/${this.spaceId}/decisions`;
  }

  async load() {
    this.decision = null;
    this.ballot = null;
    this.result = null;
    try {
      if (!this.selected) {
        this.decisions = await decisionsApi.list();
        return;
      }
      const decision = await decisionsApi.get(this.selected);
      if (decision.status === 'closed') this.result = await decisionsApi.result(decision.id);
      if (decision.status === 'open' && this.isVoter(decision)) this.ballot = await decisionsApi.ownBallot(decision.id);
      // one array per load, so re-rendering (e.g. while a vote is sent) never resets a ranking being edited
      this.ranking = this.ballot ? this.ballot.rankings.flat() : [];
      this.decision = decision;
    } catch (error) {
      toastError(error);
    }
  }

  isVoter(decision) {
    return decision.voters.some((voter) => voter.user_id === session.user?.id);
  }

  async act(work, done) {
    this.busy = true;
    try {
      await work();
      toast(done, { kind: 'success' });
      await this.load();
    } catch (error) {
      toastError(error);
    } finally {
      this.busy = false;
    }
  }

  async openVote() {
    const decision = this.decision;
    if (!await confirmDialog('Open the vote?', `Once voting opens, the options, voters and tie-break rule of “${decision.title}” can no longer change.`,
      { okLabel: 'Open the vote' })) return;
    await this.act(() => decisionsApi.open(decision.id), 'Voting is open. Voters can now rank the options.');
  }

  async closeVote() {
    const decision = this.decision;
    const { voters, voted } = decision.turnout;
    if (!await confirmDialog('Close the vote?', `${voted} of ${voters} voters have voted. Closing fixes the ballots and shows the result to everyone.`,
      { okLabel: 'Close the vote' })) return;
    await this.act(() => decisionsApi.close(decision.id), 'Voting is closed. The result is below.');
  }

  async deleteDecision() {
    const decision = this.decision;
    const what = decision.status === 'closed' ? ' Its ballots and result go with it.' : '';
    if (!await confirmDialog('Delete decision?', `Delete “${decision.title}” with its options and voters? This cannot be undone.${what}`,
      { okLabel: 'Delete', danger: true })) return;
    this.busy = true;
    try {
      await decisionsApi.remove(decision.id);
      toast(`Deleted “${decision.title}”.`, { kind: 'success' });
      navigate(this.base());
    } catch (error) {
      toastError(error);
    } finally {
      this.busy = false;
    }
  }

  async vote(ranking) {
    const decision = this.decision;
    await this.act(() => decisionsApi.vote(decision.id, ranking), this.ballot ? 'Your ballot was replaced.' : 'Your ballot was cast.');
  }

  created(decision) {
    this.creating = false;
    toast(`“${decision.title}” was saved as a draft. Open the vote when it is ready.`, { kind: 'success' });
    navigate(`${this.base()}?decision=${decision.id}`);
  }

  render() {
    if (this.selected) return this.renderDecision();
    if (this.creating) return html`<duet-decision-form @created=${(event) => this.created(event.detail)}
      @cancel=${() => { this.creating = false; }}></duet-decision-form>`;
    return this.renderList();
  }

  status(decision) {
    const kind = decision.status === 'open' ? 'badge-changed' : decision.status === 'closed' ? 'badge-published' : 'badge-draft';
    return html`<span class="badge ${kind} decision-status">${STATUS_LABELS[decision.status] ?? decision.status}</span>`;
  }

  renderList() {
    return html`
      <header class="page-header">
        <h1>Decisions</h1>
        ${session.may('decision:manage') ? html`<button class="primary new-decision" @click=${() => { this.creating = true; }}>New decision</button>` : nothing}
      </header>
      <p class="muted">Choose together: marketing and IT rank the options, and an instant-runoff count finds the option a majority can live with.</p>
      ${!this.decisions ? html`<p class="muted">Loading…</p>` : this.decisions.length === 0 ? html`
        <section class="empty-state"><h2>No decisions yet</h2><p>Put a choice to a vote, such as which of two overlapping tools to keep.</p></section>` : html`
        <table class="table decisions-table">
          <thead><tr><th>Decision</th><th>Status</th><th>Turnout</th><th>Created by</th></tr></thead>
          <tbody>${this.decisions.map((decision) => html`
            <tr data-decision=${decision.id}>
              <td><a class="decision-link" href=${`${this.base()}?decision=${decision.id}`}>${decision.title}</a></td>
              <td>${this.status(decision)}</td>
              <td>${decision.turnout.voted} of ${decision.turnout.voters}</td>
              <td>${decision.created_by}</td>
            </tr>`)}</tbody>
        </table>`}`;
  }

  renderDecision() {
    const decision = this.decision;
    if (!decision) return html`<p><a href=${this.base()}>← All decisions</a></p><p class="muted">Loading…</p>`;
    const manage = session.may('decision:manage');
    return html`
      <p><a href=${this.base()}>← All decisions</a></p>
      <header class="page-header">
        <div>
          <h1 class="decision-title">${decision.title} ${this.status(decision)}</h1>
          <p class="decision-question">${decision.question}</p>
        </div>
        <div class="decision-actions">
          ${manage && decision.status === 'draft' ? html`<button class="primary open-vote" ?disabled=${this.busy} @click=${() => this.openVote()}>Open the vote</button>` : nothing}
          ${manage && decision.status === 'open' ? html`<button class="primary close-vote" ?disabled=${this.busy} @click=${() => this.closeVote()}>Close the vote</button>` : nothing}
          ${manage && decision.status !== 'open' ? html`<button class="secondary danger delete-decision" ?disabled=${this.busy} @click=${() => this.deleteDecision()}>Delete</button>` : nothing}
        </div>
      </header>
      ${decision.context ? html`<p class="decision-context">${decision.context}</p>` : nothing}
      ${decision.teams_missing.length ? html`<p class="decision-warning" role="status">No voter from
        ${decision.teams_missing.map((team) => TEAM_LABELS[team]).join(' or ')}: this choice is not made together.</p>` : nothing}
      <div class="decision-columns">
        <section>
          <h2>Options</h2>
          <ol class="decision-options-list">${decision.options.map((option) => html`
            <li>${option.label}${option.description ? html` <small class="muted">— ${option.description}</small>` : nothing}</li>`)}</ol>
          <p class="muted">Ties: ${decision.tie_break.map(ruleWords).join(', then ')}.${decision.closes_at
            ? ` Voting ${decision.status === 'closed' ? 'closed' : 'closes'} ${new Date(decision.closed_at ?? decision.closes_at).toLocaleString()}.` : ''}</p>
        </section>
        <section>
          <h2>Voters</h2>
          <p class="decision-turnout"><strong>${decision.turnout.voted} of ${decision.turnout.voters}</strong> have voted.</p>
          <ul class="decision-voters-list">${decision.voters.map((voter) => html`
            <li data-voter=${voter.user_id}>${voter.has_voted ? html`<span aria-label="has voted">✓</span>` : html`<span aria-label="has not voted">·</span>`}
              ${voter.name} <small class="muted">${voter.teams.map((team) => TEAM_LABELS[team]).join(' & ') || 'no team'}</small></li>`)}</ul>
        </section>
      </div>
      ${decision.status === 'open' && this.isVoter(decision) ? html`
        <duet-decision-ballot .options=${decision.options} .ranking=${this.ranking}
          .castAt=${this.ballot?.cast_at ?? null} .busy=${this.busy} @vote=${(event) => this.vote(event.detail)}></duet-decision-ballot>` : nothing}
      ${decision.status === 'open' && !this.isVoter(decision) ? html`<p class="muted">Ballots and tallies stay secret until the vote closes.</p>` : nothing}
      ${this.result ? html`<duet-decision-result .result=${this.result}></duet-decision-result>` : nothing}`;
  }
}

customElements.define('duet-decisions', DuetDecisions);
