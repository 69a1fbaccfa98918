// The experiments add-on of the story editor: a "Test a variant" button on every block card (except blocks already
// inside a test), which wraps the block into a draft experiment (editor/experiment-dialog.js); the experiment's card
// itself is drawn by the block list (editor/experiment-card.js).
import { html } from 'lit';
import { registerAddon } from './addons.js';
import { session } from '../session.js';
import { toast } from '../ui/toast.js';
import { blockName, setExpanded } from './blocks.js';
import { findByUid, insideExperiment, isExperiment, replaceByUid } from './experiment-model.js';
import { askForExperiment } from './experiment-dialog.js';
import './experiment-card.js';

async function testVariant(editor, uid, trigger) {
  const block = findByUid(editor.draft?.content, uid);
  if (!block) return;
  const name = blockName(block, editor.schema);
  const experiment = await askForExperiment(editor, block, name);
  if (!experiment) {
    trigger?.focus();
    return;
  }
  // the draft may have changed while the dialog was open: wrap the block as it is now
  const current = findByUid(editor.draft?.content, uid) ?? block;
  experiment.variants = [current, experiment.variants[1]];
  setExpanded([experiment._uid]);
  editor.edit({ content: replaceByUid(editor.draft.content, uid, experiment) });
  toast(`Test “${experiment.key}” created. Change “${experiment.variant_names[1]}”, start the test, then save.`, { kind: 'success' });
  await editor.updateComplete;
  await new Promise((resolve) => requestAnimationFrame(resolve));
  const tab = document.querySelector(`li.block-card[data-uid="${CSS.escape(experiment._uid)}"] .variant-tab[data-variation="1"]`);
  tab?.click();
  tab?.focus();
}

registerAddon({
  id: 'experiments',
  blockExtras(uid, editor) {
    if (!uid || uid.startsWith('index-') || !session.may('story:write')) return '';
    const content = editor.draft?.content;
    const block = findByUid(content, uid);
    if (!block || isExperiment(block) || insideExperiment(content, uid)) return '';
    return html`
      <button type="button" class="secondary test-variant" aria-label="Test a variant of ${blockName(block, editor.schema)}"
              title="Show visitors a changed copy of this block and measure which works better"
              @click=${(event) => { event.stopPropagation(); testVariant(editor, uid, event.currentTarget); }}>Test a variant</button>`;
  },
});
