// <duet-decision-result>: a closed vote's instant-runoff count, round by round: each continuing option's votes as a
// horizontal bar against the majority line, the exhausted ballots, who was eliminated (and which tie-break rule chose),
// and where their ballots went.
import { html, nothing } from 'lit';
import { DuetElement } from '../element.js';
import { ruleWords } from './decisions-api.js';

const EXHAUSTED_WORDS = { overvote: 'exhausted (two options at one rank)', no_more_rankings: 'exhausted (no further choice)' };

class DuetDecisionResult extends DuetElement {
  static properties = { result: {} };

  label(id) {
    return this.result.options.find((option) => option.id === id)?.label ?? `Option ${id}`;
  }

  render() {
    const result = this.result;
    if (!result) return nothing;
    const count = result.tabulation;
    return html`
      <section class="decision-result" aria-labelledby="result-heading">
        <h2 id="result-heading">Result</h2>
        ${count.winner !== null ? html`
          <p class="decision-winner"><strong>${this.label(count.winner)}</strong> wins in round ${count.winning_round}
            with a majority of the ballots still in play.</p>` : html`
          <p class="decision-winner">No winner: no ballot ranked any option.</p>`}
        <p class="muted">${count.ballots} ${count.ballots === 1 ? 'ballot' : 'ballots'} from ${result.turnout.voted} of
          ${result.turnout.voters} voters. Ties for fewest votes are broken by ${count.tie_break.map(ruleWords).join(', then ')}${
          count.tie_break.includes('random') ? html`; random draws use seed <code class="decision-seed">${count.seed}</code>` : nothing}.</p>
        ${count.rounds.map((round) => this.renderRound(round, count.ballots))}
      </section>`;
  }

  renderRound(round, ballots) {
    const scale = Math.max(1, ballots);
    return html`
      <section class="decision-round" data-round=${round.round}>
        <h3>Round ${round.round}</h3>
        <p class="muted round-facts">Majority: ${round.threshold} of ${round.continuing_ballots} ballots in play.
          Exhausted so far: ${round.exhausted.total}${round.exhausted.total ? ` (${round.exhausted.overvote} overvoted, ${round.exhausted.no_more_rankings} with no further choice)` : ''}.</p>
        <table class="round-bars">
          <thead><tr><th scope="col">Option</th><th scope="col">Votes</th><th scope="col" class="number">Count</th></tr></thead>
          <tbody>
            ${round.tallies.map((tally) => html`
              <tr class=${tally.option_id === round.winner ? 'round-winner' : tally.option_id === round.eliminated ? 'round-eliminated' : ''}
                  data-option=${tally.option_id}>
                <th scope="row">${this.label(tally.option_id)}
                  ${tally.option_id === round.winner ? html`<span class="badge badge-published">Winner</span>` : nothing}
                  ${tally.option_id === round.eliminated ? html`<span class="badge badge-changed">Eliminated</span>` : nothing}</th>
                <td class="bar-cell"><span class="round-bar" style="--share: ${(tally.votes / scale).toFixed(4)}"></span>
                  <span class="majority-line" style="--share: ${(round.threshold / scale).toFixed(4)}" title="Majority"></span></td>
                <td class="number tally-votes">${tally.votes}</td>
              </tr>`)}
          </tbody>
        </table>
        ${round.eliminated !== null ? html`<p class="round-elimination">${this.elimination(round)}</p>` : nothing}
      </section>`;
  }

  elimination(round) {
    const name = this.label(round.eliminated);
    const tie = round.tie;
    const why = tie ? html`${tie.tied.map((id) => this.label(id)).join(', ')} tied for fewest votes; the tie was broken by
        <strong class="tie-rule">${ruleWords(tie.decided_by)}</strong>${tie.seed !== null && tie.seed !== undefined ? ` (seed ${tie.seed})` : ''}.`
      : html`${name} had the fewest votes.`;
    const moves = round.transfers.map((transfer) => `${transfer.votes} to ${transfer.to_option !== null
      ? this.label(transfer.to_option) : EXHAUSTED_WORDS[transfer.exhausted] ?? 'exhausted'}`);
    return html`<strong>${name}</strong> is eliminated. ${why}
      ${moves.length ? html`<span class="round-transfers">Its ballots went: ${moves.join(', ')}.</span>` : html`It had no ballots to pass on.`}`;
  }
}

customElements.define('duet-decision-result', DuetDecisionResult);
