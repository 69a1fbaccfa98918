// The smaller tables of the insights screen: a story's blocks, and the numbers split by channel, segment, device or
// language (with a bar per row, so the biggest stand out at a glance).
import { html } from 'lit';
import { DuetElement } from '../element.js';
import { DIMENSIONS, count, percent } from './insights-format.js';

class DuetInsightsBlocks extends DuetElement {
  static properties = { report: {} };

  render() {
    const blocks = this.report?.blocks ?? [];
    if (!blocks.length) return html`<p class="muted">No clicks, conversions or impressions were reported for the blocks of this story in this period.</p>`;
    return html`
      <table class="table insights-blocks">
        <thead><tr><th scope="col">Block</th><th scope="col" class="number">Impressions</th><th scope="col" class="number">Clicks</th>
          <th scope="col" class="number">Click rate</th><th scope="col" class="number">Conversions</th></tr></thead>
        <tbody>${blocks.map((block) => html`
          <tr data-block=${block.block_uid}>
            <td>${block.component ?? 'Removed block'} <span class="row-slug">${block.block_uid}</span></td>
            <td class="number">${count(block.views)}</td>
            <td class="number">${count(block.clicks)}</td>
            <td class="number">${percent(block.click_rate)}</td>
            <td class="number">${count(block.conversions)}</td>
          </tr>`)}
        </tbody>
      </table>`;
  }
}

class DuetInsightsBreakdown extends DuetElement {
  static properties = { report: {} };

  render() {
    const values = this.report?.values ?? [];
    const dimension = DIMENSIONS.find((candidate) => candidate.id === this.report?.by) ?? DIMENSIONS[0];
    if (!values.length) return html`<p class="muted">Nothing was reported in this period.</p>`;
    const max = Math.max(1, ...values.map((value) => value.views));
    return html`
      <table class="table insights-breakdown" data-by=${dimension.id}>
        <thead><tr><th scope="col">${dimension.label}</th><th scope="col" class="number">Page views</th><th scope="col" class="number">Clicks</th>
          <th scope="col" class="number">Conversions</th><th scope="col" class="number">Click rate</th><th scope="col" class="number">Conversions per view</th></tr></thead>
        <tbody>${values.map((value) => html`
          <tr>
            <td class="breakdown-value">${value.value || html`<span class="muted">${dimension.none}</span>`}
              <span class="bar" style="--share: ${(value.views / max).toFixed(3)}" aria-hidden="true"></span></td>
            <td class="number">${count(value.views)}</td>
            <td class="number">${count(value.clicks)}</td>
            <td class="number">${count(value.conversions)}</td>
            <td class="number">${percent(value.click_rate)}</td>
            <td class="number">${percent(value.conversions_per_view)}</td>
          </tr>`)}
        </tbody>
      </table>`;
  }
}

customElements.define('duet-insights-blocks', DuetInsightsBlocks);
customElements.define('duet-insights-breakdown', DuetInsightsBreakdown);
