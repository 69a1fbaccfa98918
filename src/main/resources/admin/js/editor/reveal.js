// Bringing a place in the editor's form into view: the field a problem names, or the block chosen in the preview.
// Both open the blocks around it (and its tab), wait for the nested forms to render, scroll and focus.
import { setExpanded, uidTrail, uidsAlongPath } from './blocks.js';

const STORY_PREFIX = 'story.';
const FIELD_INPUTS = 'input, textarea, select, [contenteditable=true], button';

/** Polls `find` on animation frames until it answers (nested forms render and load their fields asynchronously). */
export async function waitFor(find, frames = 120) {
  for (let i = 0; i < frames; i++) {
    const found = find();
    if (found) return found;
    await new Promise((resolve) => requestAnimationFrame(resolve));
  }
  return null;
}

/**
 * Focuses the field at `path` ("body[0].headline", or "story.slug" for the story's settings) inside `root`, opening
 * what hides it; when the field itself is gone, the closest block or list around it.
 */
export async function revealField(root, content, path) {
  let element;
  if (path.startsWith(STORY_PREFIX)) {
    const settings = root.querySelector('details.story-settings');
    if (settings) settings.open = true;
    element = root.querySelector(`.story-settings [name="${CSS.escape(path.slice(STORY_PREFIX.length))}"]`)?.closest('label');
  } else {
    setExpanded(uidsAlongPath(content, path));
    element = await waitFor(() => root.querySelector(`[data-path="${CSS.escape(path)}"]`), 60) ?? closestPathElement(root, path);
  }
  if (!element) return;
  const panel = element.closest('[role=tabpanel][hidden]');
  if (panel) root.querySelector(`[role=tab][aria-controls="${panel.id}"]`)?.click();
  await waitFor(() => element.checkVisibility?.() !== false || null);
  element.scrollIntoView({ block: 'center' });
  (element.querySelector(FIELD_INPUTS) ?? element).focus();
}

function closestPathElement(root, path) {
  let rest = path;
  while (rest) {
    const found = root.querySelector(`[data-path="${CSS.escape(rest)}"]`);
    if (found) return found;
    const shorter = rest.replace(/(\.[^.[\]]+|\[\d+\])$/, '');
    if (shorter === rest) break;
    rest = shorter;
  }
  return null;
}

/** Opens, scrolls to and briefly highlights the block `uid`, focusing its first field; false when it is not there. */
export async function revealBlock(root, content, uid) {
  const trail = uidTrail(content, uid);
  if (!trail) return false;
  setExpanded(trail);
  const card = await waitFor(() => root.querySelector(`li.block-card[data-uid="${CSS.escape(uid)}"]`));
  if (!card) return false;
  const field = await waitFor(() => card.querySelector(':scope > .block-body input, :scope > .block-body textarea, :scope > .block-body select'), 20);
  card.scrollIntoView({ block: 'start', behavior: 'smooth' });
  (field ?? card.querySelector('.block-toggle'))?.focus({ preventScroll: true });
  card.classList.add('highlight');
  setTimeout(() => card.classList.remove('highlight'), 1600);
  return true;
}
