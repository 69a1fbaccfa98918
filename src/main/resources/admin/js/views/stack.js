// <duet-stack>: the martech stack the company pays for. "Inventory" lists the tools with filters, adds and changes
// them and moves them in and out as CSV; "Audit" shows overlaps, unused seats, renewals and the decisions taken.
import { html, nothing } from 'lit';
import { DuetElement } from '../element.js';
import { session } from '../session.js';
import { navigate } from '../router.js';
import { toast, toastError } from '../ui/toast.js';
import { confirmDialog } from '../ui/dialog.js';
import { CATEGORIES, PERIODS, TEAMS, VERDICTS, day, money, stackApi } from './stack-api.js';
import { editTool } from './stack-dialogs.js';
import './stack-audit.js';

class DuetStack extends DuetElement {
  static properties = {
    spaceId: {},
    tab: {},
    tools: { state: true },
    filter: { state: true },
    importProblems: { state: true },
  };

  constructor() {
    super();
    this.tools = null;
    this.filter = { category: '', owner_team: '', q: '' };
    this.importProblems = null;
  }

  connectedCallback() {
    super.connectedCallback();
    this.load();
  }

  async load() {
    try {
      this.tools = await stackApi.tools(this.filter);
    } catch (error) {
      toastError(error);
    }
  }

  setFilter(name, value) {
    this.filter = { ...this.filter, [name]: value };
    this.load();
  }

  show(tab) {
    navigate(`/admin/spaces/${this.spaceId}/stack${tab === 'audit' ? '?tab=audit' : ''}`);
  }

  async add() {
    const tool = await editTool(null);
    if (!tool) return;
    toast(`${tool.name} was added to the stack.`, { kind: 'success' });
    this.load();
  }

  async change(tool) {
    const saved = await editTool(tool);
    if (!saved) return;
    toast(`${saved.name} was saved.`, { kind: 'success' });
    this.load();
  }

  async removeTool(tool) {
    if (!await confirmDialog('Remove tool?', `Remove ${tool.name} from the stack, with its integrations and decisions?`,
      { okLabel: 'Remove', danger: true })) return;
    try {
      await stackApi.remove(tool.id);
      toast(`${tool.name} was removed.`, { kind: 'success' });
      this.load();
    } catch (error) {
      toastError(error);
    }
  }

  async importFile(event) {
    const file = event.target.files?.[0];
    event.target.value = '';
    if (!file) return;
    try {
      const imported = await stackApi.importCsv(await file.text());
      this.importProblems = null;
      toast(`Imported ${file.name}: ${imported.created} added, ${imported.updated} updated.`, { kind: 'success' });
      this.load();
    } catch (error) {
      this.importProblems = error.status === 400 ? error : null;
      if (!this.importProblems) toastError(error);
    }
  }

  render() {
    const audit = this.tab === 'audit';
    return html`
      <header class="page-header">
        <h1>Stack</h1>
        ${session.may('stack:write') && !audit ? html`<button class="primary add-tool" @click=${() => this.add()}>Add tool</button>` : nothing}
      </header>
      <p class="muted">The tools marketing and IT pay for: what each costs, who owns it, how many seats are used and when it renews.</p>
      <div class="tabs" role="tablist" aria-label="Stack views">
        <button role="tab" class="tab-inventory" aria-selected=${audit ? 'false' : 'true'} @click=${() => this.show('inventory')}>Inventory</button>
        <button role="tab" class="tab-audit" aria-selected=${audit ? 'true' : 'false'} @click=${() => this.show('audit')}>Audit</button>
      </div>
      ${audit ? html`<duet-stack-audit></duet-stack-audit>` : this.renderInventory()}`;
  }

  renderInventory() {
    const canWrite = session.may('stack:write');
    return html`
      <div class="toolbar" role="search">
        <label class="search">Search <input type="search" class="stack-search" placeholder="Name, vendor or purpose"
          .value=${this.filter.q} @input=${(event) => this.setFilter('q', event.target.value)}></label>
        <label>Category <select class="stack-category" @change=${(event) => this.setFilter('category', event.target.value)}>
          <option value="">All</option>
          ${Object.entries(CATEGORIES).map(([value, label]) => html`<option value=${value}>${label}</option>`)}</select></label>
        <label>Owned by <select class="stack-team" @change=${(event) => this.setFilter('owner_team', event.target.value)}>
          <option value="">Both teams</option>
          ${Object.entries(TEAMS).map(([value, label]) => html`<option value=${value}>${label}</option>`)}</select></label>
        <a class="button secondary stack-export" href="/api/stack/tools.csv" download="stack-tools.csv">Export CSV</a>
        ${canWrite ? html`<label class="button secondary stack-import">Import CSV…
          <input type="file" accept=".csv,text/csv" class="visually-hidden stack-import-file" @change=${(event) => this.importFile(event)}></label>` : nothing}
      </div>
      ${this.renderImportProblems()}
      ${this.tools === null ? html`<p class="muted">Loading…</p>`
        : this.tools.length === 0 ? html`<section class="empty-state"><h2>No tools here</h2>
            <p>Add the tools your teams pay for, or import them from a CSV file.</p></section>`
        : html`
          <table class="table stack-table">
            <thead><tr><th>Tool</th><th>Category</th><th>Owner</th><th class="number">Cost</th><th class="number">Per year</th>
              <th class="number">Seats used</th><th>Renews</th><th>Decision</th>${canWrite ? html`<th><span class="visually-hidden">Actions</span></th>` : nothing}</tr></thead>
            <tbody>${this.tools.map((tool) => this.renderTool(tool, canWrite))}</tbody>
          </table>`}`;
  }

  renderTool(tool, canWrite) {
    return html`
      <tr class="stack-tool" data-tool=${tool.id}>
        <td><strong class="tool-name">${tool.name}</strong>${tool.vendor ? html`<br><small class="muted">${tool.vendor}</small>` : nothing}</td>
        <td>${CATEGORIES[tool.category]}</td>
        <td>${TEAMS[tool.owner_team]}${tool.owner ? html`<br><small class="muted">${tool.owner}${tool.liaison ? ` · ${tool.liaison}` : ''}</small>` : nothing}</td>
        <td class="number">${money(tool.cost, tool.currency)} <small class="muted">${PERIODS[tool.billing_period]}</small></td>
        <td class="number">${money(tool.annual_cost, tool.currency)}</td>
        <td class="number">${tool.seats_paid === null ? '–' : `${tool.seats_active ?? '?'} of ${tool.seats_paid}`}</td>
        <td>${day(tool.renewal_date)}${tool.cancel_by ? html`<br><small class="muted">cancel by ${day(tool.cancel_by)}</small>` : nothing}</td>
        <td>${tool.decision ? html`<span class="badge badge-draft" title=${tool.decision.rationale}>${VERDICTS[tool.decision.decision]}</span>` : '–'}</td>
        ${canWrite ? html`<td class="row-actions">
          <button class="secondary edit-tool" @click=${() => this.change(tool)}>Edit<span class="visually-hidden"> ${tool.name}</span></button>
          <button class="secondary danger remove-tool" @click=${() => this.removeTool(tool)}>Remove<span class="visually-hidden"> ${tool.name}</span></button></td>` : nothing}
      </tr>`;
  }

  renderImportProblems() {
    if (!this.importProblems) return nothing;
    return html`
      <section class="card stack-import-problems" role="alert">
        <h2>Nothing was imported</h2>
        <p>Fix these lines in the file and import it again:</p>
        <ul>${this.importProblems.details.map((detail) => html`<li><strong>${detail.path}</strong>: ${detail.message}</li>`)}</ul>
        <button class="secondary" @click=${() => { this.importProblems = null; }}>Dismiss</button>
      </section>`;
  }
}

customElements.define('duet-stack', DuetStack);
