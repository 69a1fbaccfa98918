// A comment box that suggests colleagues after "@": type @ and a few letters of a name or email, pick with the arrow
// keys and Enter (or a click). A pick inserts "@email" into the text and is sent as an explicit mention too.
import { html } from 'lit';
import { DuetElement } from '../element.js';
import { people } from './discussions-store.js';

let counter = 0;

class DuetMentionInput extends DuetElement {
  static properties = {
    label: {},
    placeholder: {},
    value: { state: true },
    suggestions: { state: true },
    active: { state: true },
  };

  constructor() {
    super();
    this.value = '';
    this.suggestions = [];
    this.active = 0;
    this.mentioned = new Map();
    this.inputId = `mention-${++counter}`;
  }

  /** The text and the ids of the people picked whose @email is still in it. */
  get message() {
    const text = this.value;
    const mentions = [...this.mentioned.entries()].filter(([email]) => text.includes(`@${email}`)).map(([, id]) => id);
    return { text, mentions };
  }

  clear() {
    this.value = '';
    this.mentioned = new Map();
    this.suggestions = [];
  }

  focus() {
    this.querySelector('textarea')?.focus();
  }

  /** The "@abc" being typed just before the caret, if any. */
  typedMention(textarea) {
    const before = textarea.value.slice(0, textarea.selectionStart);
    const found = /(^|[\s(])@([^\s@]*)$/.exec(before);
    return found ? { query: found[2].toLowerCase(), start: before.length - found[2].length - 1 } : null;
  }

  async onInput(event) {
    this.value = event.target.value;
    const typed = this.typedMention(event.target);
    if (!typed) {
      this.suggestions = [];
      return;
    }
    let team = [];
    try {
      team = await people();
    } catch {
      team = [];
    }
    this.typed = typed;
    this.suggestions = team.filter((person) => person.name.toLowerCase().includes(typed.query)
      || person.email.toLowerCase().includes(typed.query)).slice(0, 6);
    this.active = 0;
  }

  onKeyDown(event) {
    if (!this.suggestions.length) return;
    if (event.key === 'ArrowDown' || event.key === 'ArrowUp') {
      event.preventDefault();
      const step = event.key === 'ArrowDown' ? 1 : -1;
      this.active = (this.active + step + this.suggestions.length) % this.suggestions.length;
    } else if (event.key === 'Enter' || event.key === 'Tab') {
      event.preventDefault();
      this.pick(this.suggestions[this.active]);
    } else if (event.key === 'Escape') {
      event.preventDefault();
      event.stopPropagation();
      this.suggestions = [];
    }
  }

  pick(person) {
    const textarea = this.querySelector('textarea');
    const caret = textarea.selectionStart;
    const start = this.typed?.start ?? caret;
    const inserted = `@${person.email} `;
    this.value = this.value.slice(0, start) + inserted + this.value.slice(caret);
    this.mentioned.set(person.email, person.id);
    this.suggestions = [];
    this.updateComplete.then(() => {
      textarea.focus();
      textarea.setSelectionRange(start + inserted.length, start + inserted.length);
    });
  }

  render() {
    const open = this.suggestions.length > 0;
    const listId = `${this.inputId}-people`;
    return html`
      <label class="mention-input" for=${this.inputId}>${this.label}</label>
      <div class="mention-box">
        <textarea id=${this.inputId} rows="3" maxlength="5000" .value=${this.value} placeholder=${this.placeholder ?? ''}
                  role="combobox" aria-autocomplete="list" aria-expanded=${open ? 'true' : 'false'} aria-controls=${listId}
                  aria-activedescendant=${open ? `${listId}-${this.active}` : ''}
                  @input=${(event) => this.onInput(event)} @keydown=${(event) => this.onKeyDown(event)}></textarea>
        <ul class="mention-suggestions" id=${listId} role="listbox" aria-label="People to mention" ?hidden=${!open}>
          ${this.suggestions.map((person, index) => html`
            <li id="${listId}-${index}" role="option" aria-selected=${index === this.active ? 'true' : 'false'}
                @mousedown=${(event) => { event.preventDefault(); this.pick(person); }}>
              <strong>${person.name}</strong> <small>${person.email}</small>
            </li>`)}
        </ul>
      </div>
      <small class="muted">Type @ to mention someone; they get a notification.</small>`;
  }
}

customElements.define('duet-mention-input', DuetMentionInput);
