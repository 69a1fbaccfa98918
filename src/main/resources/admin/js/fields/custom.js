// A JSON editor for custom (plugin) fields, and for any value the editor has no better element for. The value only
// changes when the text is valid JSON; until then the problem is shown and the last valid value is kept.
import { html } from 'lit';
import { FieldElement } from './field-base.js';

class CustomField extends FieldElement {
  static properties = { ...FieldElement.properties, draft: { state: true }, parseError: { state: true } };

  willUpdate(changed) {
    if (changed.has('value') && !this.editing) {
      this.draft = this.value === undefined ? '' : JSON.stringify(this.value, null, 2);
      this.parseError = '';
    }
  }

  onInput(text) {
    this.draft = text;
    if (!text.trim()) {
      this.parseError = '';
      this.editing = true;
      this.changed(null);
      this.editing = false;
      return;
    }
    try {
      const parsed = JSON.parse(text);
      this.parseError = '';
      this.editing = true;
      this.changed(parsed);
    } catch (error) {
      this.parseError = `This is not valid JSON yet: ${error.message}`;
    } finally {
      queueMicrotask(() => { this.editing = false; });
    }
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
