// Which variant of each experiment the editor's live preview shows ("Preview variant" on the experiment card). The
// site only ever sees plain blocks: before the draft goes to the bridge, each experiment is replaced by the chosen
// variant (the control unless another was chosen), so previewing needs no server change and no site code.
import { resolveExperiments } from './experiment-model.js';

const chosen = new Map();

/** The variant index the preview shows for the experiment with `uid` (0, the control, by default). */
export function previewChoice(uid) {
  return chosen.get(uid) ?? 0;
}

/** Shows variant `index` of the experiment `uid` in the preview (announced as `duet:experiment-preview`). */
export function setPreviewChoice(uid, index) {
  chosen.set(uid, index);
  window.dispatchEvent(new CustomEvent('duet:experiment-preview', { detail: { uid, index } }));
}

/** The story as the preview shows it: its content with every experiment resolved to the chosen variant. */
export function previewStory(story) {
  if (!story?.content) return story;
  return { ...story, content: resolveExperiments(story.content, (experiment) => previewChoice(experiment._uid)) };
}
