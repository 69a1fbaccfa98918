// Rich text: a contenteditable editor with a toolbar, producing the ProseMirror JSON document Storyblok's editor writes
// and the delivery API serves. richtext-doc.js converts between that JSON and the editor's DOM; this element handles
// the toolbar, shortcuts, links and embedded bloks (shown as chips, edited in a dialog).
import { html, nothing, render } from 'lit';
import { components, label as componentLabel } from '../schema.js';
import { openDialog } from '../ui/dialog.js';
import { toastError } from '../ui/toast.js';
import { FieldElement, newUid } from './field-chrome.js';
import { chip, readDoc, renderDoc } from './richtext-doc.js';

function isEmail(text) {
  return /^[^\s@]+@[^\s@]+\.[^\s@]+$/.test(text);
}

class DuetFieldRichtext extends FieldElement {
  static properties = { ...FieldElement.properties, active: { state: true } };

  constructor() {
    super();
    this.active = {};
    this.emitted = undefined;
    this.savedRange = null;
    this.schemas = null;
    this.onSelection = () => this.rememberSelection();
  }

  connectedCallback() {
    super.connectedCallback();
    document.addEventListener('selectionchange', this.onSelection);
  }

  disconnectedCallback() {
    super.disconnectedCallback();
    document.removeEventListener('selectionchange', this.onSelection);
  }

  get editor() {
    return this.querySelector('.rt-editor');
  }

  willUpdate(changed) {
    if (changed.has('spaceId') && this.spaceId !== undefined) {
      components(this.spaceId).then((schemas) => {
        this.schemas = schemas;
        this.relabelChips();
      }, () => { this.schemas = null; });
    }
  }

  updated(changed) {
    // Rebuild the editor's DOM only when the value comes from outside; our own edits are already on screen.
    if (changed.has('value') && this.value !== this.emitted && this.editor) {
      renderDoc(this.value, this.editor, { chipLabel: (node) => this.blokLabel(node) });
      this.decorateChips();
    }
  }

  blokLabel(node) {
    const names = (node.attrs?.body ?? []).map((blok) => componentLabel(this.schemas?.byName.get(blok?.component)) || blok?.component || '?');
    return `Block: ${names.join(', ') || 'empty'}`;
  }

  relabelChips() {
    for (const element of this.editor?.querySelectorAll('.rt-blok .rt-chip-label') ?? []) {
      const node = JSON.parse(element.parentElement.dataset.node);
      element.textContent = this.blokLabel(node);
    }
  }

  /** Adds Edit and Remove buttons to the chips of embedded bloks. */
  decorateChips() {
    for (const element of this.editor?.querySelectorAll('.rt-chip') ?? []) {
      if (element.querySelector('.rt-chip-actions') || this.readonly) continue;
      const actions = document.createElement('span');
      actions.className = 'rt-chip-actions';
      render(html`
        ${element.classList.contains('rt-blok')
          ? html`<button type="button" class="link rt-edit-blok" @click=${() => this.editBlok(element)}>Edit</button>` : nothing}
        <button type="button" class="link danger rt-remove-chip" @click=${() => this.removeChip(element)}>Remove</button>`, actions);
      element.append(actions);
    }
  }

  sync() {
    const doc = readDoc(this.editor);
    this.emitted = doc;
    this.value = doc;
    this.change(doc);
    this.refreshActive();
  }

  rememberSelection() {
    const selection = document.getSelection();
    if (selection?.rangeCount && this.editor?.contains(selection.anchorNode)) {
      this.savedRange = selection.getRangeAt(0).cloneRange();
      this.refreshActive();
    }
  }

  restoreSelection() {
    const editor = this.editor;
    editor.focus();
    const selection = document.getSelection();
    if (this.savedRange && editor.contains(this.savedRange.startContainer)) {
      selection.removeAllRanges();
      selection.addRange(this.savedRange);
    } else if (!editor.contains(selection.anchorNode)) {
      const range = document.createRange();
      range.selectNodeContents(editor);
      range.collapse(false);
      selection.removeAllRanges();
      selection.addRange(range);
    }
  }

  refreshActive() {
    let node = document.getSelection()?.anchorNode;
    const found = {};
    while (node && node !== this.editor) {
      if (node.nodeType === 1) {
        const tag = node.tagName;
        if (tag === 'STRONG' || tag === 'B') found.bold = true;
        if (tag === 'EM' || tag === 'I') found.italic = true;
        if (tag === 'A') found.link = true;
        if (tag === 'UL') found.bullet = true;
        if (tag === 'OL') found.ordered = true;
        if (/^H[1-6]$|^P$/.test(tag) && !found.block) found.block = tag;
      }
      node = node.parentNode;
    }
    if (node !== this.editor) return;
    if (JSON.stringify(found) !== JSON.stringify(this.active)) this.active = found;
  }

  command(name, argument) {
    if (this.readonly) return;
    this.restoreSelection();
    document.execCommand('styleWithCSS', false, false);
    document.execCommand(name, false, argument);
    this.sync();
  }

  block(tag) {
    this.command('formatBlock', tag);
  }

  keydown(event) {
    if (!(event.ctrlKey || event.metaKey) || event.altKey) return;
    const key = event.key.toLowerCase();
    if (key === 'b' || key === 'i') {
      event.preventDefault();
      this.command(key === 'b' ? 'bold' : 'italic');
    } else if (key === 'k') {
      event.preventDefault();
      this.rememberSelection();
      this.link();
    }
  }

  /** The link around the caret or selection, if any. */
  currentLink() {
    let node = this.savedRange?.commonAncestorContainer;
    while (node && node !== this.editor) {
      if (node.nodeType === 1 && node.tagName === 'A') return node;
      node = node.parentNode;
    }
    return null;
  }

  async link() {
    if (this.readonly) return;
    const existing = this.currentLink();
    const range = this.savedRange;
    const collapsed = !range || range.collapsed;
    const values = await openDialog({
      title: existing ? 'Edit link' : 'Add link',
      okLabel: 'Apply',
      content: html`
        <label>Link address <small>A web address (https://…), a path on this site (/about) or an email address</small>
          <input name="href" value=${existing?.getAttribute('href') ?? ''} placeholder="https://">
        </label>
        ${collapsed && !existing ? html`<label>Text to show <input name="text"></label>` : nothing}
        <label class="inline-check"><input type="checkbox" name="blank" ?checked=${existing?.getAttribute('target') === '_blank'}>
          Open in a new tab</label>
        ${existing ? html`<p class="muted">Leave the address empty to remove the link.</p>` : nothing}`,
      validate: (form) => (!existing && !form.href.trim() ? 'Enter the address to link to.' : null),
    });
    if (!values) {
      this.restoreSelection();
      return;
    }
    const href = values.href.trim();
    const target = values.blank ? '_blank' : '_self';
    if (existing) {
      const selection = document.getSelection();
      const whole = document.createRange();
      whole.selectNodeContents(existing);
      this.savedRange = whole;
      this.restoreSelection();
      selection.removeAllRanges();
      selection.addRange(whole);
    } else {
      this.restoreSelection();
    }
    if (!href) {
      this.command('unlink');
      return;
    }
    const email = isEmail(href.replace(/^mailto:/, ''));
    const attrs = { href: email ? href.replace(/^mailto:/, '') : href, linktype: email ? 'email' : 'url', target, uuid: null, anchor: null };
    if (existing) {
      existing.setAttribute('href', attrs.href);
      existing.setAttribute('target', target);
      existing.setAttribute('data-mark', JSON.stringify({ type: 'link', attrs }));
      this.sync();
      return;
    }
    const marker = `duet-link-${newUid()}`;
    if (collapsed) {
      document.execCommand('insertText', false, values.text?.trim() || attrs.href);
      const selection = document.getSelection();
      const range = selection.getRangeAt(0);
      const text = range.startContainer;
      const length = (values.text?.trim() || attrs.href).length;
      const select = document.createRange();
      select.setStart(text, Math.max(0, range.startOffset - length));
      select.setEnd(text, range.startOffset);
      selection.removeAllRanges();
      selection.addRange(select);
    }
    document.execCommand('createLink', false, marker);
    for (const anchor of this.editor.querySelectorAll('a[href]')) {
      if (anchor.getAttribute('href') !== marker) continue;
      anchor.setAttribute('href', attrs.href);
      anchor.setAttribute('target', target);
      anchor.setAttribute('data-mark', JSON.stringify({ type: 'link', attrs }));
    }
    this.sync();
  }

  /** The components an embedded block may be: the field's whitelist, or every nestable component. */
  allowedComponents() {
    const all = this.schemas?.components ?? [];
    const whitelist = this.field?.component_whitelist ?? [];
    if ((this.field?.restrict_components || this.field?.restrict_components === undefined) && whitelist.length) {
      return all.filter((component) => whitelist.includes(component.name));
    }
    return all.filter((component) => component.is_nestable);
  }

  async insertBlok() {
    if (this.readonly) return;
    const range = this.savedRange;
    try {
      this.schemas ??= await components(this.spaceId);
    } catch (error) {
      toastError(error);
      return;
    }
    const allowed = this.allowedComponents();
    const values = await openDialog({
      title: 'Insert a block',
      okLabel: 'Insert',
      content: allowed.length ? html`
        <label>Block type
          <select name="component" required>
            ${allowed.map((component) => html`<option value=${component.name}>${componentLabel(component)}</option>`)}
          </select>
        </label>` : html`<p>No block types may be placed in this text.</p>`,
      validate: (form) => (form.component ? null : 'Choose a block type.'),
    });
    if (!values?.component) return;
    const node = { type: 'blok', attrs: { id: newUid(), body: [{ component: values.component, _uid: newUid() }] } };
    const element = chip(node, document, { label: this.blokLabel(node) });
    const editor = this.editor;
    let top = range?.startContainer;
    while (top && top.parentNode !== editor) top = top.parentNode;
    if (top && editor.contains(top)) top.after(element);
    else editor.append(element);
    if (!element.nextSibling || element.nextSibling.nodeType !== 1 || element.nextSibling.classList.contains('rt-chip')) {
      const paragraph = document.createElement('p');
      paragraph.append(document.createElement('br'));
      element.after(paragraph);
    }
    this.decorateChips();
    this.sync();
    element.querySelector('.rt-edit-blok')?.focus();
  }

  removeChip(element) {
    const next = element.nextElementSibling ?? element.previousElementSibling;
    element.remove();
    if (!this.editor.childNodes.length) renderDoc(null, this.editor);
    this.sync();
    (next?.querySelector?.('button') ?? this.editor).focus();
  }

  async editBlok(element) {
    const node = JSON.parse(element.dataset.node);
    const updated = await this.openBlokEditor(node);
    if (!updated) return;
    element.dataset.node = JSON.stringify(updated);
    element.querySelector('.rt-chip-label').textContent = this.blokLabel(updated);
    this.sync();
  }

  /** Edits an embedded blok with the story editor's form when it is available, else as JSON; resolves the new node. */
  async openBlokEditor(node) {
    const body = node.attrs?.body ?? [];
    let formLoaded = false;
    try {
      await import('./form.js');
      formLoaded = Boolean(customElements.get('duet-blok-form'));
    } catch {
      formLoaded = false;
    }
    if (formLoaded && body.length === 1) {
      let edited = body[0];
      const onChange = (event) => {
        event.stopPropagation();
        if (event.target?.tagName === 'DUET-BLOK-FORM' && event.detail && typeof event.detail === 'object') edited = event.detail;
      };
      const values = await openDialog({
        title: `Edit ${this.blokLabel(node).replace(/^Block: /, '')}`,
        okLabel: 'Done',
        content: html`<div class="rt-blok-form" @value-changed=${onChange}>
          <duet-blok-form .blok=${body[0]} .value=${body[0]} .spaceId=${this.spaceId} .path=${`${this.path ?? ''}.attrs.body[0]`}></duet-blok-form>
        </div>`,
      });
      return values ? { ...node, attrs: { ...node.attrs, body: [edited] } } : null;
    }
    const values = await openDialog({
      title: 'Edit the block as JSON',
      okLabel: 'Apply',
      content: html`
        <label>The block's fields <small>The list of blocks this rich text embeds, as JSON.</small>
          <textarea name="json" rows="14" class="code">${JSON.stringify(body, null, 2)}</textarea>
        </label>`,
      validate: (form) => {
        try {
          const parsed = JSON.parse(form.json);
          return Array.isArray(parsed) && parsed.every((blok) => blok && typeof blok.component === 'string')
            ? null : 'It must be a list of blocks, each with a "component".';
        } catch (error) {
          return `That is not valid JSON: ${error.message}`;
        }
      },
    });
    return values ? { ...node, attrs: { ...node.attrs, body: JSON.parse(values.json) } } : null;
  }

  firstUpdated() {
    document.execCommand('defaultParagraphSeparator', false, 'p');
    renderDoc(this.value, this.editor, { chipLabel: (node) => this.blokLabel(node) });
    this.decorateChips();
  }

  render() {
    const tool = (labelText, short, action, pressed, extra = '') => html`
      <button type="button" class=${`icon rt-tool ${extra}`} aria-label=${labelText} title=${labelText}
              aria-pressed=${pressed === undefined ? nothing : pressed ? 'true' : 'false'}
              ?disabled=${this.readonly} @mousedown=${(event) => event.preventDefault()} @click=${action}>${short}</button>`;
    const a = this.active;
    return html`
      <div class="field field-richtext">
        <span class="field-label" id=${`${this.inputId}-label`}>${this.title}${this.required ? html`<span class="field-required" aria-hidden="true"> *</span>` : nothing}</span>
        ${this.renderDescription()}
        <div class="editor-frame">
          <div class="editor-bar" role="toolbar" aria-label=${`${this.title}: formatting`}>
            ${tool('Paragraph', '¶', () => this.block('p'), a.block === 'P', 'rt-p')}
            ${tool('Heading 2', 'H2', () => this.block('h2'), a.block === 'H2', 'rt-h2')}
            ${tool('Heading 3', 'H3', () => this.block('h3'), a.block === 'H3', 'rt-h3')}
            <span class="editor-sep"></span>
            ${tool('Bold (Ctrl+B)', 'B', () => this.command('bold'), Boolean(a.bold), 'rt-bold')}
            ${tool('Italic (Ctrl+I)', 'I', () => this.command('italic'), Boolean(a.italic), 'rt-italic')}
            ${tool('Link (Ctrl+K)', '🔗', () => this.link(), Boolean(a.link), 'rt-link')}
            <span class="editor-sep"></span>
            ${tool('Bulleted list', '•', () => this.command('insertUnorderedList'), Boolean(a.bullet), 'rt-ul')}
            ${tool('Numbered list', '1.', () => this.command('insertOrderedList'), Boolean(a.ordered), 'rt-ol')}
            <span class="editor-sep"></span>
            <button type="button" class="secondary rt-insert-blok" ?disabled=${this.readonly}
                    @mousedown=${(event) => event.preventDefault()} @click=${() => this.insertBlok()}>Insert block</button>
          </div>
          <div class="rt-editor" role="textbox" aria-multiline="true" aria-labelledby=${`${this.inputId}-label`}
               aria-describedby=${this.describedBy} aria-invalid=${this.invalid}
               contenteditable=${this.readonly ? 'false' : 'true'} spellcheck="true"
               @input=${() => this.sync()} @keydown=${this.keydown}></div>
        </div>
        ${this.renderProblems()}
      </div>`;
  }
}

customElements.define('duet-field-richtext', DuetFieldRichtext);
