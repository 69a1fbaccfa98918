// The Activity screen: what the team did in the space, newest first, filterable by kind.
import { html } from 'lit';
import { DuetElement } from '../element.js';
import './activity-feed.js';

class DuetActivity extends DuetElement {
  static properties = { spaceId: {} };

  render() {
    return html`
      <section class="activity-screen">
        <header class="page-header">
          <h1>Activity</h1>
          <p class="muted">Saves, publishes, discussions, schedules and releases in this space, newest first.</p>
        </header>
        <duet-activity-feed .spaceId=${this.spaceId}></duet-activity-feed>
      </section>`;
  }
}

customElements.define('duet-activity', DuetActivity);
