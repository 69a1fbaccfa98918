import { html, svg } from 'lit';

// Small line icons drawn inline, so they look the same on every machine (emoji need a colour font that servers and
// headless browsers often lack). Each is decorative: the button around it carries the accessible name.

function icon(paths) {
  return html`<svg class="glyph" viewBox="0 0 24 24" width="18" height="18" aria-hidden="true" focusable="false"
    fill="none" stroke="currentColor" stroke-width="1.8" stroke-linecap="round" stroke-linejoin="round">${paths}</svg>`;
}

const svgPaths = (d) => d.map((path) => svg`<path d=${path}></path>`);

export const icons = {
  folder: () => icon(svgPaths(['M3 7a2 2 0 0 1 2-2h4l2 2h8a2 2 0 0 1 2 2v8a2 2 0 0 1-2 2H5a2 2 0 0 1-2-2z'])),
  page: () => icon(svgPaths(['M6 3h8l4 4v14H6z', 'M14 3v4h4', 'M9 12h6', 'M9 16h6'])),
  home: () => icon(svgPaths(['M4 11l8-7 8 7', 'M6 10v10h12V10'])),
  trash: () => icon(svgPaths(['M4 7h16', 'M9 7V4h6v3', 'M6 7l1 13h10l1-13'])),
  copy: () => icon(svgPaths(['M9 9h11v11H9z', 'M5 15H4V4h11v1'])),
  move: () => icon(svgPaths(['M4 12h16', 'M16 8l4 4-4 4', 'M8 8l-4 4 4 4'])),
};
