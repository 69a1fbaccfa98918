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

  /** Puts the caret back in the editor: where it is, if still inside; else where it was last (before a dialog). */
  restoreSelection() {
    const editor = this.editor;
    const selection = document.getSelection();
    if (selection.rangeCount && editor.contains(selection.anchorNode)) {
      if (document.activeElement !== editor) editor.focus();
      return;
    }
    editor.focus();
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

  /**
   * Makes the blocks the selection touches a list of `tag` (UL or OL), or turns such a list back into paragraphs.
   * Done by hand: Chromium's insertUnorderedList nests lists inside paragraphs and loses the caret.
   */
  toggleList(tag) {
    if (this.readonly) return;
    this.restoreSelection();
    const editor = this.editor;
    const selection = document.getSelection();
    const range = selection.rangeCount ? selection.getRangeAt(0) : null;
    const saved = range && [range.startContainer, range.startOffset, range.endContainer, range.endOffset];
    const top = (node) => {
      while (node && node.parentNode !== editor) node = node.parentNode;
      return node;
    };
    const first = (range && top(range.startContainer)) ?? editor.lastChild;
    const last = (range && top(range.endContainer)) ?? first;
    if (!first) return;
    const blocks = [];
    for (let node = first; node; node = node.nextSibling) {
      blocks.push(node);
      if (node === last) break;
    }
    const paragraphOf = (node) => {
      if (node.nodeType === 1 && /^(P|H[1-6]|PRE|BLOCKQUOTE|DIV)$/.test(node.tagName)) return node;
      const paragraph = document.createElement('p');
      paragraph.append(node);
      return paragraph;
    };
    if (blocks.every((node) => node.nodeType === 1 && node.tagName === tag)) {
      for (const list of blocks) {
        for (const item of [...list.children]) {
          const parts = [...item.childNodes];
          const hasBlocks = parts.some((part) => part.nodeType === 1 && /^(P|H[1-6]|UL|OL|PRE|BLOCKQUOTE|DIV)$/.test(part.tagName));
          if (hasBlocks) list.before(...parts);
          else {
            const paragraph = document.createElement('p');
            paragraph.append(...parts);
            if (!paragraph.childNodes.length) paragraph.append(document.createElement('br'));
            list.before(paragraph);
          }
        }
        list.remove();
      }
    } else {
      const list = document.createElement(tag.toLowerCase());
      first.before(list);
      for (const node of blocks) {
        if (node.nodeType === 1 && (node.tagName === 'UL' || node.tagName === 'OL')) list.append(...node.children);
        else if (node.nodeType === 3 && !node.data.trim()) continue;
        else {
          const item = document.createElement('li');
          item.append(paragraphOf(node));
          list.append(item);
        }
        if (node.parentNode === editor) node.remove();
      }
    }
    if (saved && saved[0].isConnected && saved[2].isConnected) selection.setBaseAndExtent(...saved);
    this.sync();
  }

  block(tag) {
    this.command('formatBlock', tag);
  }

  /** Enter in a list item starts the next item (or, on an empty item, leaves the list), as in Storyblok's editor. */
  enterInList(event) {
    const selection = document.getSelection();
    if (!selection.rangeCount) return;
    const range = selection.getRangeAt(0);
    let item = range.startContainer;
    while (item && item !== this.editor && !(item.nodeType === 1 && item.tagName === 'LI')) item = item.parentNode;
    if (!item || item === this.editor) return;
    event.preventDefault();
    range.deleteContents();
    const block = [...item.children].find((child) => child.contains(range.startContainer) && /^(P|H[1-6])$/.test(child.tagName)) ?? item;
    const list = item.parentNode;
    if (!item.textContent.trim() && !item.querySelector('.rt-chip')) {
      const paragraph = document.createElement('p');
      paragraph.append(document.createElement('br'));
      const rest = [...list.children].slice([...list.children].indexOf(item) + 1);
      list.after(paragraph);
      if (rest.length) {
        const tail = list.cloneNode(false);
        tail.append(...rest);
        paragraph.after(tail);
      }
      item.remove();
      if (!list.children.length) list.remove();
      selection.setBaseAndExtent(paragraph, 0, paragraph, 0);
      this.sync();
      return;
    }
    const after = document.createRange();
    after.setStart(range.startContainer, range.startOffset);
    after.setEnd(block, block.childNodes.length);
    const moved = after.extractContents();
    const next = document.createElement('li');
    const paragraph = document.createElement('p');
    paragraph.append(moved);
    if (!paragraph.textContent && !paragraph.querySelector('.rt-chip')) paragraph.replaceChildren(document.createElement('br'));
    if (!block.textContent && !block.querySelector('.rt-chip, br')) block.append(document.createElement('br'));
    next.append(paragraph);
    item.after(next);
    selection.setBaseAndExtent(paragraph, 0, paragraph, 0);
    this.sync();
  }

  /** Pastes as plain text: formatting from other programs would show here but could not be stored faithfully. */
  paste(event) {
    const text = event.clipboardData?.getData('text/plain');
    if (text === undefined) return;
    event.preventDefault();
    if (!this.readonly) document.execCommand('insertText', false, text);
  }

  keydown(event) {
    if (event.key === 'Enter' && !event.shiftKey && !event.ctrlKey && !event.metaKey && !event.altKey && !this.readonly) {
      this.enterInList(event);
      return;
    }
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
      // <duet-blok-form> reports each edit as `blok-changed` and shows what it is given, like any controlled field.
      let edited = body[0];
      const onChange = (event) => {
        event.stopPropagation();
        if (event.detail && typeof event.detail === 'object') {
          edited = event.detail;
          event.currentTarget.querySelector('duet-blok-form').blok = edited;
        }
      };
      const values = await openDialog({
        title: `Edit ${this.blokLabel(node).replace(/^Block: /, '')}`,
        okLabel: 'Done',
        content: html`<div class="rt-blok-form" @blok-changed=${onChange}>
          <duet-blok-form .blok=${body[0]} .spaceId=${this.spaceId} .path=${`${this.path ?? ''}.attrs.body[0]`}
                          .readonly=${this.readonly}></duet-blok-form>
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
            ${tool('Link (Ctrl+K)', 'Link', () => this.link(), Boolean(a.link), 'rt-link')}
            <span class="editor-sep"></span>
            ${tool('Bulleted list', '•', () => this.toggleList('UL'), Boolean(a.bullet), 'rt-ul')}
            ${tool('Numbered list', '1.', () => this.toggleList('OL'), Boolean(a.ordered), 'rt-ol')}
            <span class="editor-sep"></span>
            <button type="button" class="secondary rt-insert-blok" ?disabled=${this.readonly}
                    @mousedown=${(event) => event.preventDefault()} @click=${() => this.insertBlok()}>Insert block</button>
          </div>
          <div class="rt-editor" role="textbox" aria-multiline="true" aria-labelledby=${`${this.inputId}-label`}
               aria-describedby=${this.describedBy} aria-invalid=${this.invalid}
               contenteditable=${this.readonly ? 'false' : 'true'} spellcheck="true"
               @input=${() => this.sync()} @keydown=${this.keydown} @paste=${this.paste}></div>
        </div>
        ${this.renderProblems()}
      </div>`;
  }
}

customElements.define('duet-field-richtext', DuetFieldRichtext);
