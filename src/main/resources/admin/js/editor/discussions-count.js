// The small "open discussions" badge of a story in the content tree. Badges shown together ask for their counts in
// one request per space (GET /api/spaces/{id}/discussions/counts?story_ids=...), and show nothing at zero.
import { html } from 'lit';
import { DuetElement } from '../element.js';
import { get } from '../api.js';
import { bubble } from './discussions-icons.js';

const waiting = new Map();

function countFor(spaceId, storyId) {
  let batch = waiting.get(spaceId);
  if (!batch) {
    batch = { ids: new Set(), promise: null };
    waiting.set(spaceId, batch);
    batch.promise = Promise.resolve().then(async () => {
      waiting.delete(spaceId);
      const ids = [...batch.ids];
      const answers = [];
      for (let i = 0; i < ids.length; i += 500) {
        answers.push(get(`/api/spaces/${spaceId}/discussions/counts?story_ids=${ids.slice(i, i + 500).join(',')}`));
      }
      const counts = {};
      for (const answer of await Promise.all(answers)) Object.assign(counts, answer.stories);
      return counts;
    });
  }
  batch.ids.add(String(storyId));
  return batch.promise.then((counts) => counts[String(storyId)] ?? 0);
}

class DuetDiscussionCount extends DuetElement {
  static properties = { spaceId: {}, storyId: {}, count: { state: true } };

  willUpdate(changed) {
    if ((changed.has('spaceId') || changed.has('storyId')) && this.spaceId && this.storyId) {
      const asked = this.storyId;
      countFor(this.spaceId, this.storyId).then((count) => {
        if (asked === this.storyId) this.count = count;
      }).catch(() => { this.count = 0; });
    }
  }

  render() {
    if (!this.count) return '';
    const words = `${this.count} open discussion${this.count === 1 ? '' : 's'}`;
    return html`<span class="badge discussion-badge" title=${words}><span aria-hidden="true">${bubble()}${this.count}</span><span class="visually-hidden">${words}</span></span>`;
  }
}

customElements.define('duet-discussion-count', DuetDiscussionCount);
