// The dialog that shows how a stale edit merges with what someone else saved: the changes taken from each side, and
// each conflict with the value before, theirs and mine, to keep mine or take theirs. Resolves with
// {action: 'save', resolutions} ("Save merged"), {action: 'reload'} ("Reload (discard mine)") or null (keep editing).
import { html, render } from 'lit';

const MAX_SHOWN = 160;

/** A value as a marketer recognises it: the text itself, "A Hero block", or "Removed". */
export function describeValue(value) {
  if (value === null || value === undefined) return 'Removed';
  if (typeof value === 'string') return value.length > MAX_SHOWN ? `${value.slice(0, MAX_SHOWN)}…` : value || '(empty)';
  if (typeof value === 'number' || typeof value === 'boolean') return String(value);
  if (!Array.isArray(value) && typeof value.component === 'string') {
    const text = Object.entries(value).find(([key, field]) => !key.startsWith('_') && key !== 'component' && typeof field === 'string' && field);
    return `A ${words(value.component)} block${text ? `: “${describeValue(text[1])}”` : ''}`;
  }
  const json = JSON.stringify(value);
  return json.length > MAX_SHOWN ? `${json.slice(0, MAX_SHOWN)}…` : json;
}

function words(name) {
  return name.replace(/[_-]+/g, ' ').trim();
}

function changeList(title, changes) {
  if (!changes.length) return '';
  return html`
    <h3>${title}</h3>
    <ul class="merge-changes">
      ${changes.map((change) => html`<li>${change.label} <small class="muted">${change.kind}</small></li>`)}
    </ul>`;
}

function conflictField(conflict, index) {
  return html`
    <fieldset class="merge-conflict" data-conflict=${conflict.id}>
      <legend>${conflict.label}</legend>
      <dl>
        <dt>Before</dt><dd class="merge-base">${describeValue(conflict.base)}</dd>
        <dt>Theirs</dt><dd class="merge-theirs">${describeValue(conflict.theirs)}</dd>
        <dt>Yours</dt><dd class="merge-mine">${describeValue(conflict.mine)}</dd>
      </dl>
      <div class="merge-choice">
        <label><input type="radio" name="conflict-${index}" value="mine" class="keep-mine"> Keep mine</label>
        <label><input type="radio" name="conflict-${index}" value="theirs" class="take-theirs"> Take theirs</label>
      </div>
    </fieldset>`;
}

export function openMergeDialog(merge, { again = false } = {}) {
  return new Promise((resolve) => {
    const dialog = document.createElement('dialog');
    dialog.className = 'dialog merge-dialog';
    document.body.append(dialog);
    const finish = (value) => {
      dialog.close();
      dialog.remove();
      resolve(value);
    };
    const submit = (event) => {
      event.preventDefault();
      const values = Object.fromEntries(new FormData(event.target));
      const resolutions = {};
      const open = [];
      merge.conflicts.forEach((conflict, index) => {
        const side = values[`conflict-${index}`];
        if (side) resolutions[conflict.id] = side;
        else open.push(conflict.label);
      });
      if (open.length) {
        dialog.querySelector('.dialog-error').textContent = `Choose “Keep mine” or “Take theirs” for: ${open.join(', ')}.`;
        return;
      }
      finish({ action: 'save', resolutions });
    };
    const mine = merge.changes.filter((change) => change.side === 'mine');
    const theirs = merge.changes.filter((change) => change.side === 'theirs');
    render(html`
      <form method="dialog" @submit=${submit}>
        <h2>${again ? 'Someone saved again while you were merging' : 'Someone else saved this story while you were editing'}</h2>
        <div class="dialog-body">
          <p>Duet combined their changes with yours. ${merge.conflicts.length
            ? html`<strong>${merge.conflicts.length === 1 ? 'One place was' : `${merge.conflicts.length} places were`} changed by both of you:</strong> choose which version to keep.`
            : 'Nothing clashes: save to keep both.'}</p>
          ${merge.conflicts.map(conflictField)}
          ${changeList('Your changes, kept', mine)}
          ${changeList('Their changes, taken', theirs)}
        </div>
        <p class="dialog-error" role="alert"></p>
        <footer>
          <button type="button" class="secondary merge-cancel" @click=${() => finish(null)}>Keep editing</button>
          <button type="button" class="danger merge-reload" @click=${() => finish({ action: 'reload' })}>Reload (discard mine)</button>
          <button type="submit" class="primary merge-save">Save merged</button>
        </footer>
      </form>`, dialog);
    dialog.addEventListener('cancel', (event) => {
      event.preventDefault();
      finish(null);
    });
    dialog.showModal();
    dialog.querySelector('input[type=radio], button[type=submit]')?.focus();
  });
}
