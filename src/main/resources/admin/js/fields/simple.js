// The plain field types: text (with a length counter and the pattern it must match), textarea, number (kept as a
// string, as Storyblok stores it) and boolean (a switch).
import { html } from 'lit';
import { FieldElement } from './field-base.js';

class TextField extends FieldElement {
  get patternProblem() {
    const { regex } = this.field ?? {};
    if (!regex || !this.value) return '';
    try {
      return new RegExp(regex).test(this.value) ? '' : `This does not have the expected format (${regex}).`;
    } catch {
      return '';
    }
  }

  renderCounter() {
    const max = this.field?.max_length;
    if (!max) return '';
    const length = String(this.value ?? '').length;
    return html`<small class="field-counter ${length > max ? 'over' : ''}" aria-live="polite">${length} / ${max}</small>`;
  }

  render() {
    const hint = this.patternProblem;
    return html`
      <div class="field">
        ${this.renderLabel()}
        <input id=${this.inputId} type="text" .value=${this.value ?? ''} ?readonly=${this.readonly}
               aria-invalid=${this.invalid || hint ? 'true' : 'false'} aria-describedby=${this.describedBy ?? ''}
               ?required=${this.field?.required} @input=${(event) => this.changed(event.target.value)}>
        <div class="field-foot">${hint ? html`<small class="field-warning">${hint}</small>` : html`<span></span>`}${this.renderCounter()}</div>
        ${this.renderHelp()}
      </div>`;
  }
}

class TextareaField extends TextField {
  render() {
    return html`
      <div class="field">
        ${this.renderLabel()}
        <textarea id=${this.inputId} .value=${this.value ?? ''} ?readonly=${this.readonly} rows="3"
                  aria-invalid=${this.invalid ? 'true' : 'false'} aria-describedby=${this.describedBy ?? ''}
                  ?required=${this.field?.required} @input=${(event) => this.changed(event.target.value)}></textarea>
        <div class="field-foot"><span></span>${this.renderCounter()}</div>
        ${this.renderHelp()}
      </div>`;
  }
}

class NumberField extends FieldElement {
  render() {
    const { min_value: min, max_value: max, steps } = this.field ?? {};
    return html`
      <div class="field">
        ${this.renderLabel()}
        <input id=${this.inputId} type="number" inputmode="decimal" .value=${this.value == null ? '' : String(this.value)}
               min=${min ?? ''} max=${max ?? ''} step=${steps ?? 'any'} ?readonly=${this.readonly}
               aria-invalid=${this.invalid ? 'true' : 'false'} aria-describedby=${this.describedBy ?? ''}
               @input=${(event) => this.changed(event.target.value)}>
        ${this.renderHelp()}
      </div>`;
  }
}

class BooleanField extends FieldElement {
  render() {
    return html`
      <div class="field field-boolean">
        <label class="switch" for=${this.inputId}>
          <input id=${this.inputId} type="checkbox" role="switch" .checked=${this.value === true || this.value === 'true'}
                 ?disabled=${this.readonly} aria-describedby=${this.describedBy ?? ''}
                 @change=${(event) => this.changed(event.target.checked)}>
          <span>${this.label}</span>
        </label>
        ${this.renderHelp()}
      </div>`;
  }
}

customElements.define('duet-field-text', TextField);
customElements.define('duet-field-textarea', TextareaField);
customElements.define('duet-field-number', NumberField);
customElements.define('duet-field-boolean', BooleanField);
