// One story's discussions as the editor shows them: the open threads (for the counts on block cards and fields),
// the team (for @mentions), and what the side panel should show next (a block's threads, a new thread on a field).
import { get } from '../api.js';
import { toastError } from '../ui/toast.js';

const state = { key: null, open: [], people: null, focus: { blockUid: null, field: null, compose: false } };
const listeners = new Set();

function keyOf(editor) {
  return `${editor.spaceId}/${editor.storyId}`;
}

export function threadsPath(editor) {
  return `/api/spaces/${editor.spaceId}/stories/${editor.storyId}/discussions`;
}

/** Reads the story's open threads again and redraws the editor (block and field counts). */
export async function refreshOpen(editor) {
  const key = keyOf(editor);
  try {
    const { discussions } = await get(`${threadsPath(editor)}?status=open`);
    if (keyOf(editor) !== key) return;
    state.key = key;
    state.open = discussions;
    editor.requestUpdate();
    listeners.forEach((listener) => listener());
  } catch (error) {
    if (error.status !== 404) toastError(error);
  }
}

export function forget() {
  state.key = null;
  state.open = [];
}

/** How many open threads are on block `uid` (with its fields), or on one of its fields when `field` is given. */
export function openCount(editor, uid, field = null) {
  if (state.key !== keyOf(editor)) return 0;
  return state.open.filter((thread) => thread.anchor.block_uid === uid && (field === null || thread.anchor.field === field)).length;
}

/** Calls `listener` whenever the open threads were read again; returns the function that stops it. */
export function onChange(listener) {
  listeners.add(listener);
  return () => listeners.delete(listener);
}

/** The team, for @mentions: [{id, name, email, role}], read once per page load. */
export async function people() {
  if (!state.people) state.people = get('/api/people').then((answer) => answer.people).catch((error) => {
    state.people = null;
    throw error;
  });
  return state.people;
}

/** Where the panel should look: a block (and field) to filter and start a thread on, and whether to start one. */
export function focus() {
  return state.focus;
}

/** Opens the Discussions panel on `blockUid` (null for the whole story), ready to start a thread when `compose`. */
export function showDiscussions(editor, { blockUid = null, field = null, compose = false } = {}) {
  state.focus = { blockUid, field, compose };
  if (editor.panel !== 'discussions') editor.openPanel('discussions');
  editor.requestUpdate();
  listeners.forEach((listener) => listener());
}

/** The block with `_uid` in `content` (also nested or inside rich text), or null. */
export function findBlock(content, uid) {
  if (!uid) return null;
  if (Array.isArray(content)) {
    for (const item of content) {
      const found = findBlock(item, uid);
      if (found) return found;
    }
    return null;
  }
  if (!content || typeof content !== 'object') return null;
  if (content._uid === uid) return content;
  for (const inner of Object.values(content)) {
    if (inner && typeof inner === 'object') {
      const found = findBlock(inner, uid);
      if (found) return found;
    }
  }
  return null;
}
