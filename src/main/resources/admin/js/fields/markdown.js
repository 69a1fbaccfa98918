// Markdown: a textarea with a small toolbar and a preview of a safe subset (headings, paragraphs, lists, quotes, code,
// bold, italic, links). The preview is built as DOM nodes from text, so nothing the author typed becomes markup.
import { html, nothing } from 'lit';
import { FieldElement } from './field-chrome.js';

const SAFE_HREF = /^(https?:|mailto:|tel:|\/|#|\.{0,2}\/)/i;

function inline(text) {
  const out = document.createDocumentFragment();
  const pattern = /(`[^`]+`)|(\*\*[^*]+\*\*|__[^_]+__)|(\*[^*\s][^*]*\*|_[^_\s][^_]*_)|(\[[^\]]+\]\([^)\s]+\))/;
  let rest = text;
  while (rest) {
    const match = pattern.exec(rest);
    if (!match) {
      out.append(rest);
      break;
    }
    if (match.index) out.append(rest.slice(0, match.index));
    const token = match[0];
    let node;
    if (match[1]) {
      node = document.createElement('code');
      node.textContent = token.slice(1, -1);
    } else if (match[2]) {
      node = document.createElement('strong');
      node.append(inline(token.slice(2, -2)));
    } else if (match[3]) {
      node = document.createElement('em');
      node.append(inline(token.slice(1, -1)));
    } else {
      const [, label, href] = /^\[([^\]]+)\]\(([^)\s]+)\)$/.exec(token);
      if (SAFE_HREF.test(href)) {
        node = document.createElement('a');
        node.href = href;
        node.rel = 'noopener noreferrer';
        node.target = '_blank';
        node.append(inline(label));
      } else {
        node = document.createTextNode(label);
      }
    }
    out.append(node);
    rest = rest.slice(match.index + token.length);
  }
  return out;
}

/** Renders markdown to a DocumentFragment of safe elements (no raw HTML: every character of the source is text). */
export function renderMarkdown(source) {
  const out = document.createDocumentFragment();
  const lines = String(source ?? '').replace(/\r\n?/g, '\n').split('\n');
  let i = 0;
  const element = (tag, content) => {
    const node = document.createElement(tag);
    if (content !== undefined) node.append(content);
    return node;
  };
  while (i < lines.length) {
    const line = lines[i];
    if (!line.trim()) {
      i++;
    } else if (/^```/.test(line)) {
      const code = [];
      for (i++; i < lines.length && !/^```/.test(lines[i]); i++) code.push(lines[i]);
      i++;
      out.append(element('pre', element('code', code.join('\n'))));
    } else if (/^#{1,6}\s/.test(line)) {
      const level = /^#+/.exec(line)[0].length;
      out.append(element(`h${level}`, inline(line.replace(/^#+\s+/, '').replace(/\s+#+\s*$/, ''))));
      i++;
    } else if (/^(-{3,}|\*{3,}|_{3,})\s*$/.test(line)) {
      out.append(element('hr'));
      i++;
    } else if (/^>/.test(line)) {
      const quoted = [];
      for (; i < lines.length && /^>/.test(lines[i]); i++) quoted.push(lines[i].replace(/^>\s?/, ''));
      out.append(element('blockquote', renderMarkdown(quoted.join('\n'))));
    } else if (/^\s*([-*+]|\d+[.)])\s+/.test(line)) {
      const ordered = /^\s*\d/.test(line);
      const list = element(ordered ? 'ol' : 'ul');
      for (; i < lines.length && /^\s*([-*+]|\d+[.)])\s+/.test(lines[i]); i++) {
        list.append(element('li', inline(lines[i].replace(/^\s*([-*+]|\d+[.)])\s+/, ''))));
      }
      out.append(list);
    } else {
      const paragraph = element('p');
      for (let first = true; i < lines.length && lines[i].trim() && !/^(#{1,6}\s|```|>|\s*([-*+]|\d+[.)])\s+)/.test(lines[i]); i++) {
        if (!first) paragraph.append(/ {2}$/.test(lines[i - 1]) ? element('br') : ' ');
        paragraph.append(inline(lines[i].trim()));
        first = false;
      }
      out.append(paragraph);
    }
  }
  return out;
}

const TOOLS = [
  { label: 'Bold', short: 'B', key: 'b', run: (text) => ({ wrap: ['**', '**'], placeholder: 'bold text', text }) },
  { label: 'Italic', short: 'I', key: 'i', run: (text) => ({ wrap: ['_', '_'], placeholder: 'italic text', text }) },
  { label: 'Heading', short: 'H', run: (text) => ({ prefix: '## ', placeholder: 'Heading', text }) },
  { label: 'Link', short: 'Link', key: 'k', run: (text) => ({ wrap: ['[', '](https://)'], placeholder: 'link text', text }) },
  { label: 'Bulleted list', short: '•', run: (text) => ({ prefix: '- ', placeholder: 'List item', text }) },
];

class DuetFieldMarkdown extends FieldElement {
  static properties = { ...FieldElement.properties, tab: { state: true } };

  constructor() {
    super();
    this.tab = 'write';
  }

  get textarea() {
    return this.querySelector('textarea');
  }

  apply(tool) {
    const area = this.textarea;
    if (!area || this.readonly) return;
    const { selectionStart: start, selectionEnd: end, value } = area;
    const action = tool.run(value.slice(start, end));
    const selected = action.text || action.placeholder;
    let replacement;
    let selectFrom;
    if (action.wrap) {
      replacement = `${action.wrap[0]}${selected}${action.wrap[1]}`;
      selectFrom = start + action.wrap[0].length;
    } else {
      const lineStart = value.lastIndexOf('\n', start - 1) + 1;
      area.setSelectionRange(lineStart, end);
      const lines = (value.slice(lineStart, start) + selected).split('\n');
      replacement = lines.map((line) => action.prefix + line.replace(/^(#+\s+|[-*+]\s+)/, '')).join('\n');
      selectFrom = lineStart + action.prefix.length;
    }
    area.focus();
    area.setRangeText(replacement, area.selectionStart, area.selectionEnd, 'end');
    if (!action.text) area.setSelectionRange(selectFrom, selectFrom + selected.length);
    this.change(area.value);
  }

  keydown(event) {
    if (!(event.ctrlKey || event.metaKey) || event.altKey) return;
    const tool = TOOLS.find((candidate) => candidate.key === event.key.toLowerCase());
    if (tool) {
      event.preventDefault();
      this.apply(tool);
    }
  }

  switchTab(tab) {
    this.tab = tab;
    this.updateComplete.then(() => this.querySelector(`[role=tab][data-tab=${tab}]`)?.focus());
  }

  tabKeys(event) {
    if (event.key === 'ArrowRight' || event.key === 'ArrowLeft') {
      event.preventDefault();
      this.switchTab(this.tab === 'write' ? 'preview' : 'write');
    }
  }

  render() {
    const text = typeof this.value === 'string' ? this.value : '';
    const tab = (name, label) => html`
      <button type="button" role="tab" data-tab=${name} id=${`${this.inputId}-tab-${name}`} aria-selected=${this.tab === name ? 'true' : 'false'}
              aria-controls=${`${this.inputId}-panel`} tabindex=${this.tab === name ? '0' : '-1'}
              @click=${() => this.switchTab(name)} @keydown=${this.tabKeys}>${label}</button>`;
    return html`
      <div class="field field-markdown">
        ${this.renderLabel()}
        ${this.renderDescription()}
        <div class="editor-frame">
          <div class="editor-bar">
            <div role="tablist" aria-label=${`${this.title}: write or preview`} class="editor-tabs">
              ${tab('write', 'Write')}${tab('preview', 'Preview')}
            </div>
            ${this.tab === 'write' && !this.readonly ? html`
              <div role="toolbar" aria-label="Formatting" class="editor-tools">
                ${TOOLS.map((tool) => html`
                  <button type="button" class="icon" title=${tool.key ? `${tool.label} (Ctrl+${tool.key.toUpperCase()})` : tool.label}
                          aria-label=${tool.label} @click=${() => this.apply(tool)}>${tool.short}</button>`)}
              </div>` : nothing}
          </div>
          <div id=${`${this.inputId}-panel`} role="tabpanel" aria-labelledby=${`${this.inputId}-tab-${this.tab}`}>
            ${this.tab === 'write' ? html`
              <textarea id=${this.inputId} rows="8" .value=${text} ?readonly=${this.readonly} aria-invalid=${this.invalid}
                        aria-describedby=${this.describedBy} @keydown=${this.keydown}
                        @input=${(event) => this.change(event.target.value)}></textarea>`
              : html`<div class="markdown-preview">${text.trim() ? renderMarkdown(text) : html`<p class="muted">Nothing to preview yet.</p>`}</div>`}
          </div>
        </div>
        ${this.renderProblems()}
      </div>`;
  }
}

customElements.define('duet-field-markdown', DuetFieldMarkdown);
