// The speech bubble of discussions, drawn inline like ui/icons.js (emoji need a colour font that many machines lack).
import { html, svg } from 'lit';

export function bubble() {
  return html`<svg class="glyph" viewBox="0 0 24 24" width="16" height="16" aria-hidden="true" focusable="false"
    fill="none" stroke="currentColor" stroke-width="1.8" stroke-linecap="round" stroke-linejoin="round">${svg`<path d="M4 5h16v11H9l-5 4z"></path>`}</svg>`;
}
