// <duet-story-preview>: the developer's site in a frame beside the form, kept live over postMessage.
//
//   frame src   <preview_url><full_slug>?_storyblok=<id>&_duet_token=<token>&_duet_editor=<our origin>&_duet_space=<id>
//               [&_storyblok_lang=<code>] when the editor previews a translation (editor.previewLanguage)
//               [&_storyblok_release=<release id> while previewing a release]
//   site → us   {source: "duet-bridge", type: "ready", story_id, url} | {source: "duet-bridge", type: "select", uid}
//   us → site   {source: "duet-editor", type: "input", story} on ready and on every edit (debounced)
//               {source: "duet-editor", type: "saved" | "published" | "unpublished", story_id}
//               {source: "duet-editor", type: "focus", uid}
//               (in `input`, each experiment block is replaced by the variant chosen for the preview)
//
// Messages go only to the preview URL's origin and are accepted only from it. A `select` from the site is announced
// as `preview-select` (detail: uid).
import { html } from 'lit';
import { DuetElement } from '../element.js';
import { post } from '../api.js';
import { previewStory } from './experiment-preview.js';

const INPUT_DELAY = 150;

class DuetStoryPreview extends DuetElement {
  static properties = {
    spaceId: {},
    previewUrl: {},
    /** A release id: the site shows the release's pinned versions (`_storyblok_release`, its `from_release`). */
    release: {},
    story: { attribute: false },
    token: { state: true },
    note: { state: true },
    ready: { state: true },
    loaded: { state: true },
    stalled: { state: true },
  };

  constructor() {
    super();
    this.onMessage = (event) => this.receive(event);
    this.onVariantChosen = () => { if (this.ready) this.sendInput(); };
  }

  connectedCallback() {
    super.connectedCallback();
    window.addEventListener('message', this.onMessage);
    window.addEventListener('duet:experiment-preview', this.onVariantChosen);
  }

  disconnectedCallback() {
    super.disconnectedCallback();
    window.removeEventListener('message', this.onMessage);
    window.removeEventListener('duet:experiment-preview', this.onVariantChosen);
    clearTimeout(this.inputTimer);
    clearTimeout(this.stallTimer);
  }

  /** Waits a while for the site's bridge to say it is ready; if it never does, says what may be missing. */
  watchForBridge() {
    clearTimeout(this.stallTimer);
    this.stalled = false;
    this.stallTimer = setTimeout(() => { this.stalled = !this.ready; }, 8000);
  }

  get origin() {
    try {
      return new URL(this.previewUrl).origin;
    } catch {
      return null;
    }
  }

  willUpdate(changed) {
    if ((changed.has('previewUrl') || changed.has('spaceId')) && this.previewUrl && this.origin) this.fetchToken();
    if (changed.has('story') && this.ready) this.scheduleInput();
  }

  async fetchToken() {
    this.loaded = false;
    this.note = '';
    try {
      const answer = await post(`/api/spaces/${this.spaceId}/preview_token`, {});
      this.token = answer?.token ?? '';
    } catch (error) {
      this.token = '';
      this.note = error.status === 404 || error.status === 405
        ? 'This Duet cannot sign preview links yet, so the site shows your draft only while this editor is open.'
        : `The preview could not be authorised: ${error.message}`;
    }
    this.loaded = true;
    this.watchForBridge();
  }

  /** The language the editor previews (set by the Translate panel), or null for the default language. */
  get language() {
    return this.closest('duet-story-editor')?.previewLanguage ?? null;
  }

  get src() {
    const base = this.previewUrl.endsWith('/') ? this.previewUrl : `${this.previewUrl}/`;
    const slug = (this.story?.full_slug ?? '').replace(/^\//, '');
    const query = `_storyblok=${encodeURIComponent(this.story?.id ?? '')}`
      + (this.language ? `&_storyblok_lang=${encodeURIComponent(this.language)}` : '')
      + (this.token ? `&_duet_token=${encodeURIComponent(this.token)}` : '')
      + `&_duet_editor=${encodeURIComponent(location.origin)}&_duet_space=${encodeURIComponent(this.spaceId)}`
      + (this.release ? `&_storyblok_release=${encodeURIComponent(this.release)}` : '');
    return `${base}${slug}${base.includes('?') ? '&' : '?'}${query}`;
  }

  get frame() {
    return this.querySelector('iframe.preview-frame');
  }

  send(message) {
    const target = this.frame?.contentWindow;
    if (!target || !this.origin) return;
    target.postMessage({ source: 'duet-editor', ...message }, this.origin);
  }

  receive(event) {
    if (!this.origin || event.origin !== this.origin) return;
    const data = event.data;
    if (!data || typeof data !== 'object' || data.source !== 'duet-bridge') return;
    if (data.type === 'ready') {
      this.ready = true;
      this.stalled = false;
      clearTimeout(this.stallTimer);
      clearTimeout(this.inputTimer);
      this.sendInput();
    } else if (data.type === 'select' && typeof data.uid === 'string') {
      this.emit('preview-select', data.uid);
    }
  }

  scheduleInput() {
    clearTimeout(this.inputTimer);
    this.inputTimer = setTimeout(() => this.sendInput(), INPUT_DELAY);
  }

  sendInput() {
    // experiments go to the site as the variant chosen for the preview (editor/experiment-preview.js)
    if (this.story) this.send({ type: 'input', story: previewStory(this.story) });
  }

  /** Tells the site about a save, publish or unpublish. */
  notify(type) {
    this.send({ type, story_id: this.story?.id });
  }

  focusBlock(uid) {
    if (uid) this.send({ type: 'focus', uid });
  }

  reload() {
    this.ready = false;
    this.watchForBridge();
    if (this.frame) this.frame.src = this.src;
  }

  render() {
    if (!this.previewUrl || !this.origin) {
      return html`
        <section class="empty-state preview-empty">
          <h2>No preview yet</h2>
          <p>Set your site’s address as the preview URL in Settings to see this page beside the form while you edit it.</p>
          <a href="/admin/spaces/${this.spaceId}/settings">Open Settings</a>
        </section>`;
    }
    return html`
      <div class="preview-bar">
        <span class="preview-address" title=${this.src}>${this.previewUrl}${this.story?.full_slug ?? ''}</span>
        ${this.language ? html`<span class="badge preview-language" title="The preview shows this language">${this.language.toUpperCase()}</span>` : ''}
        <span class="muted">${this.ready ? 'Live' : 'Connecting…'}</span>
        <button type="button" class="icon" aria-label="Reload the preview" @click=${() => this.reload()}>Reload</button>
      </div>
      ${this.note ? html`<p class="preview-note" role="note">${this.note}</p>` : ''}
      ${this.stalled ? html`<p class="preview-note" role="status">The site has not connected yet. Check that it is running at
        ${this.origin} and that its pages include Duet’s bridge script; until then the preview shows the last saved version.</p>` : ''}
      ${this.loaded ? html`<iframe class="preview-frame" title="Preview of ${this.story?.name ?? 'the story'}" src=${this.src}
                                   @load=${() => { if (this.ready) this.sendInput(); }}></iframe>`
        : html`<p class="muted" aria-busy="true">Opening the preview…</p>`}`;
  }
}

customElements.define('duet-story-preview', DuetStoryPreview);
