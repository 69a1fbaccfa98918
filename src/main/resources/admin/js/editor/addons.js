// Features that add to the story editor without the editor knowing them: workflow, discussions, schedules, releases,
// translation, presence. Each add-on is an object with any of:
//   id                     a short name (also the side panel's id)
//   meta(editor)           a lit template shown in the header's meta line (stage badge, who else is here)
//   actions(editor)        a lit template of buttons shown before Save/Publish
//   panel: {label, render(editor)}  a side panel beside Preview/History, opened from a header button
//   blockExtras(uid, editor)  a lit template shown in the header of each nested block card (comment count)
//   fieldExtras(path, editor) a lit template shown after a field's label (translation status, comments)
//   loaded(editor), saved(editor), closed(editor)  told when the story was (re)loaded, saved, or the editor left
// `editor` is the <duet-story-editor>: read editor.spaceId, editor.storyId, editor.story (as saved), editor.draft
// (as edited), editor.schema, editor.space; call editor.reload(), editor.requestUpdate(), editor.openPanel(id).
// Add-ons register themselves by being imported below; keep one line per feature so merges stay trivial.
export const addons = [];

export function registerAddon(addon) {
  addons.push(addon);
}

/** The current editor, so add-ons' block and field extras (rendered deep inside the form) can reach it. */
let current = null;

export function currentEditor() {
  return current;
}

export function setCurrentEditor(editor) {
  current = editor;
}

/** Each add-on's template for `hook`, skipping add-ons without one. */
export function extras(hook, ...args) {
  return addons.filter((addon) => typeof addon[hook] === 'function').map((addon) => addon[hook](...args));
}

/** Tells every add-on that has `hook` (loaded, saved, closed). */
export function tell(hook, editor) {
  for (const addon of addons) {
    try {
      addon[hook]?.(editor);
    } catch (error) {
      console.error(`editor add-on ${addon.id} failed on ${hook}`, error);
    }
  }
}
