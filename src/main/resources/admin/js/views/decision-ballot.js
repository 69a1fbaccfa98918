// <duet-decision-ballot>: a voter ranks the options, by dragging them or with the Move up / Move down buttons, and
// casts (or replaces) their ballot. Emits `vote` with the ranking (option ids, most preferred first).
import { html, nothing } from 'lit';
import { DuetElement } from '../element.js';

class DuetDecisionBallot extends DuetElement {
  static properties = {
    options: {},
    ranking: {},
    castAt: {},
    busy: {},
  };

  constructor() {
    super();
    this.options = [];
    this.ranking = [];
  }

  label(id) {
    return this.options.find((option) => option.id === id)?.label ?? `Option ${id}`;
  }

  /** Puts `id` at `index` of the ranking (adding it if it was not ranked) and keeps focus on `focus` of its row. */
  place(id, index, focus) {
    const rest = this.ranking.filter((ranked) => ranked !== id);
    const at = Math.max(0, Math.min(index, rest.length));
    this.ranking = [...rest.slice(0, at), id, ...rest.slice(at)];
    // keyboard users keep their place: focus stays on the moved row (its other move button once one end is reached)
    if (focus) {
      this.updateComplete.then(() => {
        const row = this.querySelector(`.ballot-ranked li[data-option="${id}"]`);
        const wanted = row?.querySelector(focus);
        (wanted && !wanted.disabled ? wanted : row?.querySelector('button:not([disabled])'))?.focus();
      });
    }
  }

  remove(id) {
    this.ranking = this.ranking.filter((ranked) => ranked !== id);
    this.updateComplete.then(() => this.querySelector(`.ballot-unranked li[data-option="${id}"] button.add-option`)?.focus());
  }

  dragStart(event, id) {
    event.dataTransfer.setData('text/plain', String(id));
    event.dataTransfer.effectAllowed = 'move';
  }

  dragOver(event) {
    event.preventDefault();
  }

  /** Dropped on ranked row `index` (or past the end): the dragged option takes that place. */
  drop(event, index) {
    event.preventDefault();
    event.stopPropagation();
    const id = Number(event.dataTransfer.getData('text/plain'));
    if (!this.options.some((option) => option.id === id)) return;
    this.place(id, index);
  }

  render() {
    const unranked = this.options.filter((option) => !this.ranking.includes(option.id));
    return html`
      <section class="decision-ballot" aria-labelledby="ballot-heading">
        <h2 id="ballot-heading">Your ballot</h2>
        <p class="muted">Rank the options you support, most preferred first: drag them, or use Move up and Move down.
          Leave out any you would not accept. Your ballot stays secret; you can change it until the vote closes.</p>
        <ol class="ballot-ranked" @dragover=${this.dragOver} @drop=${(event) => this.drop(event, this.ranking.length)}>
          ${this.ranking.length === 0 ? html`<li class="ballot-empty muted">Nothing ranked yet: add options from the list below.</li>` : nothing}
          ${this.ranking.map((id, index) => html`
            <li data-option=${id} draggable="true" @dragstart=${(event) => this.dragStart(event, id)}
                @dragover=${this.dragOver} @drop=${(event) => this.drop(event, index)}>
              <span class="ballot-rank" aria-hidden="true">${index + 1}</span>
              <span class="ballot-label">${this.label(id)}</span>
              <span class="ballot-actions">
                <button type="button" class="secondary move-up" ?disabled=${index === 0} aria-label=${`Move ${this.label(id)} up`}
                  @click=${() => this.place(id, index - 1, 'button.move-up')}>↑ Move up</button>
                <button type="button" class="secondary move-down" ?disabled=${index === this.ranking.length - 1}
                  aria-label=${`Move ${this.label(id)} down`} @click=${() => this.place(id, index + 1, 'button.move-down')}>↓ Move down</button>
                <button type="button" class="link remove-option" aria-label=${`Remove ${this.label(id)} from your ranking`}
                  @click=${() => this.remove(id)}>Remove</button>
              </span>
            </li>`)}
        </ol>
        ${unranked.length ? html`
          <h3>Not ranked</h3>
          <ul class="ballot-unranked">
            ${unranked.map((option) => html`
              <li data-option=${option.id} draggable="true" @dragstart=${(event) => this.dragStart(event, option.id)}>
                <span class="ballot-label">${option.label}</span>
                <button type="button" class="secondary add-option" aria-label=${`Rank ${option.label}`}
                  @click=${() => this.place(option.id, this.ranking.length, 'button.move-up')}>Add to ranking</button>
              </li>`)}
          </ul>` : nothing}
        <p class="ballot-submit">
          <button type="button" class="primary cast-ballot" ?disabled=${this.busy || this.ranking.length === 0}
            @click=${() => this.emit('vote', [...this.ranking])}>${this.castAt ? 'Replace my ballot' : 'Cast my ballot'}</button>
          ${this.castAt ? html`<span class="muted ballot-cast">Ballot cast ${new Date(this.castAt).toLocaleString()}</span>` : nothing}
        </p>
      </section>`;
  }
}

customElements.define('duet-decision-ballot', DuetDecisionBallot);
