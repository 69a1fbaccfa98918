// <duet-releases>: the space's releases (bundles of story versions that go live together) and one release opened:
// its stories with conflict warnings, re-pin, remove, preview, merge (publish) and revert.
import { html, nothing } from 'lit';
import { DuetElement } from '../element.js';
import { session } from '../session.js';
import { navigate } from '../router.js';
import { toast, toastError } from '../ui/toast.js';
import { confirmDialog, openDialog } from '../ui/dialog.js';
import { releasesApi, releasePreviewUrl, storyCount } from './releases-api.js';

const STATUS_LABELS = { open: 'Open', merged: 'Published', reverted: 'Reverted' };

class DuetReleases extends DuetElement {
  static properties = {
    spaceId: {},
    selected: {},
    releases: { state: true },
    release: { state: true },
    refusal: { state: true },
    busy: { state: true },
  };

  willUpdate(changed) {
    if (changed.has('spaceId')) this.releases = null;
    if (changed.has('spaceId') || changed.has('selected')) this.load();
  }

  async load() {
    if (!this.spaceId || this.spaceId === 'none') return;
    this.refusal = null;
    try {
      if (this.selected) this.release = await releasesApi.get(this.spaceId, this.selected);
      else this.releases = await releasesApi.list(this.spaceId);
    } catch (error) {
      this.release = null;
      toastError(error);
    }
  }

  open(id) {
    navigate(`/admin/spaces/${this.spaceId}/releases${id ? `?release=${id}` : ''}`);
  }

  async create() {
    const values = await openDialog({
      title: 'New release',
      okLabel: 'Create release',
      content: html`
        <label>Name <input name="name" required maxlength="200" placeholder="Spring campaign"></label>
        <label>Description <small>optional</small><textarea name="description" maxlength="2000" rows="3"></textarea></label>`,
      validate: (form) => (String(form.name ?? '').trim() ? null : 'Give the release a name.'),
    });
    if (!values) return;
    try {
      const release = await releasesApi.create(this.spaceId, values.name, values.description);
      toast(`Release “${release.name}” created. Add stories to it from their editor.`, { kind: 'success' });
      this.open(release.id);
    } catch (error) {
      toastError(error);
    }
  }

  /** Runs a change to the open release and shows the release as it is after. */
  async change(work, done) {
    this.busy = true;
    try {
      this.release = await work();
      this.refusal = null;
      if (done) toast(done, { kind: 'success' });
    } catch (error) {
      toastError(error);
      if (error.status === 409) {
        await this.load();
        this.refusal = error;
      }
    } finally {
      this.busy = false;
    }
  }

  async merge(force = false) {
    const release = this.release;
    const question = force
      ? `Publish the pinned versions even though ${this.conflicts().length === 1 ? 'a story was' : 'stories were'} changed outside the release?`
      : `Publish all ${storyCount(release.items.length)} of “${release.name}” now? They go live together.`;
    if (!await confirmDialog(force ? 'Publish anyway?' : 'Publish release?', question, { okLabel: force ? 'Publish anyway' : 'Publish release' })) return;
    await this.change(() => releasesApi.merge(this.spaceId, release.id, force), `“${release.name}” is live.`);
  }

  async revert() {
    const release = this.release;
    if (!await confirmDialog('Revert release?', `Put back what was live before “${release.name}” was published? Stories that were not published then are unpublished.`,
      { okLabel: 'Revert release', danger: true })) return;
    await this.change(() => releasesApi.revert(this.spaceId, release.id), `“${release.name}” was reverted.`);
  }

  async remove() {
    const release = this.release;
    if (!await confirmDialog('Delete release?', `Delete “${release.name}”? Its stories stay as they are.`, { okLabel: 'Delete', danger: true })) return;
    try {
      await releasesApi.remove(this.spaceId, release.id);
      toast(`Release “${release.name}” deleted.`, { kind: 'success' });
      this.open(null);
    } catch (error) {
      toastError(error);
    }
  }

  async preview(item) {
    try {
      const url = await releasePreviewUrl(this.spaceId, this.release.id, item.full_slug);
      if (!url) {
        toast('Set the space’s preview URL in Settings to preview releases on your site.', { kind: 'error' });
        return;
      }
      window.open(url, '_blank', 'noopener');
    } catch (error) {
      toastError(error);
    }
  }

  conflicts() {
    return (this.release?.items ?? []).filter((item) => item.conflict);
  }

  render() {
    if (this.spaceId === 'none') return html`<section class="empty-state"><h1>No spaces yet</h1></section>`;
    return this.selected ? this.renderRelease() : this.renderList();
  }

  renderList() {
    const canWrite = session.may('story:write');
    return html`
      <header class="page-header">
        <h1>Releases</h1>
        ${canWrite ? html`<button class="primary new-release" @click=${() => this.create()}>New release</button>` : nothing}
      </header>
      <p class="muted">A release bundles changes to several stories so they go live together, at one moment.</p>
      ${this.releases === null || this.releases === undefined ? html`<p class="muted">Loading…</p>`
        : this.releases.length === 0 ? html`
          <section class="empty-state"><h2>No releases yet</h2>
            <p>Create a release, then add stories to it from their editor with “Add to release…”.</p></section>`
        : html`
          <table class="table releases-table">
            <thead><tr><th>Release</th><th>Stories</th><th>Status</th><th>Created by</th></tr></thead>
            <tbody>
              ${this.releases.map((release) => html`
                <tr data-release=${release.id}>
                  <td><a class="release-link" href=${`/admin/spaces/${this.spaceId}/releases?release=${release.id}`}>${release.name}</a></td>
                  <td>${storyCount(release.item_count)}</td>
                  <td>${this.status(release)}</td>
                  <td>${release.created_by}</td>
                </tr>`)}
            </tbody>
          </table>`}`;
  }

  status(release) {
    const kind = release.status === 'merged' ? 'badge-published' : release.status === 'open' ? 'badge-draft' : 'badge-changed';
    return html`<span class="badge ${kind} release-status">${STATUS_LABELS[release.status] ?? release.status}</span>`;
  }

  renderRelease() {
    const release = this.release;
    if (!release) return html`<p class="muted">Loading…</p>`;
    const open = release.status === 'open';
    const canWrite = open && session.may('story:write');
    const canPublish = session.may('story:publish');
    const conflicts = this.conflicts();
    return html`
      <p><a href=${`/admin/spaces/${this.spaceId}/releases`}>← All releases</a></p>
      <header class="page-header">
        <div>
          <h1 class="release-name">${release.name} ${this.status(release)}</h1>
          ${release.description ? html`<p class="muted">${release.description}</p>` : nothing}
          ${release.merged_at ? html`<p class="muted">Published ${new Date(release.merged_at).toLocaleString()} by ${release.merged_by}</p>` : nothing}
          ${release.reverted_at ? html`<p class="muted">Reverted ${new Date(release.reverted_at).toLocaleString()} by ${release.reverted_by}</p>` : nothing}
        </div>
        <div class="release-actions">
          ${open && canPublish ? html`<button class="primary merge-release" ?disabled=${this.busy || release.items.length === 0}
              @click=${() => this.merge(false)}>Publish release</button>` : nothing}
          ${open && canPublish && conflicts.length ? html`<button class="secondary force-merge" ?disabled=${this.busy}
              @click=${() => this.merge(true)}>Publish anyway</button>` : nothing}
          ${release.status === 'merged' && canPublish ? html`<button class="danger revert-release" ?disabled=${this.busy}
              @click=${() => this.revert()}>Revert release</button>` : nothing}
          ${canWrite ? html`<button class="link danger delete-release" @click=${() => this.remove()}>Delete release</button>` : nothing}
        </div>
      </header>
      ${conflicts.length && open ? html`
        <p class="release-warning" role="alert">
          ${conflicts.length === 1 ? 'One story was' : `${conflicts.length} stories were`} changed outside this release since
          ${conflicts.length === 1 ? 'it was' : 'they were'} added. Re-pin to include those changes, remove the story, or publish anyway.
        </p>` : nothing}
      ${this.refusal?.details?.length ? html`
        <div class="release-refusal" role="alert">
          <p>The release was not published:</p>
          <ul>${this.refusal.details.map((detail) => html`<li>${detail.message ?? `“${detail.story_name}” ${detail.reason}`}</li>`)}</ul>
        </div>` : nothing}
      ${release.items.length === 0 ? html`
        <section class="empty-state"><h2>No stories yet</h2><p>Open a story and choose “Add to release…”.</p></section>` : html`
        <table class="table release-items">
          <thead><tr><th>Story</th><th>Version</th><th>Status</th><th></th></tr></thead>
          <tbody>${release.items.map((item) => this.renderItem(item, canWrite))}</tbody>
        </table>`}`;
  }

  renderItem(item, canWrite) {
    const newer = item.latest_version !== null && item.latest_version > item.version_number;
    return html`
      <tr data-story=${item.story_id} class=${item.conflict ? 'release-item has-conflict' : 'release-item'}>
        <td>${item.latest_version === null ? item.story_name
          : html`<a href=${`/admin/spaces/${this.spaceId}/stories/${item.story_id}`}>${item.story_name}</a>`}
          ${item.full_slug ? html`<br><small class="muted">/${item.full_slug}</small>` : nothing}</td>
        <td>Version ${item.version_number}${newer ? html`<br><small class="muted">latest is ${item.latest_version}</small>` : nothing}
          ${item.previous_version !== null && this.release.status !== 'open' ? html`<br><small class="muted">before: version ${item.previous_version}</small>` : nothing}</td>
        <td>${item.conflict ? html`<span class="release-conflict">⚠ ${item.conflict.message}</span>` : html`<span class="muted">Ready</span>`}</td>
        <td class="release-item-actions">
          ${item.full_slug ? html`<button class="link preview-item" @click=${() => this.preview(item)}>Preview</button>` : nothing}
          ${canWrite && item.latest_version !== null && (newer || item.conflict) ? html`<button class="link repin-item"
              @click=${() => this.change(() => releasesApi.repin(this.spaceId, this.release.id, item.story_id), `“${item.story_name}” now goes live at its latest version.`)}>Re-pin to latest</button>` : nothing}
          ${canWrite ? html`<button class="link danger remove-item" aria-label=${`Remove ${item.story_name} from the release`}
              @click=${() => this.change(() => releasesApi.removeItem(this.spaceId, this.release.id, item.story_id), `“${item.story_name}” removed from the release.`)}>Remove</button>` : nothing}
        </td>
      </tr>`;
  }
}

customElements.define('duet-releases', DuetReleases);
