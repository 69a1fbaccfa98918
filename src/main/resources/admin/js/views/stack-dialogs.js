// The stack's dialogs: add or change a tool (showing the API's problems next to their fields), record a decision.
import { html, nothing } from 'lit';
import { openDialog } from '../ui/dialog.js';
import { toastError } from '../ui/toast.js';
import { CATEGORIES, PERIODS, TEAMS, VERDICTS, day, stackApi, toolFromForm } from './stack-api.js';

function problem(problems, name) {
  const said = problems[`tool.${name}`];
  return said ? html`<small class="field-problem" role="alert">${said.join('; ')}</small>` : nothing;
}

function options(choices, selected) {
  return Object.entries(choices).map(([value, label]) => html`<option value=${value} ?selected=${value === selected}>${label}</option>`);
}

function toolForm(tool, problems) {
  const text = (name, label, attrs = {}) => html`
    <label>${label}${attrs.optional ? html` <small>optional</small>` : nothing}
      <input name=${name} type=${attrs.type ?? 'text'} .value=${tool[name] ?? ''} ?required=${!attrs.optional}
        min=${attrs.min ?? nothing} step=${attrs.step ?? nothing} placeholder=${attrs.placeholder ?? nothing}
        aria-invalid=${problems[`tool.${name}`] ? 'true' : 'false'}>
      ${problem(problems, name)}</label>`;
  return html`
    <div class="stack-form">
      ${text('name', 'Name', { placeholder: 'Mailwave' })}
      <label>Category <select name="category">${options(CATEGORIES, tool.category ?? 'other')}</select>${problem(problems, 'category')}</label>
      ${text('vendor', 'Vendor', { optional: true })}
      <label>Owned by <select name="owner_team">${options(TEAMS, tool.owner_team ?? 'marketing')}</select></label>
      ${text('owner', 'Owner', { optional: true, placeholder: 'Who looks after it' })}
      ${text('liaison', 'Contact on the other team', { optional: true })}
      <label class="wide">What it is for <small>optional</small><textarea name="purpose" rows="2" .value=${tool.purpose ?? ''}></textarea>${problem(problems, 'purpose')}</label>
      ${text('cost', 'Cost', { placeholder: '1200.00' })}
      ${text('currency', 'Currency', { placeholder: 'EUR' })}
      <label>Billed <select name="billing_period">${options(PERIODS, tool.billing_period ?? 'yearly')}</select></label>
      ${text('seats_paid', 'Seats paid', { optional: true, type: 'number', min: 0 })}
      ${text('seats_active', 'Seats in use', { optional: true, type: 'number', min: 0 })}
      ${text('contract_start', 'Contract start', { optional: true, type: 'date' })}
      ${text('renewal_date', 'Renews on', { optional: true, type: 'date' })}
      ${text('notice_days', 'Notice period (days)', { optional: true, type: 'number', min: 0 })}
      ${text('reminder_days', 'Remind days before renewal', { optional: true, type: 'number', min: 0, placeholder: '30' })}
      ${text('url', 'Address', { optional: true, type: 'url', placeholder: 'https://' })}
      <label class="wide">Notes <small>optional</small><textarea name="notes" rows="2" .value=${tool.notes ?? ''}></textarea>${problem(problems, 'notes')}</label>
    </div>`;
}

/** Opens the tool dialog until the tool is saved (resolves with it) or the dialog is cancelled (null). */
export async function editTool(existing) {
  let draft = existing ? { ...existing } : {};
  let problems = {};
  for (;;) {
    const values = await openDialog({
      title: existing ? `Change ${existing.name}` : 'Add a tool',
      okLabel: existing ? 'Save tool' : 'Add tool',
      content: toolForm(draft, problems),
    });
    if (!values) return null;
    const tool = toolFromForm(values);
    try {
      return existing ? await stackApi.update(existing.id, tool) : await stackApi.create(tool);
    } catch (error) {
      if (error.status !== 400 && error.status !== 409) {
        toastError(error);
        return null;
      }
      draft = { ...draft, ...tool };
      problems = error.status === 409 ? { 'tool.name': [error.message] } : error.fieldProblems();
      if (Object.keys(problems).length === 0) toastError(error);
    }
  }
}

/** Shows the tool's decisions so far and records a new one; resolves with it, or null when cancelled. */
export async function decide(tool) {
  let history = [];
  try {
    history = (await stackApi.tool(tool.id)).decisions;
  } catch (error) {
    toastError(error);
  }
  const values = await openDialog({
    title: `Decide on ${tool.name}`,
    okLabel: 'Record decision',
    content: html`
      <label>Decision <select name="decision">${options(VERDICTS, tool.decision?.decision ?? 'keep')}</select></label>
      <label>Why <textarea name="rationale" rows="3" required placeholder="31 of 40 seats unused: cut to 10 at renewal."></textarea></label>
      ${history.length ? html`
        <h3 class="stack-history-title">Earlier decisions</h3>
        <ol class="stack-history">${history.map((entry) => html`
          <li><strong>${VERDICTS[entry.decision]}</strong> — ${entry.rationale}
            <small>${entry.decided_by}, ${day(entry.decided_at.slice(0, 10))}</small></li>`)}</ol>` : nothing}`,
    validate: (form) => (String(form.rationale ?? '').trim() ? null : 'Say why, for whoever reads this at the next audit.'),
  });
  if (!values) return null;
  try {
    return await stackApi.decide(tool.id, values.decision, values.rationale);
  } catch (error) {
    toastError(error);
    return null;
  }
}
