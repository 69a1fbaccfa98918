import { html, render } from 'lit';

/**
 * Opens a modal <dialog> with `content` (a lit template) and OK/Cancel buttons; resolves with the form's values (an
 * object) or null when cancelled. `validate(values)` may return an error text to keep the dialog open.
 */
export function openDialog({ title, content, okLabel = 'OK', danger = false, validate = null }) {
  return new Promise((resolve) => {
    const dialog = document.createElement('dialog');
    dialog.className = 'dialog';
    document.body.append(dialog);
    const finish = (value) => {
      dialog.close();
      dialog.remove();
      resolve(value);
    };
    const submit = (event) => {
      event.preventDefault();
      const values = Object.fromEntries(new FormData(event.target));
      const problem = validate?.(values);
      if (problem) {
        dialog.querySelector('.dialog-error').textContent = problem;
        return;
      }
      finish(values);
    };
    render(html`
      <form method="dialog" @submit=${submit}>
        <h2>${title}</h2>
        <div class="dialog-body">${content}</div>
        <p class="dialog-error" role="alert"></p>
        <footer>
          <button type="button" class="secondary" @click=${() => finish(null)}>Cancel</button>
          <button type="submit" class=${danger ? 'danger' : 'primary'}>${okLabel}</button>
        </footer>
      </form>`, dialog);
    dialog.addEventListener('cancel', (event) => {
      event.preventDefault();
      finish(null);
    });
    dialog.showModal();
    dialog.querySelector('input:not([type=hidden]), select, textarea, button[type=submit]')?.focus();
  });
}

/** Asks a yes/no question; resolves true when confirmed. */
export async function confirmDialog(title, message, { okLabel = 'OK', danger = false } = {}) {
  return (await openDialog({ title, content: html`<p>${message}</p>`, okLabel, danger })) !== null;
}
