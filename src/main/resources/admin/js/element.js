import { LitElement } from 'lit';

/**
 * The base of every admin element: renders into the light DOM, so the one stylesheet applies everywhere, forms work
 * with the browser's own validation and focus order, and tests find elements with plain CSS selectors.
 */
export class DuetElement extends LitElement {
  createRenderRoot() {
    return this;
  }

  /** Sends a bubbling custom event, e.g. this.emit('change', value). */
  emit(name, detail) {
    this.dispatchEvent(new CustomEvent(name, { detail, bubbles: true, composed: true }));
  }
}
