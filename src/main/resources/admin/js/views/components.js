import { html } from 'lit';
import { icons } from '../ui/icons.js';
import { DuetElement } from '../element.js';
import { del, get, getPage, post, put } from '../api.js';
import { navigate } from '../router.js';
import { session } from '../session.js';
import { forget, label } from '../schema.js';
import { toast, toastError } from '../ui/toast.js';
import { confirmDialog, openDialog } from '../ui/dialog.js';
import { askNewComponent, explainStillUsed } from './component-dialogs.js';
import './component-editor.js';

/**
 * The schema editor's screen: every component of the space, grouped by component group, with a search; the one named
 * in `?component=` opens beside the list. Developers (schema:write) create, change and delete components and groups;
 * everyone else reads the schema.
 */
class DuetComponents extends DuetElement {
  static properties = {
    spaceId: {},
    selected: {},
    components: { state: true },
    groups: { state: true },
    search: { state: true },
    loading: { state: true },
    error: { state: true },
  };

  constructor() {
    super();
    this.components = [];
    this.groups = [];
    this.search = '';
    this.loading = true;
  }

  willUpdate(changed) {
    if (changed.has('spaceId')) this.load();
  }

  get base() {
    return `/api/spaces/${this.spaceId}`;
  }

  get canWrite() {
    return session.may('schema:write');
  }

  /** Loads the list fresh from the API (not the shared cache, which may predate another tab's change). */
  async load() {
    this.loading = true;
    this.error = '';
    try {
      const all = [];
      let groups = [];
      for (let page = 1; ; page++) {
        const answer = await get(`${this.base}/components?per_page=100&page=${page}`);
        all.push(...answer.components);
        groups = answer.component_groups ?? groups;
        if (answer.components.length < 100) break;
      }
      all.sort((a, b) => label(a).localeCompare(label(b)));
      this.components = all;
      this.groups = [...groups].sort((a, b) => a.name.localeCompare(b.name));
    } catch (error) {
      this.error = error.message;
    } finally {
      this.loading = false;
    }
  }

  /** Called by the editor after every successful write: the shared schema cache and this list are refreshed. */
  async changed(component) {
    forget(this.spaceId);
    await this.load();
    if (component && component.name !== this.selected) this.open(component.name, { replace: true });
  }

  open(name, { replace = false } = {}) {
    navigate(`/admin/spaces/${this.spaceId}/components${name ? `?component=${encodeURIComponent(name)}` : ''}`, { replace });
  }

  async create() {
    const answer = await askNewComponent(this.groups);
    if (!answer) return;
    try {
      const { component } = await post(`${this.base}/components`, { component: { ...answer, schema: {} } });
      toast(`Component “${label(component)}” created. Add its fields now.`, { kind: 'success' });
      await this.changed(null);
      this.open(component.name);
    } catch (error) {
      toastError(error);
    }
  }

  async deleteComponent(component) {
    let usedBy = '';
    if (component.is_root) {
      const { body, total } = await getPage(`${this.base}/stories?component=${encodeURIComponent(component.name)}&per_page=3`)
        .catch(() => ({ body: { stories: [] }, total: 0 }));
      const count = total || body.stories.length;
      if (count) {
        const names = body.stories.map((story) => `“${story.name}”`).join(', ');
        usedBy = ` ${count} ${count === 1 ? 'story uses' : 'stories use'} it as content type (${names}${count > body.stories.length ? ', …' : ''}):`
          + ' they keep their content but can no longer be edited with its fields.';
      }
    }
    const question = `Delete the component “${label(component)}”? This cannot be undone.${usedBy}`;
    if (!await confirmDialog('Delete component?', question, { okLabel: 'Delete', danger: true })) return;
    try {
      await del(`${this.base}/components/${component.id}`, { version: component.version });
      toast(`Deleted “${label(component)}”.`, { kind: 'success' });
      forget(this.spaceId);
      await this.load();
      if (this.selected === component.name) this.open(null, { replace: true });
    } catch (error) {
      if (error.status === 409 && error.details.some((detail) => detail?.component)) {
        await explainStillUsed(component, error.details, this.components);
      } else {
        toastError(error);
      }
    }
  }

  async createGroup() {
    const values = await openDialog({
      title: 'New component group',
      okLabel: 'Create group',
      content: html`<label>Name <input name="name" required maxlength="100"></label>`,
    });
    if (!values) return;
    try {
      await post(`${this.base}/component_groups`, { component_group: { name: values.name } });
      toast(`Group “${values.name}” created.`, { kind: 'success' });
      await this.changed(null);
    } catch (error) {
      toastError(error);
    }
  }

  async renameGroup(group) {
    const values = await openDialog({
      title: `Rename “${group.name}”`,
      okLabel: 'Rename',
      content: html`<label>Name <input name="name" required maxlength="100" .value=${group.name}></label>`,
    });
    if (!values || values.name === group.name) return;
    try {
      await put(`${this.base}/component_groups/${group.id}`, { component_group: { name: values.name } });
      await this.changed(null);
    } catch (error) {
      toastError(error);
    }
  }

  async removeGroup(group) {
    const members = this.components.filter((component) => component.component_group_uuid === group.uuid).length;
    const note = members ? ` Its ${members} component${members === 1 ? '' : 's'} will stay, without a group.` : '';
    if (!await confirmDialog('Delete group?', `Delete the group “${group.name}”?${note}`, { okLabel: 'Delete', danger: true })) return;
    try {
      await del(`${this.base}/component_groups/${group.id}`);
      toast(`Deleted the group “${group.name}”.`, { kind: 'success' });
      await this.changed(null);
    } catch (error) {
      if (error.status === 409 && error.details.some((detail) => detail?.component)) {
        await explainStillUsed(group, error.details, this.components);
      } else {
        toastError(error);
      }
    }
  }

  /** The components matching the search, by group (groups in name order, ungrouped last). */
  sections() {
    const needle = this.search.trim().toLowerCase();
    const matches = this.components.filter((component) => !needle
      || component.name.toLowerCase().includes(needle) || label(component).toLowerCase().includes(needle));
    const known = new Set(this.groups.map((group) => group.uuid));
    const sections = this.groups.map((group) => ({ group, items: matches.filter((c) => c.component_group_uuid === group.uuid) }));
    sections.push({ group: null, items: matches.filter((c) => !known.has(c.component_group_uuid)) });
    return sections.filter((section) => section.items.length || (!needle && section.group));
  }

  render() {
    const current = this.components.find((component) => component.name === this.selected);
    return html`
      <header class="page-header">
        <div>
          <h1>Components</h1>
          <p class="muted">The building blocks of every story: content types start a story, blocks go inside it.</p>
        </div>
        ${this.canWrite ? html`
          <div class="actions">
            <button type="button" class="secondary" @click=${() => this.createGroup()}>New group</button>
            <button type="button" class="primary new-component" @click=${() => this.create()}>New component</button>
          </div>` : ''}
      </header>
      ${this.error ? html`<p class="form-error" role="alert">${this.error} <button class="link" @click=${() => this.load()}>Try again</button></p>` : ''}
      <div class="schema-layout">
        ${this.renderList()}
        <section class="schema-detail" aria-live="polite">
          ${current ? html`
            <duet-component-editor .spaceId=${this.spaceId} .component=${current} .components=${this.components}
              .groups=${this.groups} .readonly=${!this.canWrite}
              @component-saved=${(event) => this.changed(event.detail)}
              @component-delete=${() => this.deleteComponent(current)}></duet-component-editor>`
            : this.renderNothingOpen()}
        </section>
      </div>`;
  }

  renderNothingOpen() {
    if (this.loading) return html`<p class="muted">Loading components…</p>`;
    if (this.selected) return html`<section class="empty-state"><h2>No component “${this.selected}”</h2><p>It may have been deleted or renamed.</p></section>`;
    return html`
      <section class="empty-state">
        <h2>Pick a component</h2>
        <p>Choose a component on the left to ${this.canWrite ? 'edit' : 'see'} its fields.</p>
      </section>`;
  }

  renderList() {
    return html`
      <nav class="component-list" aria-label="Components">
        <label class="search">Search components
          <input type="search" placeholder="Name" .value=${this.search} @input=${(event) => { this.search = event.target.value; }}>
        </label>
        ${this.sections().map(({ group, items }) => html`
          <section class="component-group" data-group=${group?.uuid ?? ''}>
            <h2>
              <span>${group ? group.name : 'Not in a group'}</span>
              ${group && this.canWrite ? html`
                <span class="group-actions">
                  <button type="button" class="icon" aria-label="Rename group ${group.name}" @click=${() => this.renameGroup(group)}>✎</button>
                  <button type="button" class="icon danger" aria-label="Delete group ${group.name}" @click=${() => this.removeGroup(group)}>${icons.trash()}</button>
                </span>` : ''}
            </h2>
            ${items.length ? html`
              <ul>
                ${items.map((component) => html`
                  <li>
                    <a class="component-link" data-component=${component.name} href=${`/admin/spaces/${this.spaceId}/components?component=${encodeURIComponent(component.name)}`}
                       aria-current=${component.name === this.selected ? 'page' : 'false'}>
                      <span>${label(component)}</span>
                      <small>${component.is_root ? 'Content type' : ''}${component.is_root && component.is_nestable ? ' · ' : ''}${component.is_nestable ? 'Block' : ''}</small>
                    </a>
                  </li>`)}
              </ul>` : html`<p class="muted">No components in this group.</p>`}
          </section>`)}
        ${!this.loading && !this.components.length ? html`<p class="muted">No components yet.</p>` : ''}
      </nav>`;
  }
}

customElements.define('duet-components', DuetComponents);
