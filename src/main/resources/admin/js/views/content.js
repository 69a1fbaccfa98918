import { html } from 'lit';
import { DuetElement } from '../element.js';
import { del, get, getPage, post, query } from '../api.js';
import { navigate } from '../router.js';
import { session } from '../session.js';
import { components, label } from '../schema.js';
import { toast, toastError } from '../ui/toast.js';
import { icons } from '../ui/icons.js';
import { confirmDialog } from '../ui/dialog.js';
import { askFolder, askNewStory, openFolderPicker } from './content-dialogs.js';
import { allStories, inStage, loadBoard, stageBadge, stageFilter } from './workflow-tree.js';
import '../editor/discussions-count.js';
import { relativeTime } from '../ui/time.js';

const PAGE = 100;

/**
 * The content tree: one folder at a time with its breadcrumb, stories and sub-folders in their order. Drag a row to
 * reorder it or drop it on a folder (or a breadcrumb) to move it; with the keyboard, Alt+↑/↓ reorders and the row's
 * "Move…" button moves. Searching or filtering lists matching stories from the whole space instead.
 */
class DuetContent extends DuetElement {
  static properties = {
    spaceId: {},
    folderId: {},
    items: { state: true },
    total: { state: true },
    trail: { state: true },
    filters: { state: true },
    schema: { state: true },
    tags: { state: true },
    loading: { state: true },
    error: { state: true },
    dropTarget: { state: true },
    board: { state: true },
    stageFilter: { state: true },
  };

  constructor() {
    super();
    this.items = [];
    this.total = 0;
    this.trail = [];
    this.filters = { search: '', component: '', tag: '', status: '', updated_by: '' };
    this.tags = [];
    this.loading = true;
    this.stageFilter = '';
  }

  willUpdate(changed) {
    if (changed.has('spaceId') || changed.has('folderId')) this.load();
  }

  get filtering() {
    return Object.values(this.filters).some((value) => value) || !!this.stageFilter;
  }

  get base() {
    return `/api/spaces/${this.spaceId}`;
  }

  async load({ append = false } = {}) {
    // loads overlap (a move reloads while the first load still reads its surroundings): only the latest one may
    // show its answer, or an older list could overwrite a newer order
    const turn = (this.loadTurn = (this.loadTurn ?? 0) + 1);
    const current = () => turn === this.loadTurn;
    this.loading = true;
    this.error = '';
    try {
      const page = append ? Math.floor(this.items.length / PAGE) + 1 : 1;
      const params = this.filtering
        ? { ...this.filters, sort_by: 'updated_at:desc' }
        : { parent_id: this.folderId || 0, sort_by: 'position' };
      const path = `${this.base}/stories${query({ ...params, per_page: PAGE, page })}`;
      const board = append ? this.board : await loadBoard(this.spaceId).catch(() => null);
      const { body, total } = this.stageFilter ? { body: { stories: await allStories(this.spaceId, params) } } : await getPage(path);
      const stories = body.stories.filter((story) => inStage(board, this.stageFilter, story));
      if (!current()) return;
      this.board = board;
      this.items = append ? [...this.items, ...stories] : stories;
      this.total = this.stageFilter ? this.items.length : total || this.items.length;
      if (!append) await this.loadSurroundings();
    } catch (error) {
      this.error = error.message;
    } finally {
      if (current()) this.loading = false;
    }
  }

  async loadSurroundings() {
    const [schema, tags, trail] = await Promise.all([
      components(this.spaceId).catch(() => null),
      get(`${this.base}/tags`).then((answer) => answer.tags).catch(() => []),
      this.loadTrail(),
    ]);
    this.schema = schema;
    this.tags = tags;
    this.trail = trail;
  }

  /** The folders from the root down to the current one. */
  async loadTrail() {
    const trail = [];
    let id = this.folderId;
    while (id) {
      const { story } = await get(`${this.base}/stories/${id}`);
      trail.unshift(story);
      id = story.parent_id;
    }
    return trail;
  }

  folderPath(id) {
    return `/admin/spaces/${this.spaceId}/content${id ? `?folder=${id}` : ''}`;
  }

  storyPath(story) {
    return story.is_folder ? this.folderPath(story.id) : `/admin/spaces/${this.spaceId}/stories/${story.id}`;
  }

  setFilter(name, value) {
    this.filters = { ...this.filters, [name]: value };
    clearTimeout(this.searchTimer);
    this.searchTimer = setTimeout(() => this.load(), name === 'search' ? 250 : 0);
  }

  async create(isFolder) {
    const schema = await components(this.spaceId).catch(() => ({ components: [] }));
    const answer = isFolder ? await askFolder() : await askNewStory(schema.components.filter((c) => c.is_root));
    if (!answer) return;
    try {
      const { story } = await post(`${this.base}/stories`, { story: { ...answer, parent_id: Number(this.folderId) || null } });
      toast(isFolder ? `Folder “${story.name}” created.` : `“${story.name}” created.`, { kind: 'success' });
      if (isFolder) await this.load();
      else navigate(this.storyPath(story));
    } catch (error) {
      toastError(error);
    }
  }

  async deleteStory(story) {
    const what = story.is_folder ? `the folder “${story.name}” and everything in it` : `“${story.name}”`;
    const published = story.published ? ' It is live now and will disappear from the site.' : '';
    if (!await confirmDialog('Delete?', `Delete ${what}? This cannot be undone.${published}`, { okLabel: 'Delete', danger: true })) return;
    try {
      await del(`${this.base}/stories/${story.id}${story.is_folder ? '?recursive=true' : ''}`, { version: story.version });
      toast(`Deleted “${story.name}”.`, { kind: 'success' });
      await this.load();
    } catch (error) {
      toastError(error);
    }
  }

  /** Moves `story` into `parentId` (null for the root) and/or next to a sibling: {after_id} or {before_id}. */
  async move(story, parentId, placement = {}) {
    try {
      await post(`${this.base}/stories/${story.id}/move`, { parent_id: parentId ?? 0, ...placement, version: story.version });
      await this.load();
    } catch (error) {
      toastError(error);
    }
  }

  async moveBy(shown, step) {
    // by id, not identity: a reload may have replaced the list since the row that asked was rendered
    const index = this.items.findIndex((item) => item.id === shown.id);
    const story = this.items[index];
    const neighbour = this.items[index + step];
    if (index < 0 || !neighbour || this.filtering) return;
    await this.move(story, story.parent_id, step < 0 ? { before_id: neighbour.id } : { after_id: neighbour.id });
    this.querySelector(`[data-story-id="${story.id}"] a`)?.focus();
  }

  async moveToFolder(story) {
    const target = await openFolderPicker(this.spaceId, story);
    if (target !== undefined) await this.move(story, target, {});
  }

  onKey(event, story) {
    if (!event.altKey || (event.key !== 'ArrowUp' && event.key !== 'ArrowDown')) return;
    event.preventDefault();
    this.moveBy(story, event.key === 'ArrowUp' ? -1 : 1);
  }

  onDragStart(event, story) {
    this.dragged = story;
    event.dataTransfer.effectAllowed = 'move';
    event.dataTransfer.setData('text/plain', String(story.id));
  }

  /** Where a drop over `target` would put the dragged row: into a folder (middle), or before/after the row. */
  dropZone(event, target) {
    const box = event.currentTarget.getBoundingClientRect();
    const offset = (event.clientY - box.top) / box.height;
    if (target.is_folder && offset > 0.25 && offset < 0.75) return 'into';
    return offset < 0.5 ? 'before' : 'after';
  }

  onDragOver(event, target) {
    if (!this.dragged || this.dragged.id === target.id || this.filtering) return;
    event.preventDefault();
    this.dropTarget = { id: target.id, zone: this.dropZone(event, target) };
  }

  async onDrop(event, target) {
    event.preventDefault();
    const dragged = this.dragged;
    const zone = this.dropTarget?.zone;
    this.dragged = null;
    this.dropTarget = null;
    if (!dragged || dragged.id === target.id) return;
    if (zone === 'into') await this.move(dragged, target.id, {});
    else await this.move(dragged, target.parent_id, zone === 'before' ? { before_id: target.id } : { after_id: target.id });
  }

  async onDropOnCrumb(event, folderId) {
    event.preventDefault();
    const dragged = this.dragged;
    this.dragged = null;
    this.dropTarget = null;
    if (dragged && String(dragged.parent_id ?? '') !== String(folderId ?? '')) await this.move(dragged, folderId, {});
  }

  render() {
    const space = session.space(this.spaceId);
    const canWrite = session.may('story:write');
    return html`
      <header class="page-header">
        <div>
          ${this.renderTrail(space)}
          <h1>${this.trail.at(-1)?.name ?? 'Content'}</h1>
        </div>
        ${canWrite ? html`
          <div class="actions">
            <button type="button" class="secondary" @click=${() => this.create(true)}>New folder</button>
            <button type="button" class="primary" @click=${() => this.create(false)}>New story</button>
          </div>` : ''}
      </header>
      ${this.renderFilters()}
      ${this.error ? html`<p class="form-error" role="alert">${this.error} <button class="link" @click=${() => this.load()}>Try again</button></p>` : ''}
      ${this.renderList(canWrite)}`;
  }

  renderTrail(space) {
    const crumbs = [{ id: null, name: space?.name ?? 'Content' }, ...this.trail.slice(0, -1)];
    if (!this.trail.length) return html`<nav class="breadcrumb" aria-label="Folders"><span>${space?.name ?? ''}</span></nav>`;
    return html`
      <nav class="breadcrumb" aria-label="Folders">
        ${crumbs.map((crumb) => html`
          <a href=${this.folderPath(crumb.id)} @dragover=${(event) => this.dragged && event.preventDefault()}
             @drop=${(event) => this.onDropOnCrumb(event, crumb.id)}>${crumb.name}</a><span aria-hidden="true">/</span>`)}
      </nav>`;
  }

  renderFilters() {
    const roots = this.schema?.components ?? [];
    const authors = [...new Set(this.items.map((story) => story.updated_by).filter(Boolean))];
    const select = (name, title, options) => html`
      <label>${title}
        <select @change=${(event) => this.setFilter(name, event.target.value)}>
          <option value="">Any</option>
          ${options.map(([value, text]) => html`<option value=${value} ?selected=${this.filters[name] === value}>${text}</option>`)}
        </select>
      </label>`;
    return html`
      <div class="toolbar" role="search">
        <label class="search">Search
          <input type="search" placeholder="Search names and slugs" .value=${this.filters.search}
                 @input=${(event) => this.setFilter('search', event.target.value)}>
        </label>
        ${select('component', 'Content type', roots.map((component) => [component.name, label(component)]))}
        ${select('tag', 'Tag', this.tags.map((tag) => [tag.name, tag.name]))}
        ${select('status', 'Status', [['draft', 'Draft'], ['published', 'Published'], ['changed', 'Unpublished changes']])}
        ${stageFilter(this.board, this.stageFilter, (value) => { this.stageFilter = value; this.load(); })}
        ${select('updated_by', 'Changed by', [[session.user?.email, 'Me'], ...authors.filter((a) => a !== session.user?.email).map((a) => [a, a])])}
      </div>`;
  }

  renderList(canWrite) {
    if (this.loading && !this.items.length) return html`<p class="muted" aria-busy="true">Loading…</p>`;
    if (!this.items.length) return this.renderEmpty(canWrite);
    return html`
      <p class="muted count">${this.filtering ? `${this.total} matching ${this.total === 1 ? 'story' : 'stories'} in the whole space` : ''}</p>
      <ul class="story-list" aria-label="Stories">
        ${this.items.map((story) => this.renderRow(story, canWrite))}
      </ul>
      ${this.items.length < this.total ? html`<button class="secondary" @click=${() => this.load({ append: true })}>Show more</button>` : ''}`;
  }

  renderEmpty(canWrite) {
    if (this.filtering) return html`<section class="empty-state"><h2>No stories match</h2><p>Try fewer filters or another search.</p></section>`;
    return html`
      <section class="empty-state">
        <h2>${this.folderId ? 'This folder is empty' : 'No stories yet'}</h2>
        <p>Stories are the pages of your site, composed from the blocks your developers defined.</p>
        ${canWrite ? html`<button class="primary" @click=${() => this.create(false)}>Create the first story</button>` : ''}
      </section>`;
  }

  renderRow(story, canWrite) {
    const drop = this.dropTarget?.id === story.id ? `drop-${this.dropTarget.zone}` : '';
    const draggable = canWrite && !this.filtering;
    return html`
      <li class="story-row ${drop}" data-story-id=${story.id} draggable=${draggable ? 'true' : 'false'}
          @dragstart=${(event) => this.onDragStart(event, story)} @dragend=${() => { this.dragged = null; this.dropTarget = null; }}
          @dragover=${(event) => this.onDragOver(event, story)} @dragleave=${() => { this.dropTarget = null; }}
          @drop=${(event) => this.onDrop(event, story)}>
        <span class="row-icon" aria-hidden="true">${story.is_folder ? icons.folder() : story.is_startpage ? icons.home() : icons.page()}</span>
        <a href=${this.storyPath(story)} @keydown=${(event) => canWrite && this.onKey(event, story)}>
          <span class="row-name">${story.name}</span>
          <span class="row-slug">/${story.full_slug}</span>
        </a>
        ${story.is_folder ? '' : html`<span class="row-badges">${this.renderStatus(story)}${stageBadge(this.board?.byStory.get(story.id))}<duet-discussion-count .spaceId=${this.spaceId} .storyId=${story.id}></duet-discussion-count></span>`}
        <span class="row-meta" title=${story.updated_at}>${story.updated_by ?? ''} · ${relativeTime(story.updated_at)}</span>
        ${canWrite ? html`
          <span class="row-actions">
            ${this.filtering ? '' : html`
              <button type="button" class="icon" aria-label="Move ${story.name} up" @click=${() => this.moveBy(story, -1)}>↑</button>
              <button type="button" class="icon" aria-label="Move ${story.name} down" @click=${() => this.moveBy(story, 1)}>↓</button>`}
            <button type="button" class="icon" aria-label="Move ${story.name} to another folder" @click=${() => this.moveToFolder(story)}>${icons.move()}</button>
            <button type="button" class="icon danger" aria-label="Delete ${story.name}" @click=${() => this.deleteStory(story)}>${icons.trash()}</button>
          </span>` : ''}
      </li>`;
  }

  renderStatus(story) {
    if (!story.published) return html`<span class="badge badge-draft">Draft</span>`;
    if (story.unpublished_changes) return html`<span class="badge badge-changed" title="Published, with changes not yet live">Changed</span>`;
    return html`<span class="badge badge-published">Published</span>`;
  }
}

customElements.define('duet-content', DuetContent);
