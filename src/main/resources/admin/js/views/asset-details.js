import { html, nothing } from 'lit';
import { icons } from '../ui/icons.js';
import { DuetElement } from '../element.js';
import { del, put } from '../api.js';
import { toast, toastError } from '../ui/toast.js';
import { confirmDialog } from '../ui/dialog.js';
import { fileSize } from './asset-upload.js';

/** Types the image service can resize and crop (the others are shown as they are). */
const TRANSFORMABLE = new Set(['image/jpeg', 'image/png', 'image/gif']);
/** The crops previewed around the focus point: label, width, height. */
const CROPS = [['Square', 90, 90], ['Wide 16:9', 160, 90], ['Portrait 4:5', 72, 90]];

export function isImage(asset) {
  return asset.content_type?.startsWith('image/');
}

/** A thumbnail URL: the image service for the types it transforms, the file itself for other images. */
export function thumbnail(asset, width, height = 0) {
  if (TRANSFORMABLE.has(asset.content_type)) return `${asset.filename}/m/${width}x${height}`;
  return isImage(asset) ? asset.filename : null;
}

/** Storyblok's focus rectangle "left x top:right x bottom" → its centre {x, y} in pixels. */
export function focusCentre(focus) {
  const match = /^(\d+)x(\d+):(\d+)x(\d+)$/.exec(focus ?? '');
  if (!match) return null;
  const [left, top, right, bottom] = match.slice(1).map(Number);
  return { x: (left + right) / 2, y: (top + bottom) / 2 };
}

/** The one-pixel focus rectangle at (x, y), kept inside a width × height image. */
export function focusAt(x, y, width, height) {
  const left = Math.min(Math.max(0, Math.round(x)), width - 1);
  const top = Math.min(Math.max(0, Math.round(y)), height - 1);
  return `${left}x${top}:${left + 1}x${top + 1}`;
}

/**
 * The details of one asset: a preview on which a click (or the arrow keys) sets the focus point, live previews of
 * crops around it, and its name, alt text, title, copyright and folder. Saving sends only the metadata; deleting asks.
 */
class DuetAssetDetails extends DuetElement {
  static properties = {
    spaceId: {},
    asset: {},
    folders: {},
    readonly: {},
    edited: { state: true },
    problems: { state: true },
    saving: { state: true },
  };

  constructor() {
    super();
    this.folders = [];
    this.problems = {};
  }

  willUpdate(changed) {
    if (changed.has('asset') && this.asset && (this.shownId !== this.asset.id || this.shownAt !== this.asset.updated_at)) {
      this.shownId = this.asset.id;
      this.shownAt = this.asset.updated_at;
      const { short_filename, alt, title, copyright, focus, asset_folder_id } = this.asset;
      this.edited = { name: short_filename ?? '', alt: alt ?? '', title: title ?? '', copyright: copyright ?? '',
        focus: focus ?? '', asset_folder_id: asset_folder_id ?? 0 };
      this.problems = {};
    }
  }

  get dirty() {
    const a = this.asset;
    const e = this.edited;
    return e.name !== (a.short_filename ?? '') || e.alt !== (a.alt ?? '') || e.title !== (a.title ?? '')
      || e.copyright !== (a.copyright ?? '') || e.focus !== (a.focus ?? '') || Number(e.asset_folder_id) !== (a.asset_folder_id ?? 0);
  }

  get focusable() {
    return !this.readonly && TRANSFORMABLE.has(this.asset.content_type) && this.asset.width && this.asset.height;
  }

  set(key, value) {
    this.edited = { ...this.edited, [key]: value };
  }

  onPreviewClick(event) {
    if (!this.focusable) return;
    const box = event.currentTarget.querySelector('img').getBoundingClientRect();
    const x = ((event.clientX - box.left) / box.width) * this.asset.width;
    const y = ((event.clientY - box.top) / box.height) * this.asset.height;
    this.set('focus', focusAt(x, y, this.asset.width, this.asset.height));
  }

  onPreviewKey(event) {
    const moves = { ArrowLeft: [-1, 0], ArrowRight: [1, 0], ArrowUp: [0, -1], ArrowDown: [0, 1] };
    if (!this.focusable || !moves[event.key]) return;
    event.preventDefault();
    const { width, height } = this.asset;
    const centre = focusCentre(this.edited.focus) ?? { x: width / 2, y: height / 2 };
    const step = (event.shiftKey ? 0.1 : 0.02);
    const [dx, dy] = moves[event.key];
    this.set('focus', focusAt(centre.x - 0.5 + dx * step * width, centre.y - 0.5 + dy * step * height, width, height));
  }

  async save(event) {
    event.preventDefault();
    this.saving = true;
    this.problems = {};
    const { name, alt, title, copyright, focus, asset_folder_id } = this.edited;
    try {
      const { asset } = await put(`/api/spaces/${this.spaceId}/assets/${this.asset.id}`, {
        asset: { name, alt, title, copyright, focus, asset_folder_id: Number(asset_folder_id) || 0 },
      });
      toast('Asset saved.', { kind: 'success' });
      this.emit('asset-changed', asset);
    } catch (error) {
      this.problems = error.fieldProblems?.() ?? {};
      toastError(error);
    } finally {
      this.saving = false;
    }
  }

  async deleteAsset() {
    const question = `Delete “${this.asset.short_filename}”? Stories that show it will show nothing there. This cannot be undone.`;
    if (!await confirmDialog('Delete asset?', question, { okLabel: 'Delete', danger: true })) return;
    try {
      await del(`/api/spaces/${this.spaceId}/assets/${this.asset.id}`);
      toast(`Deleted “${this.asset.short_filename}”.`, { kind: 'success' });
      this.emit('asset-deleted', this.asset);
    } catch (error) {
      toastError(error);
    }
  }

  render() {
    if (!this.asset || !this.edited) return nothing;
    const asset = this.asset;
    return html`
      <aside class="asset-details card" aria-label="Asset details">
        <header class="asset-details-header">
          <h2>${asset.short_filename}</h2>
          <span class="actions">
            ${this.readonly ? nothing : html`
              <button type="submit" form="asset-form" class="primary save-asset" ?disabled=${!this.dirty || this.saving}>${this.saving ? 'Saving…' : 'Save'}</button>`}
            <button type="button" class="icon" aria-label="Close details" @click=${() => this.emit('asset-closed')}>×</button>
          </span>
        </header>
        ${this.renderPreview()}
        <p class="muted asset-facts">
          ${asset.content_type} · ${fileSize(asset.content_length)}${asset.width ? ` · ${asset.width} × ${asset.height} px` : ''}
          · <a href=${asset.filename} target="_blank" rel="noopener">Open the file</a>
        </p>
        ${this.focusable ? this.renderCrops() : nothing}
        ${this.readonly ? this.renderFacts() : this.renderForm()}
      </aside>`;
  }

  renderPreview() {
    const asset = this.asset;
    const source = thumbnail(asset, 640);
    if (!source) return html`<div class="asset-preview asset-preview-file">${icons.page()}</div>`;
    const centre = focusCentre(this.edited.focus);
    const marker = centre && asset.width ? html`
      <span class="focus-marker" aria-hidden="true"
            style=${`left: ${(centre.x / asset.width) * 100}%; top: ${(centre.y / asset.height) * 100}%`}></span>` : nothing;
    if (!this.focusable) {
      return html`<div class="asset-preview"><img src=${source} alt=${asset.alt ?? ''}>${marker}</div>`;
    }
    const where = centre ? `${Math.round((centre.x / asset.width) * 100)}% across, ${Math.round((centre.y / asset.height) * 100)}% down` : 'not set (the centre)';
    return html`
      <div class="asset-preview focus-picker" tabindex="0" role="group"
           aria-label=${`Focus point: ${where}. Click the image or use the arrow keys (Shift for bigger steps) to move it.`}
           @click=${(event) => this.onPreviewClick(event)} @keydown=${(event) => this.onPreviewKey(event)}>
        <img src=${source} alt=${asset.alt ?? ''} draggable="false">${marker}
      </div>
      <p class="muted focus-help">
        Click the most important spot of the image: crops keep it in frame.
        ${this.edited.focus ? html`<button type="button" class="link clear-focus" @click=${() => this.set('focus', '')}>Remove focus point</button>` : nothing}
      </p>`;
  }

  renderCrops() {
    const focus = this.edited.focus;
    const filters = focus ? `/filters:focal(${focus})` : '';
    return html`
      <div class="crop-previews" aria-label="How crops will look">
        ${CROPS.map(([label, width, height]) => html`
          <figure>
            <img src=${`${this.asset.filename}/m/${width * 2}x${height * 2}${filters}`} width=${width} height=${height} alt="" loading="lazy">
            <figcaption>${label}</figcaption>
          </figure>`)}
      </div>`;
  }

  renderFacts() {
    const asset = this.asset;
    return html`
      <dl class="asset-facts-list">
        <dt>Alt text</dt><dd>${asset.alt || '—'}</dd>
        <dt>Title</dt><dd>${asset.title || '—'}</dd>
        <dt>Copyright</dt><dd>${asset.copyright || '—'}</dd>
      </dl>`;
  }

  renderForm() {
    const problem = (key) => (this.problems[key] ? html`<span class="field-error">${this.problems[key].join('; ')}</span>` : nothing);
    const input = (key, title, hint = '') => html`
      <label>${title} ${hint ? html`<small>${hint}</small>` : nothing}
        <input name=${key} .value=${this.edited[key]} aria-invalid=${this.problems[key] ? 'true' : 'false'}
               @input=${(event) => this.set(key, event.target.value)}>
        ${problem(key)}
      </label>`;
    return html`
      <form class="asset-form" id="asset-form" @submit=${(event) => this.save(event)}>
        ${input('alt', 'Alt text', 'describes the image for people who cannot see it')}
        ${input('title', 'Title')}
        ${input('copyright', 'Copyright')}
        ${input('name', 'File name')}
        <label>Folder
          <select name="asset_folder_id" @change=${(event) => this.set('asset_folder_id', Number(event.target.value))}>
            <option value="0" ?selected=${!this.edited.asset_folder_id}>(top level)</option>
            ${this.folders.map((folder) => html`
              <option value=${folder.id} ?selected=${folder.id === Number(this.edited.asset_folder_id)}>${folder.path}</option>`)}
          </select>
          ${problem('asset_folder_id')}
        </label>
        ${problem('focus')}
        <footer class="actions">
          <button type="button" class="danger delete-asset" @click=${() => this.deleteAsset()}>Delete asset</button>
        </footer>
      </form>`;
  }
}

customElements.define('duet-asset-details', DuetAssetDetails);
