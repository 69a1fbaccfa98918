// duet-field-bloks: a list of nested blocks. Each block is a collapsible card (its component's name and a preview of
// its first text) holding a nested <duet-blok-form>. Blocks are added from a picker that offers only the components
// the field allows, duplicated, moved (buttons, Alt+↑/↓, or dragging the card's header) and deleted with Undo.
import { html } from 'lit';
import { FieldElement } from './field-base.js';
import { components, label } from '../schema.js';
import { toast } from '../ui/toast.js';
import { blockName, copyWithNewUids, isExpanded, newBlock, previewText, setExpanded } from '../editor/blocks.js';
import { icons } from '../ui/icons.js';
import './form.js';
import { currentEditor, extras } from '../editor/addons.js';
import { isExperiment, variantNames } from '../editor/experiment-model.js';
import { STATUS_WORDS } from '../editor/experiment-card.js';

/**
 * The components a bloks field may hold, as the server checks them: without `restrict_components` every nestable
 * component; with it, the components of the whitelisted groups (`restrict_type: "groups"`) or the whitelisted names.
 */
export function allowedComponents(field, schema) {
  const nestable = (schema?.components ?? []).filter((component) => component.is_nestable !== false);
  if (!field?.restrict_components) return nestable;
  if (field.restrict_type === 'groups') {
    const groups = new Set(field.component_group_whitelist ?? []);
    return nestable.filter((component) => groups.has(component.component_group_uuid));
  }
  const names = new Set(field.component_whitelist ?? []);
  return nestable.filter((component) => names.has(component.name));
}

/** How a collapsed experiment card is recognised: its key, status and variants. */
function experimentPreview(block) {
  return `${block.key ?? ''} · ${STATUS_WORDS[block.status] ?? block.status ?? ''} · ${variantNames(block).join(' / ')}`;
}

class BloksField extends FieldElement {
  static properties = {
    ...FieldElement.properties,
    allProblems: { attribute: false },
    schema: { attribute: false },
    picking: { state: true },
    search: { state: true },
    dragOver: { state: true },
  };

  constructor() {
    super();
    this.picking = false;
    this.search = '';
    this.onExpanded = () => this.requestUpdate();
  }

  connectedCallback() {
    super.connectedCallback();
    window.addEventListener('duet:blocks-expanded', this.onExpanded);
  }

  disconnectedCallback() {
    super.disconnectedCallback();
    window.removeEventListener('duet:blocks-expanded', this.onExpanded);
  }

  willUpdate(changed) {
    if (changed.has('spaceId') && !this.schema && this.spaceId) components(this.spaceId).then((schema) => { this.schema = schema; });
  }

  get blocks() {
    return Array.isArray(this.value) ? this.value : [];
  }

  get maximum() {
    const max = Number(this.field?.maximum);
    return Number.isFinite(max) && max > 0 ? max : Infinity;
  }

  get minimum() {
    const min = Number(this.field?.minimum);
    return Number.isFinite(min) && min > 0 ? min : 0;
  }

  commit(blocks) {
    this.changed(blocks);
  }

  replace(index, block) {
    const blocks = [...this.blocks];
    blocks[index] = block;
    this.commit(blocks);
  }

  add(component) {
    if (this.blocks.length >= this.maximum) return;
    const block = newBlock(component);
    this.picking = false;
    this.search = '';
    setExpanded([block._uid]);
    this.commit([...this.blocks, block]);
    this.focusCard(block._uid, { field: true });
  }

  duplicate(index) {
    if (this.blocks.length >= this.maximum) return;
    const copy = copyWithNewUids(this.blocks[index]);
    const blocks = [...this.blocks];
    blocks.splice(index + 1, 0, copy);
    this.commit(blocks);
    this.focusCard(copy._uid);
  }

  move(index, to) {
    if (to < 0 || to >= this.blocks.length || to === index) return;
    const blocks = [...this.blocks];
    const [block] = blocks.splice(index, 1);
    blocks.splice(to, 0, block);
    this.commit(blocks);
    this.focusCard(block._uid);
  }

  deleteBlock(index) {
    if (this.blocks.length <= this.minimum) return;
    const block = this.blocks[index];
    const blocks = this.blocks.filter((_, i) => i !== index);
    this.commit(blocks);
    const focusTarget = blocks[Math.min(index, blocks.length - 1)];
    if (focusTarget) this.focusCard(focusTarget._uid);
    else this.updateComplete.then(() => this.querySelector('.add-block')?.focus());
    toast(`${blockName(block, this.schema)} deleted.`, {
      action: {
        label: 'Undo',
        run: () => {
          const now = [...this.blocks];
          now.splice(Math.min(index, now.length), 0, block);
          this.commit(now);
          this.focusCard(block._uid);
        },
      },
      timeout: 10000,
    });
  }

  /** After the next render, focuses the card's header (or with `field`, the first field of its form). */
  async focusCard(uid, { field = false } = {}) {
    await this.updateComplete;
    await new Promise((resolve) => requestAnimationFrame(resolve));
    const card = this.querySelector(`:scope > .bloks > ol > li[data-uid="${CSS.escape(uid)}"]`);
    const target = field ? card?.querySelector('.block-body input, .block-body textarea, .block-body select') : null;
    (target ?? card?.querySelector('.block-toggle'))?.focus();
  }

  onCardKey(event, index) {
    if (!event.altKey || (event.key !== 'ArrowUp' && event.key !== 'ArrowDown')) return;
    event.preventDefault();
    event.stopPropagation();
    this.move(index, index + (event.key === 'ArrowUp' ? -1 : 1));
  }

  onDragStart(event, index) {
    this.dragged = index;
    event.dataTransfer.effectAllowed = 'move';
    event.dataTransfer.setData('text/plain', this.blocks[index]._uid);
    event.stopPropagation();
  }

  onDragOver(event, index) {
    if (this.dragged === undefined || this.dragged === null) return;
    event.preventDefault();
    event.stopPropagation();
    const box = event.currentTarget.getBoundingClientRect();
    this.dragOver = { index, after: event.clientY > box.top + box.height / 2 };
  }

  onDrop(event, index) {
    if (this.dragged === undefined || this.dragged === null) return;
    event.preventDefault();
    event.stopPropagation();
    const from = this.dragged;
    const after = this.dragOver?.after ?? false;
    this.dragged = null;
    this.dragOver = null;
    let to = index + (after ? 1 : 0);
    if (from < to) to -= 1;
    this.move(from, to);
  }

  render() {
    const blocks = this.blocks;
    const full = blocks.length >= this.maximum;
    const limits = [this.minimum ? `at least ${this.minimum}` : '', Number.isFinite(this.maximum) ? `at most ${this.maximum}` : '']
      .filter(Boolean).join(', ');
    return html`
      <div class="bloks" role="group" aria-labelledby="${this.inputId}-label">
        <div class="bloks-head">
          <span class="field-label" id="${this.inputId}-label">${this.label}${this.field?.required ? html`<span class="required" aria-hidden="true"> *</span>` : ''}</span>
          <small class="muted">${blocks.length} ${blocks.length === 1 ? 'block' : 'blocks'}${limits ? ` (${limits})` : ''}</small>
        </div>
        ${this.field?.description ? html`<small class="field-hint">${this.field.description}</small>` : ''}
        ${this.invalid ? html`<p class="field-error" role="alert">${this.problems.join(' ')}</p>` : ''}
        <ol class="block-list">
          ${blocks.map((block, index) => this.renderCard(block, index, blocks.length))}
        </ol>
        ${this.readonly ? '' : html`
          <button type="button" class="secondary add-block" ?disabled=${full} aria-expanded=${this.picking ? 'true' : 'false'}
                  @click=${() => this.openPicker()}>+ Add block</button>
          ${full ? html`<small class="muted"> This list holds at most ${this.maximum} blocks.</small>` : ''}
          ${this.picking ? this.renderPicker() : ''}`}
      </div>`;
  }

  renderCard(block, index, count) {
    const uid = block?._uid ?? `index-${index}`;
    const open = isExpanded(uid);
    const component = this.schema?.byName.get(block?.component);
    const experiment = isExperiment(block);
    const name = blockName(block, this.schema);
    const preview = experiment ? experimentPreview(block) : previewText(block ?? {}, component);
    const path = `${this.path}[${index}]`;
    const drop = this.dragOver?.index === index ? (this.dragOver.after ? 'drop-after' : 'drop-before') : '';
    const hasProblems = Object.keys(this.allProblems ?? {}).some((key) => key.startsWith(`${path}.`) || key === path);
    return html`
      <li class="block-card ${open ? 'open' : ''} ${experiment ? 'experiment-block' : ''} ${drop} ${hasProblems ? 'has-problems' : ''}" data-uid=${uid} data-path=${path}
          @keydown=${(event) => this.onCardKey(event, index)}
          @dragover=${(event) => this.onDragOver(event, index)} @dragleave=${() => { this.dragOver = null; }}
          @drop=${(event) => this.onDrop(event, index)}>
        <div class="block-header" draggable=${this.readonly ? 'false' : 'true'}
             @dragstart=${(event) => this.onDragStart(event, index)} @dragend=${() => { this.dragged = null; this.dragOver = null; }}>
          <span class="drag-handle" aria-hidden="true" title="Drag to reorder">⠿</span>
          <button type="button" class="block-toggle" aria-expanded=${open ? 'true' : 'false'} id="${this.inputId}-b-${index}"
                  aria-describedby="${this.inputId}-keys" @click=${() => setExpanded([uid], !open)}>
            <span class="block-name">${name}</span>
            <span class="block-preview">${preview}</span>
          </button>
          ${currentEditor() ? extras('blockExtras', uid, currentEditor()) : ''}
          ${this.readonly ? '' : html`
            <span class="block-actions">
              <button type="button" class="icon" aria-label="Move ${name} ${index + 1} up" ?disabled=${index === 0}
                      @click=${() => this.move(index, index - 1)}>↑</button>
              <button type="button" class="icon" aria-label="Move ${name} ${index + 1} down" ?disabled=${index === count - 1}
                      @click=${() => this.move(index, index + 1)}>↓</button>
              <button type="button" class="icon" aria-label="Duplicate ${name} ${index + 1}" ?disabled=${count >= this.maximum || experiment}
                      title=${experiment ? 'A test cannot be duplicated: its name must stay unique. Duplicate a variant inside it instead.' : ''}
                      @click=${() => this.duplicate(index)}>${icons.copy()}</button>
              <button type="button" class="icon danger" aria-label="Delete ${name} ${index + 1}" ?disabled=${count <= this.minimum}
                      title=${count <= this.minimum ? `This list needs at least ${this.minimum} blocks.` : ''}
                      @click=${() => this.deleteBlock(index)}>${icons.trash()}</button>
            </span>`}
        </div>
        ${open ? html`
          <div class="block-body" role="region" aria-labelledby="${this.inputId}-b-${index}">
            ${experiment ? html`
              <duet-experiment-card .experiment=${block} .schema=${this.schema} .spaceId=${this.spaceId} .path=${path}
                                    .problems=${this.allProblems ?? {}} .readonly=${this.readonly}
                                    @experiment-changed=${(event) => { event.stopPropagation(); this.replace(index, event.detail); }}></duet-experiment-card>` : html`
              <duet-blok-form .blok=${block} .schema=${this.schema} .spaceId=${this.spaceId} .path=${path}
                              .problems=${this.allProblems ?? {}} .readonly=${this.readonly}
                              @blok-changed=${(event) => { event.stopPropagation(); this.replace(index, event.detail); }}></duet-blok-form>`}
          </div>` : ''}
        <span hidden id="${this.inputId}-keys">Alt+Up and Alt+Down move the block.</span>
      </li>`;
  }

  openPicker() {
    this.picking = !this.picking;
    this.search = '';
    if (this.picking) this.updateComplete.then(() => this.querySelector('.block-picker input')?.focus());
  }

  closePicker() {
    this.picking = false;
    this.updateComplete.then(() => this.querySelector('.add-block')?.focus());
  }

  onPickerKey(event) {
    if (event.key === 'Escape') {
      event.preventDefault();
      event.stopPropagation();
      this.closePicker();
      return;
    }
    if (event.key !== 'ArrowDown' && event.key !== 'ArrowUp') return;
    event.preventDefault();
    const options = [...this.querySelectorAll('.block-picker .picker-option')];
    const at = options.indexOf(document.activeElement);
    const next = event.key === 'ArrowDown' ? Math.min(at + 1, options.length - 1) : at - 1;
    if (next < 0) this.querySelector('.block-picker input')?.focus();
    else options[next]?.focus();
  }

  renderPicker() {
    const words = this.search.trim().toLowerCase();
    const offered = allowedComponents(this.field, this.schema)
      .filter((component) => !words || `${label(component)} ${component.name}`.toLowerCase().includes(words));
    const groups = new Map((this.schema?.groups ?? []).map((group) => [group.uuid, group.name]));
    return html`
      <div class="block-picker" role="dialog" aria-label="Add a block to ${this.label}" @keydown=${(event) => this.onPickerKey(event)}>
        <label class="picker-search">Find a block
          <input type="search" placeholder="Search blocks" .value=${this.search}
                 @input=${(event) => { this.search = event.target.value; }}
                 @keydown=${(event) => { if (event.key === 'Enter' && offered.length) { event.preventDefault(); this.add(offered[0]); } }}>
        </label>
        ${offered.length ? html`
          <ul class="picker-options" aria-label="Blocks you can add">
            ${offered.map((component) => html`
              <li><button type="button" class="picker-option" data-component=${component.name} @click=${() => this.add(component)}>
                <span class="block-name">${label(component)}</span>
                <small class="muted">${groups.get(component.component_group_uuid) ?? ''}</small>
              </button></li>`)}
          </ul>` : html`<p class="muted">No block matches “${this.search}”.</p>`}
        <button type="button" class="link" @click=${() => this.closePicker()}>Cancel</button>
      </div>`;
  }
}

customElements.define('duet-field-bloks', BloksField);
