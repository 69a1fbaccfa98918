// A link (multilink) to a story, a web address, an email address or an asset, stored as Storyblok does:
// {id, url, linktype, fieldtype: "multilink", cached_url, anchor?, target?} (email links also carry `email`).
import { html, nothing } from 'lit';
import { get, query } from '../api.js';
import { toastError } from '../ui/toast.js';
import { FieldElement } from './field-chrome.js';
import { pickAsset } from './asset.js';

const TABS = [
  { type: 'story', label: 'Story' },
  { type: 'url', label: 'Web address' },
  { type: 'email', label: 'Email' },
  { type: 'asset', label: 'File' },
];

export function isEmail(text) {
  return /^[^\s@]+@[^\s@]+\.[^\s@]+$/.test(text);
}

/** Storyblok's emptied link. */
export function emptyLink() {
  return { id: '', url: '', linktype: 'story', fieldtype: 'multilink', cached_url: '' };
}

class DuetFieldMultilink extends FieldElement {
  static properties = {
    ...FieldElement.properties,
    tab: { state: true },
    results: { state: true },
    search: { state: true },
    emailDraft: { state: true },
    storyName: { state: true },
  };

  constructor() {
    super();
    this.tab = null;
    this.results = null;
    this.search = '';
    this.emailDraft = null;
    this.storyName = null;
    this.searchTimer = null;
    this.resolvedFor = null;
  }

  get link() {
    return this.value && typeof this.value === 'object' ? this.value : emptyLink();
  }

  get tabs() {
    return TABS.filter((tab) => (tab.type !== 'email' || this.field?.email_link_type) && (tab.type !== 'asset' || this.field?.asset_link_type)
      || tab.type === this.link.linktype);
  }

  get currentTab() {
    return this.tab ?? (this.tabs.some((tab) => tab.type === this.link.linktype) ? this.link.linktype : 'story');
  }

  willUpdate(changed) {
    if (changed.has('value') || changed.has('spaceId')) this.resolveStory();
  }

  /** Finds the linked story's name, to show it rather than only its address. */
  async resolveStory() {
    const link = this.link;
    if (link.linktype !== 'story' || !link.id || this.spaceId === undefined) {
      this.storyName = null;
      return;
    }
    if (this.resolvedFor === link.id) return;
    this.resolvedFor = link.id;
    try {
      const slug = link.cached_url ? link.cached_url.replace(/\/$/, '').split('/').pop() : '';
      const answer = await get(`/api/spaces/${this.spaceId}/stories${query({ search: slug, per_page: 25 })}`);
      const story = answer.stories.find((candidate) => candidate.uuid === link.id);
      if (this.resolvedFor === link.id) this.storyName = story ? story.name : null;
    } catch {
      this.storyName = null;
    }
  }

  /** The new value: the link's target replaced, its anchor and target (new tab) kept where they still apply. */
  emitLink(fields) {
    const previous = this.link;
    const value = { id: '', url: '', linktype: fields.linktype, fieldtype: 'multilink', cached_url: '', ...fields };
    if (fields.linktype === 'story' && previous.anchor && value.anchor === undefined) value.anchor = previous.anchor;
    if (value.anchor === undefined || value.anchor === '') delete value.anchor;
    if (previous.target && value.target === undefined) value.target = previous.target;
    if (!value.target) delete value.target;
    this.change(value);
  }

  switchTab(type) {
    this.tab = type;
    this.updateComplete.then(() => this.querySelector(`[role=tab][data-type=${type}]`)?.focus());
  }

  tabKeys(event) {
    const types = this.tabs.map((tab) => tab.type);
    const at = types.indexOf(this.currentTab);
    const next = { ArrowRight: at + 1, ArrowLeft: at - 1, Home: 0, End: types.length - 1 }[event.key];
    if (next === undefined) return;
    event.preventDefault();
    this.switchTab(types[(next + types.length) % types.length]);
  }

  searchStories(text) {
    this.search = text;
    clearTimeout(this.searchTimer);
    this.searchTimer = setTimeout(async () => {
      const params = { search: text.trim(), is_folder: false, per_page: 10, sort_by: 'name' };
      const types = this.field?.restrict_content_types ? this.field?.component_whitelist ?? [] : [];
      try {
        const lists = await Promise.all((types.length ? types : [undefined]).map((component) =>
          get(`/api/spaces/${this.spaceId}/stories${query({ ...params, component })}`)));
        if (this.search === text) this.results = lists.flatMap((answer) => answer.stories).slice(0, 10);
      } catch (error) {
        toastError(error);
      }
    }, 200);
  }

  chooseStory(story) {
    this.storyName = story.name;
    this.resolvedFor = story.uuid;
    this.results = null;
    this.search = '';
    this.emitLink({ linktype: 'story', id: story.uuid, cached_url: story.full_slug });
    this.updateComplete.then(() => this.querySelector('.link-story-search')?.focus());
  }

  async chooseAsset() {
    try {
      const asset = await pickAsset({ spaceId: this.spaceId });
      if (asset) this.emitLink({ linktype: 'asset', url: asset.filename, cached_url: asset.filename });
    } catch (error) {
      toastError(error);
    }
  }

  renderStoryTab(link) {
    const chosen = link.linktype === 'story' && (link.id || link.cached_url);
    return html`
      ${chosen ? html`<p class="link-current">Links to <strong>${this.storyName ?? 'a story'}</strong>
        <code>/${link.cached_url}</code></p>` : nothing}
      <label>${chosen ? 'Link to another story' : 'Find a story'}
        <input type="search" class="link-story-search" .value=${this.search} placeholder="Story name"
               ?readonly=${this.readonly} role="combobox" aria-expanded=${this.results?.length ? 'true' : 'false'}
               aria-controls=${`${this.inputId}-results`} autocomplete="off"
               @input=${(event) => this.searchStories(event.target.value)}
               @keydown=${(event) => {
                 if (event.key === 'ArrowDown') {
                   event.preventDefault();
                   this.querySelector('.link-results button')?.focus();
                 }
               }}>
      </label>
      ${this.results ? html`
        <ul class="link-results" id=${`${this.inputId}-results`} aria-label="Matching stories">
          ${this.results.map((story) => html`
            <li><button type="button" class="link-result" @click=${() => this.chooseStory(story)}
                        @keydown=${(event) => {
                          const item = event.target.closest('li');
                          if (event.key === 'ArrowDown') item.nextElementSibling?.querySelector('button')?.focus();
                          else if (event.key === 'ArrowUp') (item.previousElementSibling?.querySelector('button') ?? this.querySelector('.link-story-search')).focus();
                          else return;
                          event.preventDefault();
                        }}>
              <span>${story.name}</span> <small>/${story.full_slug}</small></button></li>`)}
          ${this.results.length ? nothing : html`<li class="muted">No story matches “${this.search}”.</li>`}
        </ul>` : nothing}
      ${chosen ? html`
        <label>Anchor <small>optional: a section of the page, without #</small>
          <input class="link-anchor" .value=${link.anchor ?? ''} ?readonly=${this.readonly}
                 @change=${(event) => this.emitLink({ ...link, anchor: event.target.value.replace(/^#/, '').trim() })}>
        </label>` : nothing}`;
  }

  renderUrlTab(link) {
    const url = link.linktype === 'url' ? link.url || link.cached_url || '' : '';
    return html`
      <label>Web address
        <input type="text" inputmode="url" class="link-url" .value=${url} placeholder="https://example.com/page"
               ?readonly=${this.readonly}
               @input=${(event) => this.emitLink({ linktype: 'url', url: event.target.value, cached_url: event.target.value })}>
      </label>`;
  }

  renderEmailTab(link) {
    const current = link.linktype === 'email' ? link.email ?? link.url ?? '' : '';
    const draft = this.emailDraft ?? current;
    const wrong = draft.trim() !== '' && !isEmail(draft.trim());
    return html`
      <label>Email address
        <input type="email" class="link-email" .value=${draft} placeholder="name@example.com" ?readonly=${this.readonly}
               aria-invalid=${wrong ? 'true' : nothing}
               @input=${(event) => {
                 this.emailDraft = event.target.value;
                 const text = event.target.value.trim();
                 if (text === '' || isEmail(text)) this.emitLink({ linktype: 'email', email: text, cached_url: text });
               }}>
      </label>
      ${wrong ? html`<p class="field-error link-email-problem">That is not an email address yet (like name@example.com).</p>` : nothing}`;
  }

  renderAssetTab(link) {
    const url = link.linktype === 'asset' ? link.url || link.cached_url : '';
    return html`
      ${url ? html`<p class="link-current">Links to <a href=${url} target="_blank" rel="noopener noreferrer">${url.split('/').pop()}</a></p>` : nothing}
      <button type="button" class="secondary" ?disabled=${this.readonly} @click=${() => this.chooseAsset()}>${url ? 'Choose another file' : 'Choose a file'}</button>`;
  }

  render() {
    const link = this.link;
    const tab = this.currentTab;
    const panel = { story: () => this.renderStoryTab(link), url: () => this.renderUrlTab(link),
      email: () => this.renderEmailTab(link), asset: () => this.renderAssetTab(link) }[tab]();
    const linked = ['id', 'url', 'email', 'cached_url'].some((key) => String(link[key] ?? '').trim());
    return html`
      <div class="field field-multilink" role="group" aria-labelledby=${`${this.inputId}-label`} aria-describedby=${this.describedBy}>
        ${this.renderLabel({ forInput: false })}
        ${this.renderDescription()}
        <div class="editor-frame">
          <div role="tablist" class="editor-tabs link-tabs" aria-label="Link to">
            ${this.tabs.map((item) => html`
              <button type="button" role="tab" data-type=${item.type} id=${`${this.inputId}-tab-${item.type}`}
                      aria-selected=${item.type === tab ? 'true' : 'false'} tabindex=${item.type === tab ? '0' : '-1'}
                      aria-controls=${`${this.inputId}-panel`}
                      @click=${() => this.switchTab(item.type)} @keydown=${this.tabKeys}>${item.label}</button>`)}
          </div>
          <div class="link-panel" role="tabpanel" id=${`${this.inputId}-panel`} aria-labelledby=${`${this.inputId}-tab-${tab}`}>
            ${panel}
            <div class="link-options">
              ${this.field?.allow_target_blank ? html`
                <label class="inline-check"><input type="checkbox" class="link-blank" .checked=${link.target === '_blank'}
                       ?disabled=${this.readonly || !linked}
                       @change=${(event) => this.emitLink({ ...link, target: event.target.checked ? '_blank' : '' })}>
                  Open in a new tab</label>` : nothing}
              ${linked && !this.readonly ? html`
                <button type="button" class="link danger link-remove" @click=${() => {
                  this.emailDraft = null;
                  this.storyName = null;
                  this.change(emptyLink());
                }}>Remove link</button>` : nothing}
            </div>
          </div>
        </div>
        ${this.renderProblems()}
      </div>`;
  }
}

customElements.define('duet-field-multilink', DuetFieldMultilink);
