import { html } from 'lit';
import { DuetElement } from '../element.js';
import { del, get, patch, post } from '../api.js';
import { session } from '../session.js';
import { toast, toastError } from '../ui/toast.js';
import { confirmDialog } from '../ui/dialog.js';
import './workflow-settings.js';

/**
 * A space's settings: name, languages and the preview URL the visual editor frames; and its delivery tokens, which
 * sites use to read content. Only roles that may manage the space can change them; others see them read-only.
 */
class DuetSettings extends DuetElement {
  static properties = { spaceId: {}, space: { state: true }, tokens: { state: true }, problems: { state: true } };

  constructor() {
    super();
    this.tokens = [];
    this.problems = {};
  }

  willUpdate(changed) {
    if (changed.has('spaceId')) this.load();
  }

  get canManage() {
    return session.may('space:manage');
  }

  async load() {
    if (this.spaceId === 'none') return;
    try {
      this.space = (await get(`/api/spaces/${this.spaceId}`)).space;
      this.tokens = this.canManage ? (await get(`/api/spaces/${this.spaceId}/delivery_tokens`)).tokens : [];
    } catch (error) {
      toastError(error);
    }
  }

  async save(event) {
    event.preventDefault();
    const form = new FormData(event.target);
    const languages = String(form.get('languages')).split(',').map((language) => language.trim()).filter(Boolean);
    this.problems = {};
    try {
      this.space = (await patch(`/api/spaces/${this.spaceId}`, {
        name: form.get('name'),
        default_language: form.get('default_language'),
        languages,
        preview_url: form.get('preview_url') || null,
      })).space;
      await session.reloadSpaces();
      toast('Settings saved.', { kind: 'success' });
    } catch (error) {
      this.problems = error.fieldProblems?.() ?? {};
      toastError(error);
    }
  }

  async addToken(access) {
    try {
      await post(`/api/spaces/${this.spaceId}/delivery_tokens`, { access });
      await this.load();
    } catch (error) {
      toastError(error);
    }
  }

  async removeToken(token) {
    if (!await confirmDialog('Delete token?', 'Sites that use this token will stop getting content.', { okLabel: 'Delete', danger: true })) return;
    try {
      await del(`/api/spaces/${this.spaceId}/delivery_tokens/${encodeURIComponent(token.token)}`);
      await this.load();
    } catch (error) {
      toastError(error);
    }
  }

  field(name, title, value, hint = '') {
    const problems = this.problems[name] ?? [];
    return html`
      <label>${title} ${hint ? html`<small>${hint}</small>` : ''}
        <input name=${name} .value=${value ?? ''} ?disabled=${!this.canManage} aria-invalid=${problems.length ? 'true' : 'false'}>
        ${problems.map((problem) => html`<span class="field-error">${problem}</span>`)}
      </label>`;
  }

  render() {
    if (this.spaceId === 'none') {
      return html`<section class="empty-state"><h1>No spaces yet</h1><p>Ask an admin to create a space, or create one with the API.</p></section>`;
    }
    if (!this.space) return html`<p class="muted">Loading…</p>`;
    return html`
      <header class="page-header"><h1>Settings</h1></header>
      <form class="card form" @submit=${this.save}>
        <h2>Space</h2>
        ${this.field('name', 'Name', this.space.name)}
        ${this.field('default_language', 'Default language', this.space.default_language)}
        ${this.field('languages', 'Other languages', this.space.languages.join(', '), 'comma-separated codes, e.g. de, fr')}
        ${this.field('preview_url', 'Preview URL', this.space.preview_url, 'your site’s address; the visual editor shows each story at this address plus its slug')}
        ${this.canManage ? html`<button class="primary" type="submit">Save settings</button>` : html`<p class="muted">Only admins can change these.</p>`}
      </form>
      <duet-workflow-settings .spaceId=${this.spaceId}></duet-workflow-settings>
      ${this.canManage ? this.renderTokens() : ''}`;
  }

  renderTokens() {
    return html`
      <section class="card">
        <h2>Delivery tokens</h2>
        <p class="muted">Sites read content with these. <b>Public</b> tokens read published content; <b>preview</b> tokens also read drafts — keep them out of public pages.</p>
        <table class="table">
          <thead><tr><th>Token</th><th>Access</th><th>Created</th><th></th></tr></thead>
          <tbody>
            ${this.tokens.map((token) => html`
              <tr><td><code>${token.token}</code></td><td>${token.access}</td><td>${new Date(token.created_at).toLocaleString()}</td>
                <td><button class="link danger" @click=${() => this.removeToken(token)}>Delete</button></td></tr>`)}
          </tbody>
        </table>
        <button class="secondary" @click=${() => this.addToken('public')}>Add public token</button>
        <button class="secondary" @click=${() => this.addToken('preview')}>Add preview token</button>
      </section>`;
  }
}

customElements.define('duet-settings', DuetSettings);
