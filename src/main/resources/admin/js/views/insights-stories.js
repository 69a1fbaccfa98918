// Content performance per story: a table sortable by each number (the API sorts), each story linking to its blocks'
// performance; and the top movers, the stories whose page views rose or fell the most against the previous period.
import { html } from 'lit';
import { DuetElement } from '../element.js';
import { change, count, percent } from './insights-format.js';

const COLUMNS = [
  { sort: 'name', label: 'Story' },
  { sort: 'views', label: 'Page views' },
  { sort: 'views_change', label: 'Change' },
  { sort: 'visitors', label: 'Visitors' },
  { sort: 'clicks', label: 'Clicks' },
  { sort: 'conversions', label: 'Conversions' },
  { sort: 'conversion_rate', label: 'Conversion rate' },
];

export function changeBadge(value) {
  const shown = change(value);
  if (!shown) return html`<span class="trend trend-none">new</span>`;
  return html`<span class="trend trend-${shown.direction}">${shown.text}</span>`;
}

class DuetInsightsStories extends DuetElement {
  static properties = { spaceId: {}, report: {}, sort: {}, order: {} };

  storyLink(story) {
    const name = story.name ?? `Deleted story ${story.story_id}`;
    return html`<a class="insights-story-link" href="/admin/spaces/${this.spaceId}/insights?story=${story.story_id}"
                   title="See how the blocks of “${name}” perform">${name}</a>
      ${story.full_slug ? html`<div class="row-slug">/${story.full_slug}</div>` : ''}`;
  }

  sortBy(column) {
    const order = this.sort === column ? (this.order === 'asc' ? 'desc' : 'asc') : (column === 'name' ? 'asc' : 'desc');
    this.emit('sort', { sort: column, order });
  }

  render() {
    const stories = this.report?.stories ?? [];
    if (!stories.length) return html`<p class="muted">No story was viewed in this period or the one before.</p>`;
    return html`
      <table class="table insights-stories">
        <thead><tr>${COLUMNS.map((column) => html`
          <th scope="col" class=${column.sort === 'name' ? '' : 'number'} aria-sort=${this.sort === column.sort ? (this.order === 'asc' ? 'ascending' : 'descending') : 'none'}>
            <button type="button" class="link sort-by" data-sort=${column.sort} @click=${() => this.sortBy(column.sort)}>${column.label}</button>
          </th>`)}</tr></thead>
        <tbody>${stories.map((story) => html`
          <tr data-story=${story.story_id}>
            <td>${this.storyLink(story)}</td>
            <td class="number">${count(story.views)}</td>
            <td class="number">${changeBadge(story.views_change)}</td>
            <td class="number">${count(story.visitors)}</td>
            <td class="number">${count(story.clicks)}</td>
            <td class="number">${count(story.conversions)}</td>
            <td class="number">${percent(story.conversion_rate)}</td>
          </tr>`)}
        </tbody>
      </table>
      ${this.report.total > stories.length ? html`<p class="muted">Showing the first ${stories.length} of ${count(this.report.total)} stories; download the CSV for all of them.</p>` : ''}`;
  }
}

class DuetInsightsMovers extends DuetElement {
  static properties = { spaceId: {}, movers: {} };

  list(title, stories, className) {
    return html`
      <div class="movers ${className}">
        <h3>${title}</h3>
        ${stories.length ? html`<ol>${stories.map((story) => html`
          <li><a href="/admin/spaces/${this.spaceId}/insights?story=${story.story_id}">${story.name ?? `Deleted story ${story.story_id}`}</a>
            <span class="muted">${count(story.previous_views)} → ${count(story.views)} page views</span> ${changeBadge(story.views_change)}</li>`)}
        </ol>` : html`<p class="muted">None.</p>`}
      </div>`;
  }

  render() {
    if (!this.movers) return '';
    return html`<div class="insights-movers">
      ${this.list('Rising', this.movers.rises, 'rises')}
      ${this.list('Falling', this.movers.falls, 'falls')}
    </div>`;
  }
}

customElements.define('duet-insights-stories', DuetInsightsStories);
customElements.define('duet-insights-movers', DuetInsightsMovers);
