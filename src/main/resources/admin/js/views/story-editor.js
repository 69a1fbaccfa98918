// The story editor, the marketer's main workspace: the story's settings and the form generated from its content
// type's schema on the left, the live preview (or the history) on the right. Save with Ctrl/Cmd+S; publishing saves
// first. Every write sends the version the story was read at, so a concurrent save is never overwritten (409).
import { html } from 'lit';
import { DuetElement } from '../element.js';
import { get, post, put } from '../api.js';
import { setLeaveGuard } from '../router.js';
import { session } from '../session.js';
import { components, label } from '../schema.js';
import { toast, toastError } from '../ui/toast.js';
import { confirmDialog } from '../ui/dialog.js';
import { describePath, setExpanded, uidsAlongPath } from '../editor/blocks.js';
import { revealBlock, revealField } from '../editor/reveal.js';
import { sentence } from '../fields/field-base.js';
import '../fields/form.js';
import '../editor/preview.js';
import '../editor/history.js';
import { addons, extras, setCurrentEditor, tell } from '../editor/addons.js';
import '../editor/addons-all.js';
import { isStale, mergeStaleEdit } from '../editor/merge.js';

/** The story's own fields, as the API names them in problems (content fields have plain paths like body[0].headline). */
const STORY_FIELDS = ['story.name', 'story.slug', 'story.tag_list'];

class DuetStoryEditor extends DuetElement {
  static properties = {
    spaceId: {},
    storyId: {},
    story: { state: true },
    draft: { state: true },
    schema: { state: true },
    space: { state: true },
    dirty: { state: true },
    busy: { state: true },
    problems: { state: true },
    conflict: { state: true },
    error: { state: true },
    showPreview: { state: true },
    showHistory: { state: true },
    panel: { state: true },
    split: { state: true },
  };

  constructor() {
    super();
    this.problems = {};
    this.showPreview = localStorage.getItem('duet.editor.preview') !== 'hidden';
    this.split = Number(localStorage.getItem('duet.editor.split')) || 55;
    this.onKeyDown = (event) => {
      if ((event.ctrlKey || event.metaKey) && !event.altKey && event.key.toLowerCase() === 's') {
        event.preventDefault();
        this.save();
      }
    };
  }

  connectedCallback() {
    super.connectedCallback();
    setCurrentEditor(this);
    document.addEventListener('keydown', this.onKeyDown);
    setLeaveGuard(() => (this.dirty ? 'You have unsaved changes. Leave without saving?' : null));
  }

  disconnectedCallback() {
    super.disconnectedCallback();
    document.removeEventListener('keydown', this.onKeyDown);
    setLeaveGuard(null);
    tell('closed', this);
    setCurrentEditor(null);
  }

  willUpdate(changed) {
    if ((changed.has('spaceId') || changed.has('storyId')) && this.spaceId && this.storyId) this.load();
  }

  get base() {
    return `/api/spaces/${this.spaceId}/stories/${this.storyId}`;
  }

  async load() {
    this.error = '';
    this.conflict = false;
    try {
      const [{ story }, schema, { space }] = await Promise.all([
        get(this.base), components(this.spaceId), get(`/api/spaces/${this.spaceId}`)]);
      this.schema = schema;
      this.space = space;
      this.adopt(story);
      this.problems = {};
      tell('loaded', this);
    } catch (error) {
      this.error = error.message;
    }
  }

  /** Reads the story again from the server (add-ons call this after they changed it, e.g. a stage move). */
  reload() {
    return this.load();
  }

  /** Takes the server's story as the saved state; the draft follows unless it was edited meanwhile (`keepDraft`). */
  adopt(story, keepDraft = null) {
    this.story = story;
    if (keepDraft) {
      this.draft = keepDraft;
      this.dirty = true;
    } else {
      this.draft = { name: story.name, slug: story.slug, tag_list: story.tag_list ?? [], content: story.content };
      this.dirty = false;
    }
    this.previewStory = { ...story, ...this.draft };
  }

  edit(changes) {
    this.draft = { ...this.draft, ...changes };
    this.dirty = true;
    this.previewStory = { ...this.story, ...this.draft };
  }

  get preview() {
    return this.querySelector('duet-story-preview');
  }

  async save() {
    if (!this.story || this.busy) return false;
    if (this.conflict) return this.resolveConflict();
    this.busy = 'Saving…';
    const sent = this.draft;
    try {
      const { story } = await put(this.base, {
        story: { name: sent.name, slug: sent.slug, content: sent.content, tag_list: sent.tag_list },
        version: this.story.version,
      });
      this.adopt(story, this.draft === sent ? null : this.draft);
      this.problems = {};
      toast('Saved.', { kind: 'success' });
      this.preview?.notify('saved');
      tell('saved', this);
      return true;
    } catch (error) {
      this.failed(error);
      return false;
    } finally {
      this.busy = '';
    }
  }

  failed(error) {
    if (isStale(error) && !this.dirty) {
      // nothing of ours to lose: show their version and let the person try again
      toast('Someone else changed this story meanwhile. It is reloaded: check it and try again.', { kind: 'error' });
      this.load();
    } else if (isStale(error)) {
      this.resolveConflict();
    } else if ([400, 409, 422].includes(error.status) && error.details.some((detail) => detail?.path)) {
      this.showProblems(error.fieldProblems(), error.message);
      toast('Not saved: some fields need your attention.', { kind: 'error' });
    } else {
      toastError(error);
    }
  }

  /**
   * Someone saved since we read the story: offer to merge our draft with theirs (editor/merge.js). Resolves true when
   * the merged story was saved; the banner stays while the person keeps editing instead.
   */
  async resolveConflict() {
    this.conflict = true;
    return (await mergeStaleEdit(this)) === 'saved';
  }

  /** Puts each problem next to its field (paths like "body[0].headline"), opening the blocks that contain them. */
  showProblems(byPath, fallbackMessage) {
    const problems = {};
    for (const [raw, messages] of Object.entries(byPath)) {
      const path = STORY_FIELDS.includes(raw) ? raw : raw.replace(/^(story\.)?content(\.|$)/, '');
      const said = messages.filter(Boolean);
      (problems[path || 'content'] ??= []).push(...(said.length ? said : [fallbackMessage]));
    }
    this.problems = problems;
    setExpanded(Object.keys(problems).flatMap((path) => uidsAlongPath(this.draft.content, path)));
    this.updateComplete.then(() => this.querySelector('.problem-summary')?.focus());
  }

  async publish() {
    if (this.dirty && !(await this.save())) return;
    await this.act('Publishing…', 'publish', 'Published. It is live now.', 'published');
  }

  async unpublish() {
    if (!await confirmDialog('Unpublish?', `“${this.story.name}” will disappear from the site. Its draft stays here.`, { okLabel: 'Unpublish', danger: true })) return;
    await this.act('Unpublishing…', 'unpublish', 'Unpublished. It is no longer on the site.', 'unpublished');
  }

  async discard() {
    if (!await confirmDialog('Discard changes?', 'The draft goes back to the published version. Your changes since then stay in the history.', { okLabel: 'Discard changes', danger: true })) return;
    await this.act('Discarding…', 'discard', 'Changes discarded: the draft is the published version again.', null);
  }

  async act(busy, action, done, notice) {
    this.busy = busy;
    try {
      const { story } = await post(`${this.base}/${action}`, { version: this.story.version });
      this.adopt(story);
      toast(done, { kind: 'success' });
      if (notice) this.preview?.notify(notice);
      tell('saved', this);
    } catch (error) {
      this.failed(error);
    } finally {
      this.busy = '';
    }
  }

  async restore(number) {
    if (this.dirty && !await confirmDialog('Restore this version?', 'Your unsaved changes will be lost.', { okLabel: 'Restore', danger: true })) return;
    this.busy = 'Restoring…';
    try {
      const { story } = await post(`${this.base}/versions/${number}/restore`, { version: this.story.version });
      this.adopt(story);
      this.problems = {};
      toast(`Version ${number} restored as the new draft.`, { kind: 'success' });
    } catch (error) {
      this.failed(error);
    } finally {
      this.busy = '';
    }
  }

  focusPath(path) {
    return revealField(this, this.draft.content, path);
  }

  /** Opens, shows and briefly highlights the block with `uid` (chosen in the preview), focusing its first field. */
  async focusBlock(uid) {
    this.lastFocusedUid = uid; // the site chose this block: no need to tell it back
    await revealBlock(this, this.draft?.content, uid);
  }

  onFocusIn(event) {
    const uid = event.target.closest?.('[data-uid]')?.dataset.uid;
    if (uid && uid !== this.lastFocusedUid) {
      this.lastFocusedUid = uid;
      this.preview?.focusBlock(uid);
    }
  }

  togglePreview() {
    this.showPreview = !this.showPreview;
    if (this.showPreview) { this.showHistory = false; this.panel = null; }
    localStorage.setItem('duet.editor.preview', this.showPreview ? 'shown' : 'hidden');
  }

  toggleHistory() {
    this.showHistory = !this.showHistory;
    if (this.showHistory) this.panel = null;
  }

  /** Shows an add-on's side panel (its id), or closes it when it is open; null closes any. */
  openPanel(id) {
    this.panel = id && this.panel !== id ? id : null;
    if (this.panel) this.showHistory = false;
  }

  setSplit(percent) {
    this.split = Math.round(Math.min(80, Math.max(25, percent)));
    localStorage.setItem('duet.editor.split', String(this.split));
  }

  onSplitterDown(event) {
    const box = this.querySelector('.editor-split').getBoundingClientRect();
    const move = (moveEvent) => this.setSplit(((moveEvent.clientX - box.left) / box.width) * 100);
    const up = () => {
      window.removeEventListener('pointermove', move);
      window.removeEventListener('pointerup', up);
      document.body.classList.remove('resizing');
    };
    event.preventDefault();
    document.body.classList.add('resizing');
    window.addEventListener('pointermove', move);
    window.addEventListener('pointerup', up);
  }

  onSplitterKey(event) {
    const steps = { ArrowLeft: -5, ArrowRight: 5, Home: -100, End: 100 };
    if (!(event.key in steps)) return;
    event.preventDefault();
    this.setSplit(this.split + steps[event.key]);
  }

  render() {
    if (this.error) {
      return html`<p class="form-error" role="alert">${this.error} <button class="link" @click=${() => this.load()}>Try again</button></p>`;
    }
    if (!this.story || !this.draft) return html`<p class="muted" aria-busy="true">Opening the story…</p>`;
    const addonPanel = addons.find((addon) => addon.panel && addon.id === this.panel);
    const side = addonPanel ? 'addon' : this.showHistory ? 'history' : this.showPreview ? 'preview' : null;
    return html`
      <div class="story-editor">
        ${this.renderHeader()}
        ${this.conflict ? html`
          <div class="banner banner-error" role="alert">
            <p><strong>Someone else saved this story while you were editing.</strong> Your changes are not saved, and Duet
              will not overwrite theirs. Merge to keep both, or reload to see their version (your unsaved changes here
              will be lost).</p>
            <div class="actions">
              <button type="button" class="primary merge-open" @click=${() => this.resolveConflict()}>Merge my changes</button>
              <button type="button" class="secondary reload" @click=${() => this.load()}>Reload (discard mine)</button>
            </div>
          </div>` : ''}
        ${this.renderSummary()}
        <div class="editor-split ${side ? 'with-side' : ''}" style="--form-share: ${this.split}%">
          <div class="editor-form" @focusin=${(event) => this.onFocusIn(event)}>
            ${this.renderSettings()}
            ${this.renderContent()}
          </div>
          ${side ? html`
            <div class="splitter" role="separator" aria-orientation="vertical" aria-label="Resize the form and the ${side === 'addon' ? addonPanel.panel.label : side}"
                 aria-valuemin="25" aria-valuemax="80" aria-valuenow=${this.split} tabindex="0"
                 @pointerdown=${(event) => this.onSplitterDown(event)} @keydown=${(event) => this.onSplitterKey(event)}></div>
            <div class="editor-side">
              ${side === 'addon' ? html`<div class="addon-panel" data-panel=${addonPanel.id}>${addonPanel.panel.render(this)}</div>` : side === 'history' ? html`
                <duet-story-history .spaceId=${this.spaceId} .story=${this.story} .schema=${this.schema} ?dirty=${this.dirty}
                                    @close-history=${() => { this.showHistory = false; }}
                                    @restore-version=${(event) => this.restore(event.detail)}></duet-story-history>` : html`
                <duet-story-preview .spaceId=${this.spaceId} .previewUrl=${this.space?.preview_url ?? ''} .story=${this.previewStory}
                                    @preview-select=${(event) => this.focusBlock(event.detail)}></duet-story-preview>`}
            </div>` : ''}
        </div>
      </div>`;
  }

  renderHeader() {
    const story = this.story;
    const canWrite = session.may('story:write');
    const canPublish = session.may('story:publish');
    const status = !story.published ? ['draft', 'Draft']
      : story.unpublished_changes || this.dirty ? ['changed', 'Unpublished changes'] : ['published', 'Published'];
    const folder = story.parent_id ? `?folder=${story.parent_id}` : '';
    return html`
      <header class="editor-header">
        <div class="editor-title">
          <nav class="breadcrumb" aria-label="Back"><a href="/admin/spaces/${this.spaceId}/content${folder}">← Content</a></nav>
          <h1>${this.draft.name || story.name}</h1>
          <div class="editor-meta">
            <span class="full-slug">/${story.full_slug}</span>
            <span class="badge badge-${status[0]} story-status">${status[1]}</span>
            ${this.dirty ? html`<span class="unsaved" role="status">● Unsaved changes</span>` : ''}
            ${this.busy ? html`<span class="muted" role="status">${this.busy}</span>` : ''}
            ${extras('meta', this)}
          </div>
        </div>
        <div class="actions">
          ${addons.filter((addon) => addon.panel).map((addon) => html`
            <button type="button" class="secondary panel-${addon.id}" aria-pressed=${this.panel === addon.id ? 'true' : 'false'}
                    @click=${() => this.openPanel(addon.id)}>${addon.panel.label}</button>`)}
          <button type="button" class="secondary" aria-pressed=${this.showHistory ? 'true' : 'false'} @click=${() => this.toggleHistory()}>History</button>
          <button type="button" class="secondary toggle-preview" aria-pressed=${this.showPreview && !this.showHistory ? 'true' : 'false'}
                  @click=${() => this.togglePreview()}>${this.showPreview ? 'Hide preview' : 'Show preview'}</button>
          ${canWrite && story.published && story.unpublished_changes ? html`
            <button type="button" class="secondary discard" ?disabled=${!!this.busy} @click=${() => this.discard()}>Discard changes</button>` : ''}
          ${canPublish && story.published ? html`
            <button type="button" class="secondary unpublish" ?disabled=${!!this.busy} @click=${() => this.unpublish()}>Unpublish</button>` : ''}
          ${extras('actions', this)}
          ${canWrite ? html`
            <button type="button" class="secondary save" ?disabled=${!!this.busy} title="Ctrl+S / ⌘S" aria-keyshortcuts="Control+S Meta+S"
                    @click=${() => this.save()}>Save</button>` : ''}
          ${canPublish ? html`
            <button type="button" class="primary publish" ?disabled=${!!this.busy} @click=${() => this.publish()}>Publish</button>` : ''}
        </div>
      </header>`;
  }

  renderSummary() {
    const entries = Object.entries(this.problems);
    if (!entries.length) return '';
    return html`
      <div class="banner banner-error problem-summary" role="alert" tabindex="-1">
        <p><strong>Not saved. ${entries.length === 1 ? 'One field needs' : `${entries.length} fields need`} your attention:</strong></p>
        <ul>
          ${entries.map(([path, messages]) => html`
            <li><a href="#" data-problem-path=${path} @click=${(event) => { event.preventDefault(); this.focusPath(path); }}>
              ${describePath(this.draft.content, this.schema, path) || 'Content'}</a>: ${messages.map(sentence).join(' ')}</li>`)}
        </ul>
      </div>`;
  }

  renderSettings() {
    const readonly = !session.may('story:write');
    const problem = (name) => (this.problems[`story.${name}`] ?? []).map(sentence).join(' ');
    const input = (name, title, value, onInput, hint = '') => html`
      <label>${title}
        <input name=${name} .value=${value} ?readonly=${readonly} aria-invalid=${problem(name) ? 'true' : 'false'}
               @input=${(event) => onInput(event.target.value)}>
        ${hint ? html`<small>${hint}</small>` : ''}
        ${problem(name) ? html`<span class="field-error" role="alert">${problem(name)}</span>` : ''}
      </label>`;
    const open = STORY_FIELDS.some((path) => this.problems[path]);
    return html`
      <details class="card story-settings" ?open=${open}>
        <summary>Story settings <small class="muted">name, slug, tags</small></summary>
        ${input('name', 'Name', this.draft.name, (value) => this.edit({ name: value }))}
        ${input('slug', 'Slug', this.draft.slug, (value) => this.edit({ slug: value }), 'The last part of the page’s address.')}
        ${input('tag_list', 'Tags', (this.draft.tag_list ?? []).join(', '),
          (value) => this.edit({ tag_list: value.split(',').map((tag) => tag.trim()).filter(Boolean) }), 'Separate tags with commas.')}
      </details>`;
  }

  renderContent() {
    const content = this.draft.content;
    if (!content) return html`<p class="muted">This story has no content.</p>`;
    const component = this.schema.byName.get(content.component);
    return html`
      <section class="card story-content" aria-label="Content">
        <h2>${component ? label(component) : content.component ?? 'Content'}</h2>
        ${this.problems.content ? html`<p class="field-error" role="alert">${this.problems.content.map(sentence).join(' ')}</p>` : ''}
        <duet-blok-form .blok=${content} .schema=${this.schema} .spaceId=${this.spaceId} .path=${''} .problems=${this.problems}
                        .readonly=${!session.may('story:write')}
                        @blok-changed=${(event) => { event.stopPropagation(); this.edit({ content: event.detail }); }}></duet-blok-form>
      </section>`;
  }
}

customElements.define('duet-story-editor', DuetStoryEditor);
