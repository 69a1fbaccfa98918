// <duet-glossary>: the team's shared words, each explained for marketers and for developers; search, add, change.
// Terms are also explained where they appear in the app (see ui/glossary-terms.js), which hears of changes here.
import { html, nothing } from 'lit';
import { DuetElement } from '../element.js';
import { session } from '../session.js';
import { del, get, post, put, query } from '../api.js';
import { toast, toastError } from '../ui/toast.js';
import { confirmDialog, openDialog } from '../ui/dialog.js';

function changed() {
  window.dispatchEvent(new CustomEvent('duet:glossary-changed'));
}

/** Keeps the form's hidden "related" field (ids, comma-separated) in step with the ticked boxes. */
function pickRelated(event) {
  const form = event.target.form;
  form.elements.related.value = [...form.querySelectorAll('.glossary-related-choice:checked')].map((box) => box.value).join(',');
}

function lines(text) {
  return String(text ?? '').split('\n').map((line) => line.trim()).filter(Boolean);
}

class DuetGlossary extends DuetElement {
  static properties = {
    terms: { state: true },
    all: { state: true },
    q: { state: true },
  };

  constructor() {
    super();
    this.terms = null;
    this.all = [];
    this.q = '';
  }

  connectedCallback() {
    super.connectedCallback();
    this.load();
  }

  async load() {
    // each keystroke in the search starts a load: only the latest may show its answer, or the list for "s" arriving
    // after the one for "srm" would show terms the search no longer asks for
    const turn = (this.loadTurn = (this.loadTurn ?? 0) + 1);
    const q = this.q;
    try {
      const terms = (await get(`/api/glossary${query({ q })}`)).terms;
      if (!q) this.all = terms; // every term, for the dialog's related terms, whichever search came after
      if (turn !== this.loadTurn) return;
      this.terms = terms;
    } catch (error) {
      toastError(error);
    }
  }

  search(value) {
    this.q = value;
    this.load();
  }

  async edit(existing) {
    let draft = existing ? { ...existing, related_term_ids: existing.related.map((r) => r.id) } : { aliases: [], examples: [], related_term_ids: [] };
    let problems = {};
    for (;;) {
      const values = await openDialog({ title: existing ? `Change “${existing.term}”` : 'New term', okLabel: 'Save term', content: this.form(draft, existing, problems) });
      if (!values) return;
      const term = {
        term: values.term, aliases: String(values.aliases ?? '').split(',').map((alias) => alias.trim()).filter(Boolean),
        definition_marketing: values.definition_marketing || null, definition_developer: values.definition_developer || null,
        examples: lines(values.examples), owner: values.owner || null, related_term_ids: String(values.related ?? '').split(',').filter(Boolean).map(Number),
      };
      try {
        const saved = existing ? (await put(`/api/glossary/${existing.id}`, { term })).term : (await post('/api/glossary', { term })).term;
        toast(`“${saved.term}” saved.`, { kind: 'success' });
        changed();
        this.all = [];
        this.q = '';
        return this.load();
      } catch (error) {
        if (error.status !== 400 && error.status !== 409) return toastError(error);
        draft = { ...draft, ...term };
        problems = error.status === 409 ? { [error.details[0]?.path?.startsWith('term.aliases') ? 'term.aliases' : 'term.term']: [error.message] } : error.fieldProblems();
        if (error.status === 400 && Object.keys(problems).length === 0) toastError(error);
      }
    }
  }

  form(term, existing, problems) {
    const said = (...paths) => {
      const messages = Object.entries(problems).filter(([path]) => paths.some((p) => path.startsWith(p))).flatMap(([, m]) => m);
      return messages.length ? html`<small class="field-problem" role="alert">${messages.join('; ')}</small>` : nothing;
    };
    const others = this.all.filter((other) => other.id !== existing?.id);
    return html`
      <label>Term <input name="term" required maxlength="100" .value=${term.term ?? ''} placeholder="Sample ratio mismatch">${said('term.term')}</label>
      <label>Also called <small>optional, separated by commas</small><input name="aliases" .value=${(term.aliases ?? []).join(', ')} placeholder="SRM">${said('term.aliases')}</label>
      <label>For marketers <textarea name="definition_marketing" rows="3" .value=${term.definition_marketing ?? ''}></textarea>${said('term.definition_marketing')}</label>
      <label>For developers <textarea name="definition_developer" rows="3" .value=${term.definition_developer ?? ''}></textarea>${said('term.definition_developer')}</label>
      <label>Examples <small>optional, one per line</small><textarea name="examples" rows="2" .value=${(term.examples ?? []).join('\n')}></textarea>${said('term.examples')}</label>
      <label>Owner <small>optional</small><input name="owner" .value=${term.owner ?? ''}></label>
      <input type="hidden" name="related" .value=${(term.related_term_ids ?? []).join(',')}>
      ${others.length ? html`<fieldset class="glossary-related-choices" @change=${pickRelated}><legend>Related terms</legend>
        ${others.map((other) => html`<label class="checkbox"><input type="checkbox" class="glossary-related-choice" value=${other.id}
          ?checked=${(term.related_term_ids ?? []).includes(other.id)}> ${other.term}</label>`)}${said('term.related')}</fieldset>` : nothing}`;
  }

  async removeTerm(term) {
    if (!await confirmDialog('Delete term?', `Delete “${term.term}” from the glossary?`, { okLabel: 'Delete', danger: true })) return;
    try {
      await del(`/api/glossary/${term.id}`);
      toast(`“${term.term}” deleted.`, { kind: 'success' });
      changed();
      this.all = [];
      this.load();
    } catch (error) {
      toastError(error);
    }
  }

  render() {
    const canWrite = session.may('glossary:write');
    return html`
      <header class="page-header">
        <h1>Glossary</h1>
        ${canWrite ? html`<button class="primary new-term" @click=${() => this.edit(null)}>New term</button>` : nothing}
      </header>
      <p class="muted">The words marketing and IT use, explained for both. Terms are underlined where they appear in Duet: focus or point at one to read it.</p>
      <div class="toolbar" role="search">
        <label class="search">Search <input type="search" class="glossary-search" placeholder="Term, alias or words from a definition"
          .value=${this.q} @input=${(event) => this.search(event.target.value)}></label>
      </div>
      ${this.terms === null ? html`<p class="muted">Loading…</p>`
        : this.terms.length === 0 ? html`<section class="empty-state"><h2>${this.q ? 'No term matches' : 'No terms yet'}</h2></section>`
        : html`<div class="glossary-list">${this.terms.map((term) => this.renderTerm(term, canWrite))}</div>`}`;
  }

  renderTerm(term, canWrite) {
    return html`
      <article class="card glossary-term" data-term=${term.id}>
        <header>
          <h2 class="glossary-term-name">${term.term}</h2>
          ${term.aliases.length ? html`<p class="muted glossary-aliases">Also: ${term.aliases.join(', ')}</p>` : nothing}
        </header>
        <dl>
          ${term.definition_marketing ? html`<dt>For marketers</dt><dd class="for-marketers">${term.definition_marketing}</dd>` : nothing}
          ${term.definition_developer ? html`<dt>For developers</dt><dd class="for-developers">${term.definition_developer}</dd>` : nothing}
          ${term.examples.length ? html`<dt>Examples</dt><dd><ul>${term.examples.map((example) => html`<li>${example}</li>`)}</ul></dd>` : nothing}
          ${term.related.length ? html`<dt>Related</dt><dd>${term.related.map((r) => r.term).join(', ')}</dd>` : nothing}
        </dl>
        <footer class="muted"><small>${term.owner ? `Owner: ${term.owner} · ` : ''}updated ${new Date(term.updated_at).toLocaleDateString()}</small>
          ${canWrite ? html`
            <button class="secondary edit-term" @click=${() => this.edit(term)}>Edit<span class="visually-hidden"> ${term.term}</span></button>
            <button class="secondary danger delete-term" @click=${() => this.removeTerm(term)}>Delete<span class="visually-hidden"> ${term.term}</span></button>` : nothing}
        </footer>
      </article>`;
  }
}

customElements.define('duet-glossary', DuetGlossary);
