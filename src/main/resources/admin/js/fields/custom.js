// A JSON editor for custom (plugin) fields, and for any value the editor has no better element for. The value only
// changes when the text is valid JSON; until then the problem is shown and the last valid value is kept.
import { html } from 'lit';
import { FieldElement } from './field-base.js';

class CustomField extends FieldElement {
  static properties = { ...FieldElement.properties, draft: { state: true }, parseError: { state: true } };

  willUpdate(changed) {
    // A value this element just emitted comes back as the new `value`: keep the text as typed (no reformatting under
    // the caret). Any other value (another block, a restored version) replaces the text.
    if (changed.has('value') && (this.value !== this.lastEmitted || this.draft === undefined)) {
      this.draft = this.value === undefined ? '' : JSON.stringify(this.value, null, 2);
      this.parseError = '';
    }
  }

  emitValue(value) {
    this.lastEmitted = value;
    this.changed(value);
  }

  onInput(text) {
    this.draft = text;
    if (!text.trim()) {
      this.parseError = '';
      this.emitValue(null);
      return;
    }
    let parsed;
    try {
      parsed = JSON.parse(text);
    } catch (error) {
      this.parseError = `This is not valid JSON yet: ${error.message}`;
      return;
    }
    this.parseError = '';
    this.emitValue(parsed);
  }

  render() {
    const plugin = this.field?.field_type ? ` (${this.field.field_type})` : '';
    return html`
      <div class="field field-custom">
        ${this.renderLabel(html`<small class="muted">${plugin} JSON</small>`)}
        <textarea id=${this.inputId} class="code" spellcheck="false" rows="4" .value=${this.draft ?? ''} ?readonly=${this.readonly}
                  aria-invalid=${this.invalid || this.parseError ? 'true' : 'false'} aria-describedby=${this.describedBy ?? ''}
                  @input=${(event) => this.onInput(event.target.value)}></textarea>
        ${this.parseError ? html`<small class="field-warning" role="status">${this.parseError}</small>` : ''}
        ${this.renderHelp()}
      </div>`;
  }
}

customElements.define('duet-field-custom', CustomField);
