// <duet-decision-form>: drafts a decision: title, question, context, the options, the voters (people of both teams)
// and the tie-break rule. Emits `created` with the new decision, or `cancel`.
import { html, nothing } from 'lit';
import { DuetElement } from '../element.js';
import { toastError } from '../ui/toast.js';
import { decisionsApi, TEAM_LABELS, teamsOfRole, TIE_BREAK_CHOICES } from './decisions-api.js';

class DuetDecisionForm extends DuetElement {
  static properties = {
    people: { state: true },
    options: { state: true },
    voters: { state: true },
    problems: { state: true },
    busy: { state: true },
  };

  constructor() {
    super();
    this.people = null;
    this.options = [{ label: '', description: '' }, { label: '', description: '' }];
    this.voters = new Set();
    this.problems = {};
  }

  async connectedCallback() {
    super.connectedCallback();
    try {
      this.people = await decisionsApi.people();
    } catch (error) {
      toastError(error);
    }
  }

  setOption(index, field, value) {
    this.options = this.options.map((option, at) => (at === index ? { ...option, [field]: value } : option));
  }

  addOption() {
    this.options = [...this.options, { label: '', description: '' }];
    this.updateComplete.then(() => this.querySelector(`input[name="option-label-${this.options.length - 1}"]`)?.focus());
  }

  removeOption(index) {
    this.options = this.options.filter((_, at) => at !== index);
  }

  toggleVoter(id, checked) {
    const voters = new Set(this.voters);
    if (checked) voters.add(id);
    else voters.delete(id);
    this.voters = voters;
  }

  missingTeams() {
    const chosen = (this.people ?? []).filter((person) => this.voters.has(person.id));
    return ['marketing', 'it'].filter((team) => !chosen.some((person) => teamsOfRole(person.role).includes(team)));
  }

  async submit(event) {
    event.preventDefault();
    const form = new FormData(event.target);
    const closes = String(form.get('closes_at') ?? '');
    const decision = {
      title: form.get('title'),
      question: form.get('question'),
      context: form.get('context'),
      options: this.options.filter((option) => option.label.trim() || option.description.trim()),
      voter_ids: [...this.voters],
      tie_break: String(form.get('tie_break')).split(','),
      closes_at: closes ? new Date(closes).toISOString() : null,
    };
    this.busy = true;
    try {
      this.emit('created', await decisionsApi.create(decision));
    } catch (error) {
      this.problems = error.fieldProblems?.() ?? {};
      toastError(error);
    } finally {
      this.busy = false;
    }
  }

  problem(path) {
    const found = this.problems[path];
    return found ? html`<small class="field-error" role="alert">${found.join(' ')}</small>` : nothing;
  }

  render() {
    const missing = this.missingTeams();
    return html`
      <form class="decision-form" @submit=${(event) => this.submit(event)}>
        <h2>New decision</h2>
        <label>Title <input name="title" required maxlength="200" placeholder="Which email tool do we keep?">${this.problem('title')}</label>
        <label>Question for voters <textarea name="question" required maxlength="2000" rows="2"
          placeholder="Rank the email tools you want us to keep."></textarea>${this.problem('question')}</label>
        <label>Context <small>optional: what led here, what each option costs</small>
          <textarea name="context" maxlength="20000" rows="3"></textarea></label>
        <fieldset class="decision-options">
          <legend>Options</legend>
          ${this.options.map((option, index) => html`
            <div class="decision-option-row">
              <label>Option ${index + 1}<input name=${`option-label-${index}`} .value=${option.label} maxlength="200"
                @input=${(event) => this.setOption(index, 'label', event.target.value)}>${this.problem(`options[${index}].label`)}</label>
              <label>Description <small>optional</small><input name=${`option-description-${index}`} .value=${option.description}
                maxlength="2000" @input=${(event) => this.setOption(index, 'description', event.target.value)}></label>
              ${this.options.length > 1 ? html`<button type="button" class="link danger remove-option-row"
                aria-label=${`Remove option ${index + 1}`} @click=${() => this.removeOption(index)}>Remove</button>` : nothing}
            </div>`)}
          <button type="button" class="secondary add-option-row" @click=${() => this.addOption()}>Add option</button>
          ${this.problem('options')}
        </fieldset>
        <fieldset class="decision-voters">
          <legend>Voters</legend>
          ${this.people === null ? html`<p class="muted">Loading people…</p>` : this.people.map((person) => html`
            <label class="checkbox"><input type="checkbox" name="voter" value=${person.id} .checked=${this.voters.has(person.id)}
              @change=${(event) => this.toggleVoter(person.id, event.target.checked)}>
              ${person.name} <small class="muted">${person.email} · ${teamsOfRole(person.role).map((team) => TEAM_LABELS[team]).join(' & ') || 'no team'}</small></label>`)}
          ${missing.length && this.voters.size ? html`<p class="decision-warning" role="status">No voter from
            ${missing.map((team) => TEAM_LABELS[team]).join(' or ')} yet: the choice would not be made together.</p>` : nothing}
          ${this.problem('voter_ids')}
        </fieldset>
        <label>When options tie for fewest votes
          <select name="tie_break">${TIE_BREAK_CHOICES.map((choice) => html`<option value=${choice.value}>${choice.label}</option>`)}</select></label>
        <label>Voting closes <small>optional: otherwise close it by hand</small><input type="datetime-local" name="closes_at"></label>
        <footer class="form-actions">
          <button type="button" class="secondary" @click=${() => this.emit('cancel')}>Cancel</button>
          <button type="submit" class="primary create-decision" ?disabled=${this.busy}>Save draft</button>
        </footer>
      </form>`;
  }
}

customElements.define('duet-decision-form', DuetDecisionForm);
