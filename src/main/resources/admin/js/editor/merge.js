// Saving over someone else's save, safely: when the editor's save is refused as stale, merge the edit with the
// current version on the server, let the person settle the conflicts, and save the result based on the version the
// merge was made against. If someone saved again meanwhile, that save is refused too and we merge again.
import { get, post, put } from '../api.js';
import { toast, toastError } from '../ui/toast.js';
import { tell } from './addons.js';
import { openMergeDialog } from './merge-dialog.js';
import { describePath } from './blocks.js';

/** A 409 because the story was saved elsewhere since we read it (other 409s, like a taken slug, name a field). */
export function isStale(error) {
  return error?.status === 409 && (error.body?.current_version !== undefined
    || error.details.some((detail) => detail && typeof detail === 'object' && 'current_version' in detail));
}

function requestMerge(editor, baseVersion, story, resolutions = {}) {
  return post(`${editor.base}/merge`, { base_version: baseVersion, story, resolutions });
}

/**
 * Runs the merge dialog for the editor's draft; resolves 'saved', 'reloaded' or 'kept' (the person went back to
 * editing; the conflict banner stays).
 */
export async function mergeStaleEdit(editor) {
  let base = editor.story.version;
  const draft = editor.draft;
  let mine = { name: draft.name, slug: draft.slug, tag_list: draft.tag_list, content: draft.content };
  let again = false;
  try {
    let merge = await requestMerge(editor, base, mine);
    for (;;) {
      const choice = await openMergeDialog(named(editor, merge, mine), { again });
      if (!choice) return 'kept';
      if (choice.action === 'reload') {
        await editor.load();
        return 'reloaded';
      }
      if (merge.conflicts.length) {
        const resolved = await requestMerge(editor, base, mine, choice.resolutions);
        if (resolved.conflicts.length) { // someone saved in between and brought new clashes
          merge = resolved;
          again = true;
          continue;
        }
        merge = resolved;
      }
      try {
        const { story } = await put(editor.base, { story: merge.story, version: merge.current_version });
        editor.adopt(story);
        editor.conflict = false;
        editor.problems = {};
        toast('Merged and saved.', { kind: 'success' });
        editor.preview?.notify('saved');
        tell('saved', editor);
        return 'saved';
      } catch (error) {
        if (!isStale(error)) return await keepMergedDraft(editor, merge, error);
        // the stale merge: someone saved after our merge; merge the merged story with their newer version
        base = merge.current_version;
        mine = merge.story;
        merge = await requestMerge(editor, base, mine);
        again = true;
      }
    }
  } catch (error) {
    toastError(error);
    return 'kept';
  }
}

/**
 * The merge with each place named as the form names it ("Body › Hero 1 › Headline", with the schema's display names)
 * where the place is in my draft; elsewhere (a block only they have) the server's label stands.
 */
function named(editor, merge, mine) {
  const name = (item, inMine) => (inMine && describePath(mine.content, editor.schema, item.path)) || item.label;
  return {
    ...merge,
    // a block I removed is only in theirs, and so is a block they added: their paths count in their list
    conflicts: merge.conflicts.map((conflict) => ({ ...conflict, label: name(conflict, !(conflict.mine === null && conflict.id.endsWith(']'))) })),
    changes: merge.changes.map((change) => ({ ...change, label: name(change, !(change.side === 'theirs' && change.kind === 'added')) })),
  };
}

/**
 * The merged story was refused for another reason (a rule it breaks, say a required field): put it in the form on
 * top of the version it was merged with, so the person can fix it and save normally.
 */
async function keepMergedDraft(editor, merge, error) {
  const { story } = await get(editor.base);
  if (story.version !== merge.current_version) {
    toastError(error);
    return 'kept';
  }
  editor.adopt(story, { name: merge.story.name, slug: merge.story.slug, tag_list: merge.story.tag_list, content: merge.story.content });
  editor.conflict = false;
  editor.failed(error);
  return 'kept';
}
