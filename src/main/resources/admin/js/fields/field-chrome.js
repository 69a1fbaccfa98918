// What every field element of the option, datetime, markdown, rich text, asset, link and table types shares: the
// contract's properties (see registry.js), the label, the description and the problems shown next to the input.
import { html, nothing } from 'lit';
import { DuetElement } from '../element.js';
import { humanise } from '../schema.js';

let counter = 0;

/** A new id unique in the page, for tying labels, descriptions and errors to inputs. */
export function uniqueId(prefix) {
  counter += 1;
  return `${prefix}-${counter}`;
}

/** A new _uid / blok id, as Storyblok writes them. */
export function newUid() {
  return crypto.randomUUID();
}

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
    this.inputId = uniqueId('field');
  }

  get title() {
    return this.field?.display_name || humanise(this.name ?? '');
  }

  get required() {
    return Boolean(this.field?.required);
  }

  get problemList() {
    return (this.problems ?? []).filter(Boolean);
  }

  /** The ids an input should name in aria-describedby. */
  get describedBy() {
    const ids = [];
    if (this.field?.description) ids.push(`${this.inputId}-description`);
    if (this.problemList.length) ids.push(`${this.inputId}-problems`);
    return ids.join(' ') || nothing;
  }

  get invalid() {
    return this.problemList.length ? 'true' : nothing;
  }

  /** The label, tied to the main input with for=, or (for groups of inputs) an id to name in aria-labelledby. */
  renderLabel({ forInput = true } = {}) {
    const text = html`${this.title}${this.required ? html`<span class="field-required" aria-hidden="true"> *</span>` : nothing}`;
    return forInput
      ? html`<label class="field-label" for=${this.inputId}>${text}</label>`
      : html`<span class="field-label" id=${`${this.inputId}-label`}>${text}</span>`;
  }

  renderDescription() {
    return this.field?.description
      ? html`<small class="field-description" id=${`${this.inputId}-description`}>${this.field.description}</small>`
      : nothing;
  }

  renderProblems() {
    const problems = this.problemList;
    return problems.length
      ? html`<p class="field-error" id=${`${this.inputId}-problems`} role="alert">${problems.join(' · ')}</p>`
      : nothing;
  }

  /** Emits the contract's event with the new value. */
  change(value) {
    this.emit('value-changed', value);
  }
}
