// <duet-request-form>: the "New request" dialog, also used to edit one. A short brief with plain hints, a due date
// with its reason, the team it goes to, a link to a story, release, experiment or goal; the server's problems are
// shown next to their fields and the dialog stays open until the request is saved.
import { html, nothing } from 'lit';
import { DuetElement } from '../element.js';
import { session } from '../session.js';
import { toast, toastError } from '../ui/toast.js';
import { BRIEF, PRIORITIES, TEAMS, TYPES, requestsApi, teamsOf } from './requests-api.js';

class DuetRequestForm extends DuetElement {
  static properties = {
    /** The space new links point into. */
    spaceId: {},
    editing: { state: true },
    problems: { state: true },
    busy: { state: true },
  };

  constructor() {
    super();
    this.problems = {};
    this.editing = null;
  }

  /** Opens the dialog empty, or filled with `request` to edit it. */
  async open(request = null) {
    this.problems = {};
    this.editing = request;
    await this.updateComplete;
    const dialog = this.querySelector('dialog');
    const form = dialog.querySelector('form');
    form.reset();
    if (request) this.fill(form, request);
    dialog.showModal();
    form.querySelector('input[name=title]').focus();
  }

  fill(form, request) {
    const set = (name, value) => { form.elements[name].value = value ?? ''; };
    set('title', request.title);
    set('type', request.type);
    set('to_team', request.to_team);
    set('priority', request.priority);
    for (const [name] of BRIEF) set(name, request.brief[name]);
    set('due_date', request.due_date);
    set('due_reason', request.due_reason);
    set('attachment_label', request.attachments[0]?.label);
    set('attachment_url', request.attachments[0]?.url);
  }

  /** The links to send: those the request has, and the one added in the form. */
  links(form) {
    const kept = this.editing?.links ?? [];
    const kind = String(form.link_kind ?? '');
    const target = String(form.link_target ?? '').trim();
    if (!kind || !target) return kept;
    const link = kind === 'experiment' ? { kind, space_id: Number(this.spaceId), key: target }
      : kind === 'goal' ? { kind, id: Number(target) } : { kind, space_id: Number(this.spaceId), id: Number(target) };
    return [...kept, link];
  }

  close() {
    this.querySelector('dialog').close();
  }

  /** The other team by default: requests usually go from one side to the other. */
  defaultTeam() {
    const mine = teamsOf(session.user?.role);
    return mine.length === 1 ? (mine[0] === 'it' ? 'marketing' : 'it') : 'it';
  }

  async submit(event) {
    event.preventDefault();
    const form = Object.fromEntries(new FormData(event.target));
    const text = (name) => String(form[name] ?? '').trim() || null;
    const request = {
      title: text('title'), type: text('type'), to_team: text('to_team'), priority: text('priority'),
      brief: Object.fromEntries(BRIEF.map(([name]) => [name, text(name)])),
      due_date: text('due_date'), due_reason: text('due_reason'),
      attachments: [
        ...(text('attachment_url') ? [{ label: text('attachment_label'), url: text('attachment_url') }] : []),
        ...(this.editing?.attachments.slice(1) ?? []),
      ],
      links: this.links(form),
    };
    this.busy = true;
    try {
      if (this.editing) {
        const saved = await requestsApi.edit(this.editing.id, { ...request, version: this.editing.version });
        this.close();
        toast(`Request “${saved.title}” saved.`, { kind: 'success' });
        this.emit('saved', saved);
        return;
      }
      const filed = await requestsApi.file(request);
      this.close();
      toast(`Request “${filed.title}” filed for the ${TEAMS[filed.to_team]} team.`, { kind: 'success' });
      this.emit('filed', filed);
    } catch (error) {
      this.problems = error.fieldProblems?.() ?? {};
      if (!Object.keys(this.problems).length) toastError(error);
    } finally {
      this.busy = false;
    }
  }

  /** The server's problems with this field, or with a part of it (links[0].key belongs to links[0]). */
  problem(path) {
    const found = Object.entries(this.problems).filter(([at]) => at === path || at.startsWith(`${path}.`))
      .flatMap(([, messages]) => messages);
    return found.length ? html`<span class="field-error">${found.join(' ')}</span>` : nothing;
  }

  field(path, label, hint, control) {
    return html`<label class="request-field">${label} ${hint ? html`<small>${hint}</small>` : nothing}${control}${this.problem(path)}</label>`;
  }

  render() {
    const invalid = (path) => (this.problems[path] ? 'true' : 'false');
    const team = this.defaultTeam();
    return html`
      <dialog class="dialog request-dialog" aria-labelledby="new-request-title" @cancel=${(event) => { event.preventDefault(); this.close(); }}>
        <form @submit=${(event) => this.submit(event)} novalidate>
          <h2 id="new-request-title">${this.editing ? `Edit request #${this.editing.id}` : 'New request'}</h2>
          <div class="dialog-body request-form">
            ${this.field('title', 'Title', 'One line: what do you need?',
              html`<input name="title" maxlength="200" required aria-invalid=${invalid('title')} placeholder="Track webinar sign-ups by channel">`)}
            <div class="request-form-row">
              ${this.field('type', 'Type', null, html`<select name="type" aria-invalid=${invalid('type')}>
                ${Object.entries(TYPES).map(([id, label]) => html`<option value=${id}>${label}</option>`)}</select>`)}
              ${this.field('to_team', 'For the team', null, html`<select name="to_team" aria-invalid=${invalid('to_team')}>
                ${Object.entries(TEAMS).map(([id, label]) => html`<option value=${id} ?selected=${id === team}>${label}</option>`)}</select>`)}
              ${this.field('priority', 'Priority', null, html`<select name="priority">
                ${Object.entries(PRIORITIES).map(([id, label]) => html`<option value=${id} ?selected=${id === 'normal'}>${label}</option>`)}</select>`)}
            </div>
            <fieldset class="form-section">
              <legend>The brief</legend>
              ${BRIEF.map(([name, label, hint, required]) => this.field(`brief.${name}`, required ? label : html`${label} <small>optional</small>`, hint,
                html`<textarea name=${name} rows="2" maxlength="4000" aria-invalid=${invalid(`brief.${name}`)}></textarea>`))}
            </fieldset>
            <div class="request-form-row">
              ${this.field('due_date', html`Due date <small>optional</small>`, null,
                html`<input type="date" name="due_date" aria-invalid=${invalid('due_date')}>`)}
              ${this.field('due_reason', 'Why this date?', 'A launch, an event, a contract — needed with a due date.',
                html`<input name="due_reason" maxlength="1000" aria-invalid=${invalid('due_reason')}>`)}
            </div>
            <div class="request-form-row">
              ${this.field('attachments[0].label', html`Attachment label <small>optional</small>`, null, html`<input name="attachment_label" maxlength="200" placeholder="Form mock-up">`)}
              ${this.field('attachments[0].url', html`Attachment link <small>optional</small>`, null,
                html`<input type="url" name="attachment_url" placeholder="https://" aria-invalid=${invalid('attachments[0].url')}>`)}
            </div>
            <div class="request-form-row">
              ${this.field('links', html`Link to <small>optional</small>`, this.editing?.links.length
                ? `Already linked: ${this.editing.links.length}. Add one more here.` : 'The work this request is about.',
                html`<select name="link_kind"><option value="">Nothing</option><option value="story">A story (number)</option>
                  <option value="release">A release (number)</option><option value="experiment">An experiment (key)</option>
                  <option value="goal">A goal (number)</option></select>`)}
              ${this.field(`links[${this.editing?.links.length ?? 0}]`, html`Its number or key <small>optional</small>`, null,
                html`<input name="link_target" placeholder="42 or pricing-cta">`)}
            </div>
          </div>
          <footer>
            <button type="button" class="secondary" @click=${() => this.close()}>Cancel</button>
            <button type="submit" class="primary file-request" ?disabled=${this.busy}>${this.editing ? 'Save request' : 'File request'}</button>
          </footer>
        </form>
      </dialog>`;
  }
}

customElements.define('duet-request-form', DuetRequestForm);
