// What every field element shares: the contract's properties, its label, description and problems, and the ids that
// tie them to the input, so screen readers announce the label, the hint and the error with the field.
import { html } from 'lit';
import { DuetElement } from '../element.js';
import { humanise } from '../schema.js';

let counter = 0;

export class FieldElement extends DuetElement {
  static properties = {
    field: { attribute: false },
    name: {},
    value: { attribute: false },
    spaceId: {},
    path: {},
    problems: { attribute: false },
    readonly: { type: Boolean },
  };

  constructor() {
    super();
    this.field = {};
    this.problems = [];
    this.readonly = false;
    this.inputId = `field-${++counter}`;
  }

  get label() {
    return this.field?.display_name || humanise(this.name ?? '');
  }

  get invalid() {
    return (this.problems?.length ?? 0) > 0;
  }

  /** The ids of the hint and the problems, for aria-describedby. */
  get describedBy() {
    return [this.field?.description ? `${this.inputId}-hint` : '', this.invalid ? `${this.inputId}-problems` : '']
      .filter(Boolean).join(' ') || undefined;
  }

  changed(value) {
    this.emit('value-changed', value);
  }

  renderLabel(extra = '') {
    return html`<label class="field-label" for=${this.inputId}>${this.label}${this.field?.required
      ? html`<span class="required" aria-hidden="true"> *</span>` : ''}${extra}</label>`;
  }

  renderHelp() {
    return html`
      ${this.field?.description ? html`<small class="field-hint" id="${this.inputId}-hint">${this.field.description}</small>` : ''}
      ${this.invalid ? html`<p class="field-error" id="${this.inputId}-problems" role="alert">${this.problems.map((problem) =>
        html`<span>${sentence(problem)}</span> `)}</p>` : ''}`;
  }
}

/** "required" → "Required." so a server's terse problem reads as a sentence. */
export function sentence(problem) {
  const text = String(problem ?? '').trim();
  if (!text) return '';
  const capital = text.charAt(0).toUpperCase() + text.slice(1);
  return /[.!?]$/.test(capital) ? capital : `${capital}.`;
}
