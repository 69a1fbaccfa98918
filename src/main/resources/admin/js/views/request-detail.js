// <duet-request-detail>: one request opened beside the board or list — its brief, the state actions of the receiving
// team (with the reason prompts), assignee, watchers, links, attachments, comments and the timeline.
import { html, nothing } from 'lit';
import { DuetElement } from '../element.js';
import { session } from '../session.js';
import { toast, toastError } from '../ui/toast.js';
import { openDialog } from '../ui/dialog.js';
import { BRIEF, PRIORITIES, STATES, TEAMS, TYPES, age, requestsApi, teamsOf, warnings } from './requests-api.js';

const WORK = ['to_do', 'in_progress', 'in_review', 'blocked', 'done'];
const EVENT_WORDS = {
  filed: 'filed the request', edited: 'edited the request', accepted: 'accepted it', rejected: 'rejected it',
  snoozed: 'snoozed it', duplicate: 'marked it as a duplicate', reopened: 'reopened it', moved: 'moved it',
  reordered: 'reordered it', assigned: 'changed the assignee', linked: 'changed the links', commented: 'commented',
  comment_edited: 'edited a comment', comment_deleted: 'deleted a comment', watched: 'started watching',
  unwatched: 'stopped watching',
};

class DuetRequestDetail extends DuetElement {
  static properties = {
    requestId: {},
    request: { state: true },
    events: { state: true },
    people: { state: true },
    busy: { state: true },
  };

  willUpdate(changed) {
    if (changed.has('requestId')) this.load();
  }

  async load() {
    if (!this.requestId) return;
    try {
      [this.request, this.events] = await Promise.all([requestsApi.get(this.requestId), requestsApi.timeline(this.requestId)]);
      if (this.triages() && !this.people) this.people = await requestsApi.people();
    } catch (error) {
      toastError(error);
    }
  }

  triages() {
    return this.request && session.may('request:triage') && teamsOf(session.user?.role).includes(this.request.to_team);
  }

  /** The requester edits while the request is new; the receiving team any time (the server decides in the end). */
  mayEdit() {
    const request = this.request;
    if (!request || !session.may('request:write')) return false;
    return this.triages() || (request.requester.id === session.user?.id && request.state === 'new');
  }

  /** Runs a change, shows the request as it is after, and tells the screen to refresh its board or list. */
  async change(work, done) {
    this.busy = true;
    try {
      this.request = await work();
      this.events = await requestsApi.timeline(this.request.id);
      if (done) toast(done, { kind: 'success' });
      this.emit('changed', this.request);
    } catch (error) {
      toastError(error);
      if (error.status === 409) await this.load();
    } finally {
      this.busy = false;
    }
  }

  async reject() {
    const values = await openDialog({
      title: 'Reject request', okLabel: 'Reject', danger: true,
      content: html`<label>Why is it rejected? <small>The requester reads this.</small><textarea name="reason" required maxlength="1000"></textarea></label>`,
      validate: (form) => (String(form.reason ?? '').trim() ? null : 'Say why, so the requester can do something about it.'),
    });
    if (values) await this.change(() => requestsApi.reject(this.request.id, values.reason), 'Request rejected.');
  }

  async snooze() {
    const values = await openDialog({
      title: 'Snooze request', okLabel: 'Snooze',
      content: html`
        <label>Until <small>It comes back as new on this day.</small><input type="date" name="until" required></label>
        <label>Why? <small>optional</small><input name="reason" maxlength="1000"></label>`,
      validate: (form) => (form.until ? null : 'Choose the day it should come back.'),
    });
    if (values) await this.change(() => requestsApi.snooze(this.request.id, values.until, values.reason || null), `Snoozed until ${values.until}.`);
  }

  async duplicate() {
    const values = await openDialog({
      title: 'Mark as duplicate', okLabel: 'Mark as duplicate',
      content: html`<label>Duplicate of request number <input type="number" name="of" min="1" required></label>`,
      validate: (form) => (Number(form.of) > 0 ? null : 'Give the number of the request this one repeats.'),
    });
    if (values) await this.change(() => requestsApi.duplicate(this.request.id, Number(values.of)), 'Marked as duplicate.');
  }

  async moveTo(state) {
    let reason = null;
    if (state === 'blocked') {
      const values = await openDialog({
        title: 'What blocks it?', okLabel: 'Mark as blocked',
        content: html`<label>Reason <textarea name="reason" required maxlength="1000"></textarea></label>`,
        validate: (form) => (String(form.reason ?? '').trim() ? null : 'Say what blocks the request.'),
      });
      if (!values) return;
      reason = values.reason;
    }
    await this.change(() => requestsApi.move(this.request.id, state, null, this.request.version, reason), `Moved to ${STATES[state]}.`);
  }

  async comment(event) {
    event.preventDefault();
    const field = event.target.querySelector('textarea');
    const text = field.value.trim();
    if (!text) return;
    await this.change(() => requestsApi.comment(this.request.id, text));
    field.value = '';
  }

  async editComment(comment) {
    const values = await openDialog({
      title: 'Edit comment', okLabel: 'Save',
      content: html`<label>Comment <textarea name="text" required maxlength="5000" .value=${comment.text}></textarea></label>`,
      validate: (form) => (String(form.text ?? '').trim() ? null : 'Write something, or delete the comment.'),
    });
    if (values) await this.change(() => requestsApi.editComment(this.request.id, comment.id, values.text));
  }

  async deleteComment(comment) {
    await this.change(async () => {
      await requestsApi.deleteComment(this.request.id, comment.id);
      return requestsApi.get(this.request.id);
    }, 'Comment deleted.');
  }

  render() {
    const request = this.request;
    if (!request) return html`<p class="muted">Loading…</p>`;
    const watching = request.watchers.some((watcher) => watcher.id === session.user?.id);
    return html`
      <header class="request-detail-head">
        <div>
          <p class="muted">#${request.id} · ${TYPES[request.type]} · for ${TEAMS[request.to_team]} · ${age(request)}</p>
          <h2 class="request-detail-title">${request.title}</h2>
          <p class="request-detail-state"><span class="badge request-state state-${request.state}">${STATES[request.state]}</span>
            <span class="badge request-priority priority-${request.priority}">${PRIORITIES[request.priority]}</span>
            ${warnings(request).map((warning) => html`<span class="request-warning ${warning.kind}">${warning.text}</span>`)}</p>
          ${request.state_reason ? html`<p class="request-reason">${request.state_reason}</p>` : nothing}
          ${request.snoozed_until ? html`<p class="muted">Snoozed until ${request.snoozed_until}</p>` : nothing}
          ${request.duplicate_of ? html`<p class="muted">Duplicate of <a href=${`?request=${request.duplicate_of}`}>#${request.duplicate_of}</a></p>` : nothing}
        </div>
        <div class="actions">
          ${this.mayEdit() ? html`<button type="button" class="secondary edit-request" @click=${() => this.emit('edit', request)}>Edit</button>` : nothing}
          <button type="button" class="icon close-request" aria-label="Close request" @click=${() => this.emit('close')}>×</button>
        </div>
      </header>
      ${this.renderActions(request)}
      <dl class="request-brief">
        ${BRIEF.filter(([name]) => request.brief[name]).map(([name, label]) => html`<dt>${label}</dt><dd class="brief-text">${request.brief[name]}</dd>`)}
        ${request.due_date ? html`<dt>Due</dt><dd>${request.due_date} — ${request.due_reason}</dd>` : nothing}
        <dt>Requested by</dt><dd>${request.requester.email}</dd>
        <dt>Assignee</dt><dd>${this.renderAssignee(request)}</dd>
        <dt>Watchers</dt><dd class="request-watchers">${request.watchers.map((watcher) => watcher.email).join(', ') || 'Nobody'}
          ${session.may('request:write') ? html`<button type="button" class="link watch-request" ?disabled=${this.busy}
            @click=${() => this.change(() => (watching ? requestsApi.unwatch(request.id) : requestsApi.watch(request.id)))}>
            ${watching ? 'Stop watching' : 'Watch'}</button>` : nothing}</dd>
        ${request.links.length ? html`<dt>Links</dt><dd><ul class="request-links">${request.links.map((link) => html`<li>${this.renderLink(link)}</li>`)}</ul></dd>` : nothing}
        ${request.attachments.length ? html`<dt>Attachments</dt><dd><ul>${request.attachments.map((attachment) => html`
          <li><a href=${attachment.url} target="_blank" rel="noopener noreferrer">${attachment.label}</a></li>`)}</ul></dd>` : nothing}
      </dl>
      ${this.renderComments(request)}
      <section class="request-timeline" aria-label="Timeline">
        <h3>Timeline</h3>
        <ol>${(this.events ?? []).map((event) => html`
          <li><time datetime=${event.created_at}>${new Date(event.created_at).toLocaleString()}</time>
            <span><strong>${event.actor}</strong> ${EVENT_WORDS[event.kind] ?? event.kind}${this.eventFacts(event)}</span></li>`)}</ol>
      </section>`;
  }

  renderActions(request) {
    if (!this.triages()) return nothing;
    const state = request.state;
    return html`
      <div class="actions request-actions">
        ${state === 'new' ? html`
          <button type="button" class="primary accept-request" ?disabled=${this.busy} @click=${() => this.change(() => requestsApi.accept(request.id), 'Request accepted.')}>Accept</button>
          <button type="button" class="secondary reject-request" ?disabled=${this.busy} @click=${() => this.reject()}>Reject…</button>
          <button type="button" class="secondary snooze-request" ?disabled=${this.busy} @click=${() => this.snooze()}>Snooze…</button>
          <button type="button" class="secondary duplicate-request" ?disabled=${this.busy} @click=${() => this.duplicate()}>Duplicate…</button>` : nothing}
        ${['rejected', 'snoozed', 'duplicate'].includes(state) ? html`
          <button type="button" class="secondary reopen-request" ?disabled=${this.busy} @click=${() => this.change(() => requestsApi.reopen(request.id), 'Request reopened.')}>Reopen</button>` : nothing}
        ${WORK.includes(state) ? html`
          <label class="inline-label">Move to
            <select class="move-request" ?disabled=${this.busy} @change=${(event) => this.moveTo(event.target.value)}>
              ${WORK.map((work) => html`<option value=${work} ?selected=${work === state}>${STATES[work]}</option>`)}
            </select></label>` : nothing}
      </div>`;
  }

  renderAssignee(request) {
    if (!this.triages() || !this.people) return request.assignee?.email ?? 'Nobody yet';
    return html`<select class="assign-request" aria-label="Assignee" ?disabled=${this.busy}
        @change=${(event) => this.change(() => requestsApi.assign(request.id, event.target.value ? Number(event.target.value) : null), 'Assignee changed.')}>
      <option value="" ?selected=${!request.assignee}>Nobody yet</option>
      ${this.people.map((person) => html`<option value=${person.id} ?selected=${request.assignee?.id === person.id}>${person.name || person.email}</option>`)}
    </select>`;
  }

  renderLink(link) {
    if (link.kind === 'goal') return html`Goal #${link.id}`;
    if (link.kind === 'story') return html`<a href=${`/admin/spaces/${link.space_id}/stories/${link.id}`}>Story #${link.id}</a>`;
    if (link.kind === 'release') return html`<a href=${`/admin/spaces/${link.space_id}/releases?release=${link.id}`}>Release #${link.id}</a>`;
    return html`<a href=${`/admin/spaces/${link.space_id}/experiments?experiment=${encodeURIComponent(link.key)}`}>Experiment ${link.key}</a>`;
  }

  renderComments(request) {
    const mine = (comment) => comment.author_id === session.user?.id;
    return html`
      <section class="request-comments" aria-label="Comments">
        <h3>Comments</h3>
        ${request.comments.length === 0 ? html`<p class="muted">No comments yet.</p>` : html`
          <ul>${request.comments.map((comment) => html`
            <li class="request-comment">
              <p><strong>${comment.author}</strong> <small>${new Date(comment.created_at).toLocaleString()}${comment.edited ? ' · edited' : ''}</small></p>
              <p>${comment.text}</p>
              ${mine(comment) ? html`<button type="button" class="link" @click=${() => this.editComment(comment)}>Edit</button>` : nothing}
              ${mine(comment) || session.user?.role === 'admin' ? html`<button type="button" class="link danger" @click=${() => this.deleteComment(comment)}>Delete</button>` : nothing}
            </li>`)}</ul>`}
        ${session.may('request:write') ? html`
          <form class="request-comment-form" @submit=${(event) => this.comment(event)}>
            <label>Add a comment <textarea name="text" maxlength="5000" rows="2"></textarea></label>
            <button type="submit" class="secondary" ?disabled=${this.busy}>Comment</button>
          </form>` : nothing}
      </section>`;
  }

  eventFacts(event) {
    const details = event.details ?? {};
    if (details.from && details.to) return `: ${STATES[details.from]} → ${STATES[details.to]}${details.reason ? ` (${details.reason})` : ''}`;
    if (details.to) return ` into ${STATES[details.to]}`;
    if (details.reason) return `: ${details.reason}`;
    if (details.until) return ` until ${details.until}`;
    if (event.kind === 'assigned') return `: ${details.assignee ?? 'nobody'}`;
    if (details.of) return ` of #${details.of}`;
    if (details.text) return `: “${details.text}”`;
    return '';
  }
}

customElements.define('duet-request-detail', DuetRequestDetail);
