// The editor's Discussions side panel: the story's threads (open, resolved or all; all anchors or one block's), a
// form to start a thread on the story, a block or a field, and per thread: reply, resolve / reopen, delete own comment.
import { html } from 'lit';
import { DuetElement } from '../element.js';
import { del, get, post, query } from '../api.js';
import { session } from '../session.js';
import { blockName } from './blocks.js';
import { humanise } from '../schema.js';
import { toast, toastError } from '../ui/toast.js';
import { confirmDialog } from '../ui/dialog.js';
import { relativeTime } from '../ui/time.js';
import { findBlock, focus, onChange, refreshOpen, showDiscussions, threadsPath } from './discussions-store.js';
import './discussions-mention.js';

class DuetDiscussionsPanel extends DuetElement {
  static properties = {
    editor: { attribute: false },
    threads: { state: true },
    status: { state: true },
    busy: { state: true },
    error: { state: true },
    anchorChoice: { state: true },
  };

  constructor() {
    super();
    this.threads = null;
    this.status = 'open';
    this.anchorChoice = 'story';
  }

  connectedCallback() {
    super.connectedCallback();
    this.seen = null;
    this.stop = onChange(() => this.followFocus());
    this.followFocus();
  }

  disconnectedCallback() {
    super.disconnectedCallback();
    this.stop?.();
  }

  /** Reloads when asked to look at another block (a block card's or a field's button was used). */
  followFocus() {
    const wanted = focus();
    if (this.seen !== wanted) {
      this.seen = wanted;
      this.anchorChoice = wanted.field ? 'field' : wanted.blockUid ? 'block' : 'story';
      this.load();
      if (wanted.compose) this.updateComplete.then(() => this.querySelector('.new-thread duet-mention-input')?.focus());
    }
  }

  get canDiscuss() {
    return session.may('story:review');
  }

  async load() {
    this.error = '';
    try {
      const { blockUid } = focus();
      const { discussions } = await get(`${threadsPath(this.editor)}${query({ status: this.status, block_uid: blockUid })}`);
      this.threads = discussions;
    } catch (error) {
      this.error = error.message;
    }
  }

  setStatus(status) {
    this.status = status;
    this.load();
  }

  /** Names a place in the story for people: “Hero” block, field “Headline” of the “Hero” block. */
  describe(anchor) {
    if (anchor.kind === 'story') return 'The whole story';
    const block = findBlock(this.editor.draft?.content, anchor.block_uid);
    const blockLabel = block ? `“${blockName(block, this.editor.schema)}” block` : 'a removed block';
    if (anchor.kind === 'block') return blockLabel;
    const component = block ? this.editor.schema?.byName.get(block.component) : null;
    const field = component?.schema?.[anchor.field];
    const fieldLabel = `field “${field?.display_name || humanise(anchor.field)}”`;
    return block && block === this.editor.draft?.content ? fieldLabel : `${fieldLabel} of ${blockLabel}`;
  }

  /** Where a new thread may go: the story, the focused block and the asked field. */
  anchorOptions() {
    const wanted = focus();
    const blockUid = wanted.blockUid ?? this.editor.lastFocusedUid ?? null;
    const options = [{ id: 'story', label: 'The whole story', anchor: {} }];
    if (blockUid && findBlock(this.editor.draft?.content, blockUid)) {
      options.push({ id: 'block', label: this.describe({ kind: 'block', block_uid: blockUid }), anchor: { block_uid: blockUid } });
      if (wanted.field) {
        const anchor = { block_uid: blockUid, field: wanted.field };
        options.push({ id: 'field', label: this.describe({ kind: 'field', ...anchor }), anchor });
      }
    }
    return options;
  }

  async start(event) {
    event.preventDefault();
    const input = this.querySelector('.new-thread duet-mention-input');
    const { text, mentions } = input.message;
    if (!text.trim()) {
      toast('Write a comment first.', { kind: 'error' });
      return;
    }
    const chosen = this.anchorOptions().find((option) => option.id === this.anchorChoice) ?? this.anchorOptions()[0];
    await this.write(async () => {
      await post(threadsPath(this.editor), { anchor: chosen.anchor, text, mentions });
      input.clear();
      toast('Discussion started.', { kind: 'success' });
    });
  }

  async reply(event, thread) {
    event.preventDefault();
    const input = event.target.querySelector('duet-mention-input');
    const { text, mentions } = input.message;
    if (!text.trim()) {
      toast('Write a reply first.', { kind: 'error' });
      return;
    }
    await this.write(async () => {
      await post(`${threadsPath(this.editor)}/${thread.id}/comments`, { text, mentions });
      input.clear();
    });
  }

  async setResolved(thread, resolved) {
    await this.write(async () => {
      await post(`${threadsPath(this.editor)}/${thread.id}/${resolved ? 'resolve' : 'reopen'}`, {});
      toast(resolved ? 'Discussion resolved.' : 'Discussion reopened.', { kind: 'success' });
    });
  }

  async deleteComment(thread, comment) {
    const last = thread.comments.length === 1;
    if (!await confirmDialog('Delete this comment?', last ? 'It is the only comment, so the discussion goes too.' : 'The rest of the discussion stays.',
      { okLabel: 'Delete', danger: true })) return;
    await this.write(() => del(`${threadsPath(this.editor)}/${thread.id}/comments/${comment.id}`));
  }

  async write(action) {
    this.busy = true;
    try {
      await action();
      await Promise.all([this.load(), refreshOpen(this.editor)]);
    } catch (error) {
      toastError(error);
    } finally {
      this.busy = false;
    }
  }

  render() {
    const { blockUid } = focus();
    return html`
      <section class="discussions-panel" aria-label="Discussions">
        <header class="panel-header">
          <h2>Discussions</h2>
          <label>Show
            <select class="discussion-status" @change=${(event) => this.setStatus(event.target.value)}>
              <option value="open" ?selected=${this.status === 'open'}>Open</option>
              <option value="resolved" ?selected=${this.status === 'resolved'}>Resolved</option>
              <option value="all" ?selected=${this.status === 'all'}>All</option>
            </select>
          </label>
          <button type="button" class="icon" aria-label="Close discussions" @click=${() => this.editor.openPanel(null)}>×</button>
        </header>
        ${blockUid ? html`
          <p class="discussion-filter">On the ${this.describe({ kind: 'block', block_uid: blockUid })} only.
            <button type="button" class="link show-all-threads" @click=${() => showDiscussions(this.editor)}>Show all</button></p>` : ''}
        ${this.canDiscuss ? this.renderNewThread() : ''}
        ${this.error ? html`<p class="form-error" role="alert">${this.error}</p>` : ''}
        ${this.threads === null ? html`<p class="muted" aria-busy="true">Loading discussions…</p>`
          : this.threads.length ? html`<ol class="threads">${this.threads.map((thread) => this.renderThread(thread))}</ol>`
          : html`<p class="muted empty-threads">${this.status === 'resolved' ? 'No resolved discussions.' : 'No open discussions. Start one above.'}</p>`}
      </section>`;
  }

  renderNewThread() {
    const options = this.anchorOptions();
    const choice = options.some((option) => option.id === this.anchorChoice) ? this.anchorChoice : options[0].id;
    return html`
      <form class="new-thread" @submit=${(event) => this.start(event)}>
        <label>Comment on
          <select class="thread-anchor" @change=${(event) => { this.anchorChoice = event.target.value; }}>
            ${options.map((option) => html`<option value=${option.id} ?selected=${option.id === choice}>${option.label}</option>`)}
          </select>
        </label>
        <duet-mention-input label="New comment" placeholder="Ask a question or suggest a change…"></duet-mention-input>
        <button type="submit" class="primary start-thread" ?disabled=${this.busy}>Comment</button>
      </form>`;
  }

  renderThread(thread) {
    const anchor = thread.anchor;
    const resolved = thread.status === 'resolved';
    return html`
      <li class="thread ${resolved ? 'resolved' : ''}" data-discussion-id=${thread.id}>
        <div class="thread-anchor-line">
          ${anchor.block_removed ? html`<span class="badge badge-draft">On a removed block</span>`
            : anchor.block_uid ? html`<button type="button" class="link show-block"
                @click=${() => this.editor.focusBlock(anchor.block_uid)}>${this.describe(anchor)}</button>`
            : html`<span>${this.describe(anchor)}</span>`}
          ${resolved ? html`<span class="badge badge-published">Resolved</span>` : ''}
        </div>
        <ol class="comments">
          ${thread.comments.map((comment) => html`
            <li class="comment" data-comment-id=${comment.id}>
              <p class="comment-meta"><strong>${comment.author}</strong>
                <time datetime=${comment.created_at} title=${comment.created_at}>${relativeTime(comment.created_at)}</time>
                ${comment.edited ? html`<small class="muted">(edited)</small>` : ''}
                ${this.canDiscuss && (comment.author_id === session.user?.id || session.user?.role === 'admin') ? html`
                  <button type="button" class="link danger delete-comment" aria-label="Delete this comment by ${comment.author}"
                          @click=${() => this.deleteComment(thread, comment)}>Delete</button>` : ''}
              </p>
              <p class="comment-text">${withMentions(comment.text)}</p>
            </li>`)}
        </ol>
        ${resolved && thread.resolved_by ? html`<p class="muted">Resolved by ${thread.resolved_by} ${relativeTime(thread.resolved_at)}.</p>` : ''}
        ${this.canDiscuss ? html`
          <form class="reply" @submit=${(event) => this.reply(event, thread)}>
            ${resolved ? '' : html`<duet-mention-input label="Reply" placeholder="Reply…"></duet-mention-input>`}
            <div class="thread-actions">
              ${resolved ? '' : html`<button type="submit" class="secondary send-reply" ?disabled=${this.busy}>Reply</button>`}
              <button type="button" class="secondary ${resolved ? 'reopen-thread' : 'resolve-thread'}" ?disabled=${this.busy}
                      @click=${() => this.setResolved(thread, !resolved)}>${resolved ? 'Reopen' : 'Resolve'}</button>
            </div>
          </form>` : ''}
      </li>`;
  }
}

/** The text with each @email shown as a mention. */
function withMentions(text) {
  return text.split(/(@[^\s@]+@[^\s@]+\.[^\s@,;:!?)]+)/).map((part, index) => (index % 2 ? html`<span class="mention">${part}</span>` : part));
}

customElements.define('duet-discussions-panel', DuetDiscussionsPanel);
