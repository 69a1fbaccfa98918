// The editor's Activity side panel: the story's own feed (saves, publishes, discussions, stage changes, ...).
import { html } from 'lit';
import { registerAddon } from './addons.js';
import '../views/activity-feed.js';

registerAddon({
  id: 'activity',
  panel: {
    label: 'Activity',
    render: (editor) => html`
      <section class="story-activity" aria-label="Activity of this story">
        <header class="panel-header">
          <h2>Activity</h2>
          <button type="button" class="icon" aria-label="Close activity" @click=${() => editor.openPanel(null)}>×</button>
        </header>
        <duet-activity-feed .spaceId=${editor.spaceId} .storyId=${editor.storyId}></duet-activity-feed>
      </section>`,
  },
  saved(editor) {
    editor.querySelector('.story-activity duet-activity-feed')?.load();
  },
});
