// <duet-request-form>: the "New request" dialog. A short brief with plain hints, a due date with its reason, the
// team it goes to; the server's problems are shown next to their fields and the dialog stays open until it is filed.
import { html, nothing } from 'lit';
import { DuetElement } from '../element.js';
import { session } from '../session.js';
import { toast, toastError } from '../ui/toast.js';
import { BRIEF, PRIORITIES, TEAMS, TYPES, requestsApi, teamsOf } from './requests-api.js';

class DuetRequestForm extends DuetElement {
  static properties = {
    problems: { state: true },
    busy: { state: true },
  };

  constructor() {
    super();
    this.problems = {};
  }

  open() {
    this.problems = {};
    const dialog = this.querySelector('dialog');
    dialog.querySelector('form').reset();
    dialog.showModal();
    dialog.querySelector('input[name=title]').focus();
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
      attachments: text('attachment_url') ? [{ label: text('attachment_label'), url: text('attachment_url') }] : [],
    };
    this.busy = true;
    try {
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

  problem(path) {
    const found = this.problems[path];
    return found ? html`<span class="field-error" id=${`problem-${path.replace('.', '-')}`}>${found.join(' ')}</span>` : nothing;
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
          <h2 id="new-request-title">New request</h2>
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
          </div>
          <footer>
            <button type="button" class="secondary" @click=${() => this.close()}>Cancel</button>
            <button type="submit" class="primary file-request" ?disabled=${this.busy}>File request</button>
          </footer>
        </form>
      </dialog>`;
  }
}

customElements.define('duet-request-form', DuetRequestForm);
