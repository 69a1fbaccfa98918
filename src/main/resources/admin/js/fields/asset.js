// Asset and multiasset fields: a file from the space's asset library (or uploaded on the spot), stored as Storyblok
// does: {id, filename, alt, title, copyright, focus, name, fieldtype: "asset"} (multiasset: a list of them). The alt
// text and title belong to this use of the file, so they are edited here.
import { html, nothing, render } from 'lit';
import { get, query } from '../api.js';
import { toastError } from '../ui/toast.js';
import { upload } from '../views/asset-upload.js';
import { FieldElement, uniqueId } from './field-chrome.js';

/** The file kinds of the schema's `filetypes`, by extension (as the server's FileKind). */
const KINDS = {
  images: ['jpg', 'jpeg', 'png', 'gif', 'webp', 'avif', 'svg', 'bmp', 'tif', 'tiff', 'ico', 'heic'],
  videos: ['mp4', 'webm', 'mov', 'm4v', 'ogv', 'avi', 'mkv', 'mpeg', 'mpg'],
  audios: ['mp3', 'wav', 'ogg', 'oga', 'm4a', 'aac', 'flac', 'opus', 'weba'],
  texts: ['txt', 'pdf', 'doc', 'docx', 'odt', 'rtf', 'csv', 'md', 'json', 'xml', 'xls', 'xlsx', 'ppt', 'pptx', 'html', 'htm'],
};
const KIND_NAMES = { images: 'images', videos: 'videos', audios: 'audio files', texts: 'documents' };

export function extensionOf(filename) {
  const path = String(filename ?? '').replace(/[?#].*$/, '');
  const dot = path.lastIndexOf('.');
  return dot < 0 || dot < path.lastIndexOf('/') ? '' : path.slice(dot + 1).toLowerCase();
}

export function kindOf(filename) {
  const extension = extensionOf(filename);
  return Object.keys(KINDS).find((kind) => KINDS[kind].includes(extension)) ?? null;
}

/** Whether a file may go into a field limited to `filetypes` (files of unknown kind are let through, as the server does). */
export function allowedFile(filename, filetypes) {
  if (!filetypes?.length) return true;
  const kind = kindOf(filename);
  return kind === null || filetypes.includes(kind);
}

/** The empty value Storyblok keeps for a cleared asset field. */
export function emptyAsset() {
  return { id: null, alt: null, name: '', focus: null, title: null, filename: '', copyright: null, fieldtype: 'asset' };
}

/** The field value for an asset of the library. */
export function assetValue(asset) {
  // The library answers with the field value ready made (field_value); a bare {filename} comes from a typed address.
  if (asset.field_value && typeof asset.field_value === 'object') {
    const value = asset.field_value;
    return { ...value, alt: value.alt ?? '', title: value.title ?? '', copyright: value.copyright ?? '', focus: value.focus ?? '', fieldtype: 'asset' };
  }
  return {
    id: asset.id ?? null,
    alt: asset.alt ?? '',
    name: asset.name ?? '',
    focus: asset.focus ?? '',
    title: asset.title ?? '',
    filename: asset.filename ?? '',
    copyright: asset.copyright ?? '',
    fieldtype: 'asset',
  };
}

export function thumbnail(filename) {
  return kindOf(filename) === 'images' && !/\.svg$/i.test(filename) ? `${filename}/m/160x0` : filename;
}

function shortName(filename) {
  return decodeURIComponent(String(filename).replace(/[?#].*$/, '').split('/').pop() || filename);
}

function acceptOf(filetypes) {
  return filetypes?.length ? filetypes.flatMap((kind) => (KINDS[kind] ?? []).map((extension) => `.${extension}`)).join(',') : nothing;
}

function kindsText(filetypes) {
  return filetypes.map((kind) => KIND_NAMES[kind] ?? kind).join(' or ');
}

/**
 * The asset library in a modal dialog: search, folders, upload. Resolves with the chosen library asset (or, from
 * the "use a web address" fallback, {filename}) or null when cancelled.
 */
export function pickAsset({ spaceId, filetypes = [] }) {
  return new Promise((resolve) => {
    const dialog = document.createElement('dialog');
    dialog.className = 'dialog asset-dialog';
    document.body.append(dialog);
    const state = { search: '', folder: '', assets: null, loading: true, folders: [], problem: '', upload: null, url: '', urlProblem: '' };
    const progressId = uniqueId('upload');
    const finish = (value) => {
      dialog.close();
      dialog.remove();
      resolve(value);
    };
    let searchTimer = null;
    const load = async () => {
      // The previous list stays on screen while a search loads, so the grid does not flicker under the pointer.
      state.loading = true;
      draw();
      try {
        const type = filetypes.length && filetypes.every((kind) => ['images', 'videos', 'texts'].includes(kind)) ? filetypes.join(',') : '';
        const answer = await get(`/api/spaces/${spaceId}/assets${query({ search: state.search, in_folder: state.folder, type, per_page: 60, sort_by: 'created_at:desc' })}`);
        state.assets = answer.assets ?? [];
        state.problem = '';
        state.loading = false;
      } catch (error) {
        state.loading = false;
        state.assets = [];
        state.problem = error.status === 404
          ? 'The asset library is not available on this server yet. You can still use a file by its web address below.'
          : error.message;
      }
      draw();
    };
    const loadFolders = async () => {
      try {
        state.folders = (await get(`/api/spaces/${spaceId}/asset_folders`)).asset_folders ?? [];
        draw();
      } catch {
        state.folders = [];
      }
    };
    const choose = (asset) => {
      if (!allowedFile(asset.filename, filetypes)) {
        state.problem = `This field takes only ${kindsText(filetypes)}.`;
        draw();
        return;
      }
      finish(asset);
    };
    const uploadFile = async (event) => {
      const file = event.target.files?.[0];
      event.target.value = '';
      if (!file) return;
      if (!allowedFile(file.name, filetypes)) {
        state.upload = { name: file.name, progress: 0, problem: `“${file.name}” cannot be used here: this field takes only ${kindsText(filetypes)}.` };
        draw();
        return;
      }
      state.upload = { name: file.name, progress: 0, problem: '' };
      draw();
      try {
        const asset = await upload(spaceId, file, state.folder, (progress) => {
          state.upload.progress = progress;
          draw();
        });
        state.upload = null;
        finish(asset);
      } catch (error) {
        const said = error?.body?.error;
        const reason = said ? said.charAt(0).toUpperCase() + said.slice(1) : error.message;
        state.upload = { name: file.name, progress: 0, problem: `“${file.name}” was not uploaded. ${reason.replace(/\.?$/, '.')}` };
        draw();
      }
    };
    const useUrl = (event) => {
      event.preventDefault();
      const url = state.url.trim();
      if (!/^(https?:\/\/|\/)\S+$/.test(url)) state.urlProblem = 'Enter a web address starting with https:// or /.';
      else if (!allowedFile(url, filetypes)) state.urlProblem = `This field takes only ${kindsText(filetypes)}.`;
      else {
        finish({ id: null, filename: url });
        return;
      }
      draw();
    };
    const draw = () => render(html`
      <h2>Choose a file</h2>
      <div class="asset-tools">
        <label>Search <input type="search" name="search" .value=${state.search} placeholder="File name or alt text"
               @input=${(event) => {
                 state.search = event.target.value;
                 clearTimeout(searchTimer);
                 searchTimer = setTimeout(load, 250);
               }}></label>
        ${state.folders.length ? html`
          <label>Folder
            <select name="folder" @change=${(event) => { state.folder = event.target.value; load(); }}>
              <option value="">All files</option>
              ${state.folders.map((folder) => html`<option value=${folder.id} ?selected=${String(folder.id) === state.folder}>${folder.name}</option>`)}
            </select>
          </label>` : nothing}
        <label class="upload-button secondary">Upload a file
          <input type="file" class="visually-hidden" accept=${acceptOf(filetypes)} @change=${uploadFile}>
        </label>
      </div>
      ${filetypes.length ? html`<p class="muted">This field takes ${kindsText(filetypes)}.</p>` : nothing}
      ${state.upload ? html`
        <div class="asset-upload" role="status">
          ${state.upload.problem
            ? html`<p class="field-error" role="alert">${state.upload.problem}</p>`
            : html`<label for=${progressId}>Uploading ${state.upload.name}…</label>
                   <progress id=${progressId} max="1" .value=${state.upload.progress}></progress>`}
        </div>` : nothing}
      ${state.problem ? html`<p class="field-error" role="alert">${state.problem}</p>` : nothing}
      ${state.assets === null ? html`<p class="muted">Loading the files…</p>` : html`
        <ul class="asset-grid" aria-label="Files" aria-busy=${state.loading ? 'true' : 'false'}>
          ${state.assets.map((asset) => html`
            <li>
              <button type="button" class="asset-choice" ?disabled=${!allowedFile(asset.filename, filetypes)}
                      @click=${() => choose(asset)} title=${shortName(asset.filename)}>
                ${kindOf(asset.filename) === 'images'
                  ? html`<img src=${thumbnail(asset.filename)} alt="" loading="lazy">`
                  : html`<span class="asset-kind">${extensionOf(asset.filename).toUpperCase() || 'FILE'}</span>`}
                <span class="asset-name">${asset.name || asset.short_filename || shortName(asset.filename)}</span>
              </button>
            </li>`)}
          ${state.assets.length || state.problem ? nothing : html`<li class="muted">No files${state.search ? ' match your search' : ' yet: upload one'}.</li>`}
        </ul>`}
      <form class="asset-url" @submit=${useUrl}>
        <label>Or use a file by its web address
          <span class="asset-url-row">
            <input name="url" .value=${state.url} placeholder="https://…" @input=${(event) => { state.url = event.target.value; }}>
            <button type="submit" class="secondary">Use this address</button>
          </span>
        </label>
        ${state.urlProblem ? html`<p class="field-error" role="alert">${state.urlProblem}</p>` : nothing}
      </form>
      <footer><button type="button" class="secondary" @click=${() => finish(null)}>Cancel</button></footer>`, dialog);
    dialog.addEventListener('cancel', (event) => {
      event.preventDefault();
      finish(null);
    });
    draw();
    dialog.showModal();
    dialog.querySelector('input[type=search]')?.focus();
    load();
    loadFolders();
  });
}

/** One chosen file: its thumbnail, alt text and title, and buttons to replace or remove it. */
function assetCard(element, asset, { onChange, onReplace, onRemove, extra = nothing }) {
  const id = uniqueId('asset');
  const edit = (key) => (event) => onChange({ ...asset, [key]: event.target.value });
  return html`
    <div class="asset-card">
      <div class="asset-thumb">
        ${kindOf(asset.filename) === 'images'
          ? html`<img src=${thumbnail(asset.filename)} alt=${asset.alt || ''}>`
          : html`<span class="asset-kind">${extensionOf(asset.filename).toUpperCase() || 'FILE'}</span>`}
      </div>
      <div class="asset-details">
        <a class="asset-file" href=${asset.filename} target="_blank" rel="noopener noreferrer">${shortName(asset.filename)}</a>
        <label for=${`${id}-alt`}>Alt text <small>What the image shows, for people who cannot see it</small></label>
        <input id=${`${id}-alt`} class="asset-alt" .value=${asset.alt ?? ''} ?readonly=${element.readonly} @input=${edit('alt')}>
        <label for=${`${id}-title`}>Title</label>
        <input id=${`${id}-title`} class="asset-title" .value=${asset.title ?? ''} ?readonly=${element.readonly} @input=${edit('title')}>
        ${element.readonly ? nothing : html`
          <div class="actions">
            ${onReplace ? html`<button type="button" class="secondary asset-replace" @click=${onReplace}>Replace</button>` : nothing}
            ${extra}
            <button type="button" class="link danger asset-remove" @click=${onRemove}>Remove</button>
          </div>`}
      </div>
    </div>`;
}

class DuetFieldAsset extends FieldElement {
  async pick() {
    try {
      const chosen = await pickAsset({ spaceId: this.spaceId, filetypes: this.field?.filetypes ?? [] });
      if (!chosen) return;
      const current = this.value && typeof this.value === 'object' ? this.value : {};
      const value = assetValue(chosen);
      // The alt text and title written for this field survive replacing the file, unless the new file brings its own.
      this.change({ ...value, alt: value.alt || current.alt || '', title: value.title || current.title || '' });
    } catch (error) {
      toastError(error);
    }
    this.querySelector('.asset-replace, .asset-pick')?.focus();
  }

  render() {
    const asset = this.value && typeof this.value === 'object' && this.value.filename ? this.value : null;
    return html`
      <div class="field field-asset" role="group" aria-labelledby=${`${this.inputId}-label`} aria-describedby=${this.describedBy}>
        ${this.renderLabel({ forInput: false })}
        ${this.renderDescription()}
        ${asset
          ? assetCard(this, asset, {
            onChange: (value) => this.change(value),
            onReplace: () => this.pick(),
            onRemove: () => this.change(emptyAsset()),
          })
          : html`<button type="button" class="secondary asset-pick" ?disabled=${this.readonly} @click=${() => this.pick()}>Choose a file</button>`}
        ${this.renderProblems()}
      </div>`;
  }
}

class DuetFieldMultiasset extends FieldElement {
  get list() {
    return Array.isArray(this.value) ? this.value : [];
  }

  async add() {
    try {
      const chosen = await pickAsset({ spaceId: this.spaceId, filetypes: this.field?.filetypes ?? [] });
      if (chosen) this.change([...this.list, assetValue(chosen)]);
    } catch (error) {
      toastError(error);
    }
    this.querySelector('.asset-pick')?.focus();
  }

  move(index, by) {
    const list = [...this.list];
    const [item] = list.splice(index, 1);
    list.splice(index + by, 0, item);
    this.change(list);
  }

  render() {
    const list = this.list;
    return html`
      <div class="field field-multiasset" role="group" aria-labelledby=${`${this.inputId}-label`} aria-describedby=${this.describedBy}>
        ${this.renderLabel({ forInput: false })}
        ${this.renderDescription()}
        <ol class="asset-list">
          ${list.map((asset, index) => html`<li>${assetCard(this, asset, {
            onChange: (value) => this.change(list.map((item, at) => (at === index ? value : item))),
            onRemove: () => this.change(list.filter((_, at) => at !== index)),
            extra: html`
              <button type="button" class="icon" aria-label="Move earlier" ?disabled=${index === 0} @click=${() => this.move(index, -1)}>↑</button>
              <button type="button" class="icon" aria-label="Move later" ?disabled=${index === list.length - 1} @click=${() => this.move(index, 1)}>↓</button>`,
          })}</li>`)}
        </ol>
        ${this.readonly ? nothing : html`<button type="button" class="secondary asset-pick" @click=${() => this.add()}>Add a file</button>`}
        ${this.renderProblems()}
      </div>`;
  }
}

customElements.define('duet-field-asset', DuetFieldAsset);
customElements.define('duet-field-multiasset', DuetFieldMultiasset);
