// A date and time, stored as Storyblok does: "2025-01-31 14:30" (with disable_time, the date at "00:00").
import { html, nothing } from 'lit';
import { FieldElement } from './field-chrome.js';

const pad = (number) => String(number).padStart(2, '0');

/**
 * The "YYYY-MM-DDTHH:mm" an <input type=datetime-local> wants, from a stored value ("2025-01-31 14:30", with seconds,
 * ISO-8601 with T and an offset, or a bare date); "" when there is none or it cannot be read.
 */
export function toInputValue(stored) {
  const match = /^(\d{4}-\d{2}-\d{2})(?:[ T](\d{2}):(\d{2}))?/.exec(String(stored ?? '').trim());
  if (!match) return '';
  return `${match[1]}T${match[2] ?? '00'}:${match[3] ?? '00'}`;
}

/** The stored form of an input's value: "YYYY-MM-DD HH:mm" ("" when cleared). */
export function toStored(inputValue, dateOnly = false) {
  const match = /^(\d{4}-\d{2}-\d{2})(?:T(\d{2}):(\d{2}))?/.exec(inputValue ?? '');
  if (!match) return '';
  return dateOnly ? `${match[1]} 00:00` : `${match[1]} ${match[2] ?? '00'}:${match[3] ?? '00'}`;
}

function now() {
  const date = new Date();
  return `${date.getFullYear()}-${pad(date.getMonth() + 1)}-${pad(date.getDate())}T${pad(date.getHours())}:${pad(date.getMinutes())}`;
}

class DuetFieldDatetime extends FieldElement {
  get dateOnly() {
    return Boolean(this.field?.disable_time);
  }

  set(inputValue) {
    const stored = toStored(inputValue, this.dateOnly);
    if (stored !== (this.value ?? '')) this.change(stored);
  }

  render() {
    const current = toInputValue(this.value);
    const unreadable = current === '' && typeof this.value === 'string' && this.value.trim() !== '';
    return html`
      <div class="field field-datetime">
        ${this.renderLabel()}
        ${this.renderDescription()}
        <div class="datetime-row">
          <input id=${this.inputId} type=${this.dateOnly ? 'date' : 'datetime-local'} ?readonly=${this.readonly}
                 .value=${this.dateOnly ? current.slice(0, 10) : current} aria-invalid=${this.invalid}
                 aria-describedby=${this.describedBy} @change=${(event) => this.set(event.target.value)}>
          ${this.readonly ? nothing : html`
            <button type="button" class="secondary" @click=${() => this.set(now())}>${this.dateOnly ? 'Today' : 'Now'}</button>
            ${current ? html`<button type="button" class="link" @click=${() => this.set('')}>Clear</button>` : nothing}`}
        </div>
        ${unreadable ? html`<p class="field-error">“${this.value}” is not a date Duet can read; choose the date again.</p>` : nothing}
        ${this.renderProblems()}
      </div>`;
  }
}

customElements.define('duet-field-datetime', DuetFieldDatetime);
