// Short messages in the corner ("Saved", or what went wrong), announced to screen readers.

let region = null;

function ensureRegion() {
  if (region?.isConnected) return region;
  region = document.createElement('div');
  region.className = 'toasts';
  region.setAttribute('role', 'status');
  region.setAttribute('aria-live', 'polite');
  document.body.append(region);
  return region;
}

/** Shows `message`; kind is "info", "success" or "error". An action {label, run} adds a button (e.g. Undo). */
export function toast(message, { kind = 'info', action = null, timeout = 5000 } = {}) {
  const item = document.createElement('div');
  item.className = `toast toast-${kind}`;
  const text = document.createElement('span');
  text.textContent = message;
  item.append(text);
  if (action) {
    const button = document.createElement('button');
    button.type = 'button';
    button.className = 'link';
    button.textContent = action.label;
    button.addEventListener('click', () => {
      item.remove();
      action.run();
    });
    item.append(button);
  }
  const close = document.createElement('button');
  close.type = 'button';
  close.className = 'toast-close';
  close.setAttribute('aria-label', 'Dismiss');
  close.textContent = '×';
  close.addEventListener('click', () => item.remove());
  item.append(close);
  ensureRegion().append(item);
  if (timeout) setTimeout(() => item.remove(), kind === 'error' ? timeout * 2 : timeout);
  return item;
}

/** Shows an error from the API (or anything thrown) in words a marketer can act on. */
export function toastError(error) {
  return toast(error?.message ?? String(error), { kind: 'error' });
}
