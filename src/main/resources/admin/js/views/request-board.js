// <duet-request-board>: the request board's columns with their cards. Cards move by drag and drop, or from the
// keyboard: focus a card, Alt+ArrowLeft/Right moves it to the neighbouring column, Alt+ArrowUp/Down reorders it; each
// move is announced. The board only asks for moves (a `move` event with id, state, position, version); the screen
// performs them and hands back the new columns.
import { html, nothing } from 'lit';
import { DuetElement } from '../element.js';
import { PRIORITIES, TEAMS, TYPES, age, warnings } from './requests-api.js';

class DuetRequestBoard extends DuetElement {
  static properties = {
    columns: {},
    /** (card) => true when the signed-in person may move this card. */
    canMove: {},
    announcement: { state: true },
  };

  constructor() {
    super();
    this.columns = [];
    this.canMove = () => false;
    this.announcement = '';
    this.dragged = null;
    this.focusAfter = null;
  }

  /** Announces `text` to screen readers (and shows it to everyone under the board). */
  announce(text) {
    this.announcement = text;
  }

  /** After the next columns arrive, focus returns to this card so keyboard moves can go on. */
  keepFocusOn(id) {
    this.focusAfter = id;
  }

  updated() {
    if (this.focusAfter === null) return;
    const card = this.querySelector(`.request-card[data-request-id="${this.focusAfter}"]`);
    if (card) {
      card.focus();
      this.focusAfter = null;
    }
  }

  where(id) {
    for (const [columnIndex, column] of this.columns.entries()) {
      const index = column.cards.findIndex((card) => card.id === id);
      if (index >= 0) return { columnIndex, column, index, card: column.cards[index] };
    }
    return null;
  }

  ask(card, state, position, words) {
    this.keepFocusOn(card.id);
    this.emit('move', { id: card.id, state, position, version: card.version, title: card.title, words });
  }

  onKey(event, card) {
    if (event.key === 'Enter' && !event.altKey) {
      event.preventDefault();
      this.emit('open', card.id);
      return;
    }
    if (!event.altKey || !event.key.startsWith('Arrow')) return;
    event.preventDefault();
    if (!this.canMove(card)) {
      this.announce(`You cannot move “${card.title}”: only the ${TEAMS[card.to_team]} team moves requests addressed to it.`);
      return;
    }
    const { columnIndex, column, index } = this.where(card.id);
    if (event.key === 'ArrowUp' || event.key === 'ArrowDown') {
      const to = index + (event.key === 'ArrowUp' ? -1 : 1);
      if (to < 0 || to >= column.cards.length) {
        this.announce(`“${card.title}” is already at the ${to < 0 ? 'top' : 'bottom'} of ${column.title}.`);
        return;
      }
      this.ask(card, column.state, to, `moved to position ${to + 1} of ${column.cards.length} in ${column.title}`);
      return;
    }
    const target = this.columns[columnIndex + (event.key === 'ArrowLeft' ? -1 : 1)];
    if (!target) {
      this.announce(`“${card.title}” is already in the ${columnIndex === 0 ? 'first' : 'last'} column.`);
      return;
    }
    if (target.state === 'new') {
      this.announce(`“${card.title}” was accepted; it cannot go back to New.`);
      return;
    }
    const position = Math.min(index, target.cards.length);
    this.ask(card, target.state, position, `moved to ${target.title}, position ${position + 1} of ${target.cards.length + 1}`);
  }

  onDragStart(event, card) {
    this.dragged = card;
    event.dataTransfer.effectAllowed = 'move';
    event.dataTransfer.setData('text/plain', String(card.id));
  }

  onDragOver(event, column) {
    if (!this.dragged || (column.state === 'new' && this.where(this.dragged.id)?.column.state !== 'new')) return;
    event.preventDefault();
    event.dataTransfer.dropEffect = 'move';
  }

  onDrop(event, column) {
    event.preventDefault();
    const card = this.dragged ?? this.where(Number(event.dataTransfer.getData('text/plain')))?.card;
    this.dragged = null;
    if (!card) return;
    // the position is the number of other cards whose middle is above the pointer
    const others = [...event.currentTarget.querySelectorAll('.request-card')]
      .filter((element) => Number(element.dataset.requestId) !== card.id);
    const position = others.filter((element) => {
      const box = element.getBoundingClientRect();
      return box.top + box.height / 2 < event.clientY;
    }).length;
    this.ask(card, column.state, position, `moved to ${column.title}, position ${position + 1}`);
  }

  render() {
    return html`
      <div class="request-board" role="list" aria-label="Request board">
        ${this.columns.map((column) => html`
          <section class="request-column" role="listitem" data-state=${column.state} aria-labelledby=${`column-${column.state}`}
              @dragover=${(event) => this.onDragOver(event, column)} @drop=${(event) => this.onDrop(event, column)}>
            <h2 id=${`column-${column.state}`}>${column.title} <span class="muted">${column.cards.length}</span></h2>
            <ol class="request-cards">
              ${column.cards.map((card) => this.renderCard(card))}
            </ol>
          </section>`)}
      </div>
      <p class="board-hint muted">Drag a card, or focus it and press Alt+←/→ to move it to the next column, Alt+↑/↓ to reorder. Enter opens it.</p>
      <p class="board-announcer" aria-live="assertive" role="status">${this.announcement}</p>`;
  }

  renderCard(card) {
    const movable = this.canMove(card);
    return html`
      <li class="request-card priority-${card.priority} ${card.overdue ? 'is-overdue' : ''}" tabindex="0"
          data-request-id=${card.id} draggable=${movable ? 'true' : 'false'}
          aria-label=${`${card.title}, ${PRIORITIES[card.priority]} priority, ${TYPES[card.type]}, to ${TEAMS[card.to_team]}`}
          @dragstart=${(event) => this.onDragStart(event, card)} @keydown=${(event) => this.onKey(event, card)}>
        <button type="button" class="link request-card-title" tabindex="-1" @click=${() => this.emit('open', card.id)}>${card.title}</button>
        <div class="request-card-meta">
          <span class="badge request-priority">${PRIORITIES[card.priority]}</span>
          <span class="badge badge-draft">${TYPES[card.type]}</span>
          <span class="badge badge-draft">→ ${TEAMS[card.to_team]}</span>
        </div>
        <div class="request-card-foot">
          ${warnings(card).map((warning) => html`<span class="request-warning ${warning.kind}">${warning.text}</span>`)}
          <span class="muted">${age(card)}</span>
          ${card.assignee ? html`<span class="muted">· ${card.assignee.email}</span>` : nothing}
        </div>
      </li>`;
  }
}

customElements.define('duet-request-board', DuetRequestBoard);
