import { html, nothing } from 'lit';
import { icons } from '../ui/icons.js';
import { DuetElement } from '../element.js';
import { del, get, getPage, post, put, query } from '../api.js';
import { navigate } from '../router.js';
import { session } from '../session.js';
import { toast, toastError } from '../ui/toast.js';
import { confirmDialog, openDialog } from '../ui/dialog.js';
import { ACCEPT_ATTRIBUTE, fileSize, refusal, upload } from './asset-upload.js';
import { thumbnail } from './asset-details.js';

const PAGE = 48;
const ASSET_DRAG = 'application/x-duet-asset';

/**
 * The asset library: folders on the left, a grid of thumbnails filtered by search and type, uploads by button or by
 * dropping files on the grid (with progress and a clear reason when a file is refused), and a details panel for the
 * picked asset. Assets move to a folder from the details panel, or by dropping their card on the folder.
 */
class DuetAssets extends DuetElement {
  static properties = {
    spaceId: {},
    folderId: {},
    assets: { state: true },
    total: { state: true },
    folders: { state: true },
    search: { state: true },
    type: { state: true },
    selectedId: { state: true },
    uploads: { state: true },
    dropping: { state: true },
    dropFolder: { state: true },
    loading: { state: true },
    error: { state: true },
  };

  constructor() {
    super();
    this.assets = [];
    this.total = 0;
    this.folders = [];
    this.search = '';
    this.type = '';
    this.uploads = [];
    this.loading = true;
  }

  willUpdate(changed) {
    if (changed.has('spaceId')) this.loadFolders();
    if (changed.has('spaceId') || changed.has('folderId')) this.load();
  }

  get base() {
    return `/api/spaces/${this.spaceId}`;
  }

  get canWrite() {
    return session.may('story:write');
  }

  async load({ append = false } = {}) {
    this.loading = true;
    this.error = '';
    try {
      const page = append ? Math.floor(this.assets.length / PAGE) + 1 : 1;
      const params = { search: this.search, type: this.type, in_folder: this.folderId, per_page: PAGE, page };
      const { body, total } = await getPage(`${this.base}/assets${query(params)}`);
      this.assets = append ? [...this.assets, ...body.assets] : body.assets;
      this.total = total || this.assets.length;
    } catch (error) {
      this.error = error.message;
    } finally {
      this.loading = false;
    }
  }

  /** Every folder, each with its path ("Campaigns / Spring") for pickers, in tree order. */
  async loadFolders() {
    try {
      const list = (await get(`${this.base}/asset_folders`)).asset_folders;
      const children = (parent) => list.filter((folder) => (folder.parent_id ?? null) === parent)
        .sort((a, b) => a.name.localeCompare(b.name));
      const ordered = [];
      const walk = (parent, trail, depth) => {
        for (const folder of children(parent)) {
          const path = [...trail, folder.name];
          ordered.push({ ...folder, path: path.join(' / '), depth });
          walk(folder.id, path, depth + 1);
        }
      };
      walk(null, [], 0);
      this.folders = ordered;
    } catch (error) {
      toastError(error);
    }
  }

  setFilter(name, value) {
    this[name] = value;
    clearTimeout(this.searchTimer);
    this.searchTimer = setTimeout(() => this.load(), name === 'search' ? 250 : 0);
  }

  folderPath(id) {
    return `/admin/spaces/${this.spaceId}/assets${id ? `?folder=${id}` : ''}`;
  }

  get currentFolder() {
    return this.folders.find((folder) => String(folder.id) === String(this.folderId)) ?? null;
  }

  async createFolder() {
    const parent = this.currentFolder;
    const values = await openDialog({
      title: parent ? `New folder in “${parent.name}”` : 'New folder',
      okLabel: 'Create folder',
      content: html`<label>Name <input name="name" required maxlength="200"></label>`,
    });
    if (!values) return;
    try {
      await post(`${this.base}/asset_folders`, { asset_folder: { name: values.name, parent_id: parent?.id ?? null } });
      toast(`Folder “${values.name}” created.`, { kind: 'success' });
      await this.loadFolders();
    } catch (error) {
      toastError(error);
    }
  }

  async renameFolder(folder) {
    const values = await openDialog({
      title: `Rename “${folder.name}”`,
      okLabel: 'Rename',
      content: html`<label>Name <input name="name" required maxlength="200" .value=${folder.name}></label>`,
    });
    if (!values || values.name === folder.name) return;
    try {
      await put(`${this.base}/asset_folders/${folder.id}`, { asset_folder: { name: values.name } });
      await this.loadFolders();
    } catch (error) {
      toastError(error);
    }
  }

  async removeFolder(folder) {
    if (!await confirmDialog('Delete folder?', `Delete the folder “${folder.name}”?`, { okLabel: 'Delete', danger: true })) return;
    try {
      await del(`${this.base}/asset_folders/${folder.id}`);
      toast(`Deleted the folder “${folder.name}”.`, { kind: 'success' });
      await this.loadFolders();
      if (String(this.folderId) === String(folder.id)) navigate(this.folderPath(folder.parent_id), { replace: true });
    } catch (error) {
      if (error.status === 409) toast('This folder still holds assets or folders. Move or delete them first.', { kind: 'error' });
      else toastError(error);
    }
  }

  async moveAsset(assetId, folderId) {
    try {
      await put(`${this.base}/assets/${assetId}`, { asset: { asset_folder_id: Number(folderId) || 0 } });
      const folder = this.folders.find((candidate) => candidate.id === Number(folderId));
      toast(`Moved to ${folder ? `“${folder.name}”` : 'the top level'}.`, { kind: 'success' });
      await this.load();
    } catch (error) {
      toastError(error);
    }
  }

  /** Uploads the files one after another, each with its own progress line. */
  async uploadFiles(files) {
    if (!this.canWrite) return;
    const entries = [...files].map((file) => ({ file, name: file.name, progress: 0, error: refusal(file), done: false }));
    this.uploads = [...this.uploads.filter((entry) => !entry.done || entry.error), ...entries];
    let uploaded = 0;
    for (const entry of entries) {
      if (entry.error) continue;
      try {
        await upload(this.spaceId, entry.file, this.folderId, (fraction) => {
          entry.progress = fraction;
          this.requestUpdate();
        });
        entry.progress = 1;
        entry.done = true;
        uploaded++;
      } catch (error) {
        entry.error = error.message;
      }
      this.uploads = [...this.uploads];
    }
    this.uploads = this.uploads.filter((entry) => entry.error || !entry.done);
    if (uploaded) {
      toast(`Uploaded ${uploaded} file${uploaded === 1 ? '' : 's'}.`, { kind: 'success' });
      await this.load();
    }
  }

  onGridDragOver(event) {
    if (!this.canWrite || !event.dataTransfer?.types.includes('Files')) return;
    event.preventDefault();
    this.dropping = true;
  }

  onGridDrop(event) {
    if (!event.dataTransfer?.types.includes('Files')) return;
    event.preventDefault();
    this.dropping = false;
    if (event.dataTransfer.files.length) this.uploadFiles(event.dataTransfer.files);
  }

  onFolderDragOver(event, folderId) {
    if (!this.canWrite || !event.dataTransfer?.types.includes(ASSET_DRAG)) return;
    event.preventDefault();
    this.dropFolder = folderId;
  }

  onFolderDrop(event, folderId) {
    const assetId = event.dataTransfer?.getData(ASSET_DRAG);
    this.dropFolder = null;
    if (!assetId) return;
    event.preventDefault();
    this.moveAsset(assetId, folderId);
  }

  picked(id) {
    this.selectedId = this.selectedId === id ? null : id;
  }

  render() {
    const selected = this.assets.find((asset) => asset.id === this.selectedId);
    return html`
      <header class="page-header">
        <div>
          <h1>${this.currentFolder?.name ?? 'Assets'}</h1>
          <p class="muted">Images, videos and documents for your stories.</p>
        </div>
        ${this.canWrite ? html`
          <div class="actions">
            <button type="button" class="secondary new-folder" @click=${() => this.createFolder()}>New folder</button>
            <label class="button primary upload-button">Upload files
              <input type="file" class="visually-hidden" multiple accept=${ACCEPT_ATTRIBUTE}
                     @change=${(event) => { this.uploadFiles(event.target.files); event.target.value = ''; }}>
            </label>
          </div>` : nothing}
      </header>
      <div class="asset-layout ${selected ? 'with-details' : ''}">
        ${this.renderFolders()}
        <section class="asset-main">
          ${this.renderToolbar()}
          ${this.renderUploads()}
          ${this.error ? html`<p class="form-error" role="alert">${this.error} <button class="link" @click=${() => this.load()}>Try again</button></p>` : nothing}
          <div class="asset-drop ${this.dropping ? 'dropping' : ''}" @dragover=${(event) => this.onGridDragOver(event)}
               @dragleave=${() => { this.dropping = false; }} @drop=${(event) => this.onGridDrop(event)}>
            ${this.renderGrid()}
          </div>
        </section>
        ${selected ? html`
          <duet-asset-details .spaceId=${this.spaceId} .asset=${selected} .folders=${this.folders} .readonly=${!this.canWrite}
            @asset-changed=${() => this.load()} @asset-deleted=${() => { this.selectedId = null; this.load(); }}
            @asset-closed=${() => { this.selectedId = null; }}></duet-asset-details>` : nothing}
      </div>`;
  }

  renderFolders() {
    const link = (id, name, depth, folder) => html`
      <li class="asset-folder ${this.dropFolder === (id ?? 0) ? 'drop-into' : ''}" data-folder-id=${id ?? 0}
          style=${`padding-left: ${depth * 0.9}rem`}
          @dragover=${(event) => this.onFolderDragOver(event, id ?? 0)} @dragleave=${() => { this.dropFolder = null; }}
          @drop=${(event) => this.onFolderDrop(event, id ?? 0)}>
        <a href=${this.folderPath(id)} aria-current=${String(this.folderId || '') === String(id ?? '') ? 'page' : 'false'}>
          ${icons.folder()} ${name}
        </a>
        ${folder && this.canWrite ? html`
          <span class="folder-actions">
            <button type="button" class="icon" aria-label="Rename folder ${folder.name}" @click=${() => this.renameFolder(folder)}>✎</button>
            <button type="button" class="icon danger" aria-label="Delete folder ${folder.name}" @click=${() => this.removeFolder(folder)}>${icons.trash()}</button>
          </span>` : nothing}
      </li>`;
    return html`
      <nav class="asset-folders" aria-label="Asset folders">
        <ul>
          ${link(undefined, 'All assets', 0, null)}
          ${this.folders.map((folder) => link(folder.id, folder.name, folder.depth + 1, folder))}
        </ul>
        ${this.canWrite ? html`<p class="muted hint">Drag an asset onto a folder to move it there.</p>` : nothing}
      </nav>`;
  }

  renderToolbar() {
    return html`
      <div class="toolbar" role="search">
        <label class="search">Search
          <input type="search" placeholder="File name, title or alt text" .value=${this.search}
                 @input=${(event) => this.setFilter('search', event.target.value)}>
        </label>
        <label>Type
          <select name="type" @change=${(event) => this.setFilter('type', event.target.value)}>
            <option value="">Any</option>
            <option value="images" ?selected=${this.type === 'images'}>Images</option>
            <option value="videos" ?selected=${this.type === 'videos'}>Videos</option>
            <option value="texts" ?selected=${this.type === 'texts'}>Documents</option>
          </select>
        </label>
      </div>`;
  }

  renderUploads() {
    if (!this.uploads.length) return nothing;
    return html`
      <ul class="upload-list" aria-label="Uploads" aria-live="polite">
        ${this.uploads.map((entry) => html`
          <li class="upload ${entry.error ? 'upload-failed' : ''}">
            <span class="upload-name">${entry.name} <small>${fileSize(entry.file.size)}</small></span>
            ${entry.error
              ? html`<span class="field-error upload-error">${entry.error}</span>`
              : html`<progress max="1" .value=${entry.progress} aria-label="Uploading ${entry.name}"></progress>`}
          </li>`)}
        ${this.uploads.some((entry) => entry.error) ? html`
          <li><button type="button" class="link" @click=${() => { this.uploads = this.uploads.filter((entry) => !entry.error); }}>Dismiss</button></li>` : nothing}
      </ul>`;
  }

  renderGrid() {
    if (!this.assets.length && !this.loading) {
      const filtering = this.search || this.type;
      return html`
        <section class="empty-state">
          <h2>${filtering ? 'No assets match' : 'No assets here yet'}</h2>
          <p>${filtering ? 'Try another search or type.' : this.canWrite ? 'Drop files here, or use “Upload files”.' : ''}</p>
        </section>`;
    }
    return html`
      <p class="muted count">${this.total} asset${this.total === 1 ? '' : 's'}</p>
      <ul class="asset-grid" aria-label="Assets">
        ${this.assets.map((asset) => {
          const image = thumbnail(asset, 240);
          return html`
            <li class="asset-card ${asset.id === this.selectedId ? 'selected' : ''}" data-asset-id=${asset.id}
                draggable=${this.canWrite ? 'true' : 'false'}
                @dragstart=${(event) => { event.dataTransfer.setData(ASSET_DRAG, String(asset.id)); event.dataTransfer.effectAllowed = 'move'; }}>
              <button type="button" class="asset-open" aria-pressed=${asset.id === this.selectedId ? 'true' : 'false'} @click=${() => this.picked(asset.id)}>
                ${image ? html`<img src=${image} alt=${asset.alt ?? ''} loading="lazy">`
                  : html`<span class="asset-icon" aria-hidden="true">${icons.page()}</span>`}
                <span class="asset-name">${asset.short_filename}</span>
              </button>
            </li>`;
        })}
      </ul>
      ${this.assets.length < this.total ? html`<button class="secondary" @click=${() => this.load({ append: true })}>Show more</button>` : nothing}`;
  }
}

customElements.define('duet-assets', DuetAssets);
