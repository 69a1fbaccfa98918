// When people come: a grid of weekdays by hours, each cell shaded by its share of the busiest cell. A real table,
// so screen readers can walk it; each cell also says its numbers in words.
import { html } from 'lit';
import { DuetElement } from '../element.js';
import { DAYS, count } from './insights-format.js';

const HOURS = Array.from({ length: 24 }, (_, hour) => hour);

class DuetInsightsHeatmap extends DuetElement {
  static properties = { cells: {}, metric: {} };

  constructor() {
    super();
    this.cells = [];
    this.metric = 'views';
  }

  render() {
    const max = Math.max(1, ...this.cells.map((cell) => cell[this.metric]));
    const noun = this.metric === 'views' ? 'page views' : 'conversions';
    return html`
      <table class="insights-heatmap">
        <caption class="visually-hidden">${noun} by day of the week and hour</caption>
        <thead><tr><th scope="col"><span class="visually-hidden">Day</span></th>
          ${HOURS.map((hour) => html`<th scope="col" class="hour">${hour % 3 === 0 ? hour : html`<span class="visually-hidden">${hour}</span>`}</th>`)}</tr></thead>
        <tbody>${DAYS.map((day, index) => html`
          <tr><th scope="row">${day.slice(0, 3)}</th>
            ${HOURS.map((hour) => {
              const cell = this.cells[index * 24 + hour] ?? { views: 0, conversions: 0 };
              const value = cell[this.metric];
              const words = `${day} ${hour}:00–${hour + 1}:00: ${count(cell.views)} page views, ${count(cell.conversions)} conversions`;
              return html`<td class="heat" style="--heat: ${(value / max).toFixed(3)}" title=${words}>
                <span class="visually-hidden">${words}</span></td>`;
            })}</tr>`)}
        </tbody>
      </table>`;
  }
}

customElements.define('duet-insights-heatmap', DuetInsightsHeatmap);
