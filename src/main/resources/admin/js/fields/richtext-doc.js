// Converts rich text between Storyblok's ProseMirror JSON ({type: "doc", content: [...]}) and the DOM of a
// contenteditable editor, both ways, with round-trip fidelity: docToDom(doc) then domToDoc(element) gives back the same
// document for every node and mark the editor knows, and any other node travels as an opaque, non-editable chip
// holding its JSON, so nothing is lost. Pure functions of their input; no editor state.

const BLOCK_TAGS = { paragraph: 'p', blockquote: 'blockquote', bullet_list: 'ul', ordered_list: 'ol', list_item: 'li', horizontal_rule: 'hr' };
const MARK_TAGS = { bold: 'strong', italic: 'em', code: 'code', strike: 's', underline: 'u', link: 'a' };
const TAG_MARKS = { STRONG: 'bold', B: 'bold', EM: 'italic', I: 'italic', CODE: 'code', S: 'strike', STRIKE: 'strike', DEL: 'strike', U: 'underline', A: 'link' };
const TEXTBLOCK_TAGS = new Set(['P', 'H1', 'H2', 'H3', 'H4', 'H5', 'H6']);

/** An empty document as editors write it: one blank paragraph. */
export function emptyDoc() {
  return { type: 'doc', content: [{ type: 'paragraph' }] };
}

/** Whether the value is a document with any text or node besides blank paragraphs. */
export function hasContent(node) {
  if (!node || typeof node !== 'object') return false;
  if (!['doc', 'paragraph', 'heading', 'hard_break', 'text'].includes(node.type)) return true;
  if (node.type === 'text' && String(node.text ?? '').trim()) return true;
  return (node.content ?? []).some(hasContent);
}

function keysBesides(object, known) {
  return Object.keys(object ?? {}).some((key) => !known.includes(key));
}

/** The JSON a chip or element keeps in a data- attribute. */
function stash(element, name, value) {
  element.setAttribute(`data-${name}`, JSON.stringify(value));
}

function unstash(element, name) {
  const text = element.getAttribute(`data-${name}`);
  if (text === null) return undefined;
  try {
    return JSON.parse(text);
  } catch {
    return undefined;
  }
}

/** A chip for a node the editor does not edit in place (an embedded blok, or a node type it does not know). */
export function chip(node, doc, { inline = false, label = null } = {}) {
  const element = doc.createElement(inline ? 'span' : 'div');
  element.contentEditable = 'false';
  element.className = node.type === 'blok' ? 'rt-chip rt-blok' : 'rt-chip rt-opaque';
  stash(element, 'node', node);
  const text = doc.createElement('span');
  text.className = 'rt-chip-label';
  text.textContent = label ?? (node.type === 'blok'
    ? `Block: ${(node.attrs?.body ?? []).map((blok) => blok?.component ?? '?').join(', ') || 'empty'}`
    : `${node.type} (kept as it is)`);
  element.append(text);
  return element;
}

// ---------------------------------------------------------------- JSON → DOM

/** Renders a document's content into `target` (replacing what it held). `chipLabel(node)` may name blok chips. */
export function renderDoc(doc, target, { chipLabel } = {}) {
  const owner = target.ownerDocument;
  const content = doc && doc.type === 'doc' && Array.isArray(doc.content) ? doc.content : emptyDoc().content;
  target.replaceChildren(...content.map((node) => blockToDom(node, owner, chipLabel)));
  if (!target.childNodes.length) target.append(blockToDom({ type: 'paragraph' }, owner, chipLabel));
}

function blockToDom(node, doc, chipLabel) {
  if (!node || typeof node !== 'object') return chip({ type: 'invalid', value: node }, doc);
  const type = node.type;
  if (type === 'heading' && !keysBesides(node, ['type', 'attrs', 'content']) && [1, 2, 3, 4, 5, 6].includes(node.attrs?.level)) {
    const element = doc.createElement(`h${node.attrs.level}`);
    if (keysBesides(node.attrs, ['level'])) stash(element, 'attrs', node.attrs);
    fillInline(element, node.content, doc, chipLabel);
    return element;
  }
  if (type === 'code_block' && !keysBesides(node, ['type', 'attrs', 'content'])
      && (node.content ?? []).every((child) => child?.type === 'text' && !child.marks && !keysBesides(child, ['type', 'text']))) {
    const pre = doc.createElement('pre');
    if (node.attrs !== undefined) stash(pre, 'attrs', node.attrs);
    const code = doc.createElement('code');
    code.textContent = (node.content ?? []).map((child) => child.text).join('');
    pre.append(code);
    return pre;
  }
  const tag = BLOCK_TAGS[type];
  if (!tag || keysBesides(node, ['type', 'attrs', 'content'])) {
    return chip(node, doc, { label: type === 'blok' ? chipLabel?.(node) : null });
  }
  const element = doc.createElement(tag);
  if (node.attrs !== undefined) {
    stash(element, 'attrs', node.attrs);
    if (type === 'ordered_list' && Number(node.attrs?.order) > 1) element.setAttribute('start', node.attrs.order);
  }
  if (type === 'paragraph') fillInline(element, node.content, doc, chipLabel);
  else if (type !== 'horizontal_rule') {
    for (const child of node.content ?? []) element.append(blockToDom(child, doc, chipLabel));
  }
  return element;
}

function fillInline(element, content, doc, chipLabel) {
  const nodes = Array.isArray(content) ? content : [];
  for (const node of nodes) element.append(inlineToDom(node, doc, chipLabel));
  const last = nodes[nodes.length - 1];
  // A block ending in a line break (or an empty one) needs one more <br> for the browser to show the line; the parser
  // drops a block's final <br> for the same reason.
  if (!nodes.length || isPlainBreak(last)) element.append(doc.createElement('br'));
}

function isPlainBreak(node) {
  return node?.type === 'hard_break' && !keysBesides(node, ['type']);
}

function inlineToDom(node, doc, chipLabel) {
  if (isPlainBreak(node)) return doc.createElement('br');
  if (node?.type !== 'text' || typeof node.text !== 'string' || !node.text || keysBesides(node, ['type', 'text', 'marks'])
      || !(node.marks === undefined || Array.isArray(node.marks))) {
    return chip(node, doc, { inline: true, label: node?.type === 'blok' ? chipLabel?.(node) : null });
  }
  let result = doc.createTextNode(node.text);
  const marks = node.marks ?? [];
  for (let i = marks.length - 1; i >= 0; i--) {
    const wrapper = markElement(marks[i], doc);
    wrapper.append(result);
    result = wrapper;
  }
  return result;
}

function markElement(mark, doc) {
  const tag = MARK_TAGS[mark?.type];
  let element;
  if (!tag) {
    element = doc.createElement('span');
    element.className = 'rt-mark';
  } else {
    element = doc.createElement(tag);
  }
  if (mark?.type === 'link') {
    element.setAttribute('href', mark.attrs?.href ?? '');
    if (mark.attrs?.target) element.setAttribute('target', mark.attrs.target);
  }
  if (!tag || keysBesides(mark, ['type'])) stash(element, 'mark', mark);
  return element;
}

// ---------------------------------------------------------------- DOM → JSON

/** Reads the document the editor element `root` shows. */
export function readDoc(root) {
  const content = readBlocks(root);
  return { type: 'doc', content: content.length ? content : emptyDoc().content };
}

function isChip(node) {
  return node.nodeType === 1 && node.hasAttribute('data-node');
}

function isBlockElement(node) {
  if (node.nodeType !== 1) return false;
  if (isChip(node)) return node.tagName === 'DIV';
  return ['P', 'H1', 'H2', 'H3', 'H4', 'H5', 'H6', 'UL', 'OL', 'LI', 'BLOCKQUOTE', 'HR', 'PRE', 'DIV', 'TABLE', 'SECTION'].includes(node.tagName);
}

/** The block nodes of an element's children; runs of inline content become paragraphs. */
function readBlocks(parent) {
  const blocks = [];
  let run = [];
  const flush = () => {
    if (run.some((node) => !(node.nodeType === 3 && !node.data.trim()))) blocks.push(paragraphOf(run, undefined));
    run = [];
  };
  for (const child of parent.childNodes) {
    if (!isBlockElement(child)) {
      if (child.nodeType === 3 || child.nodeType === 1) run.push(child);
      continue;
    }
    flush();
    blocks.push(...readBlock(child));
  }
  flush();
  return blocks;
}

function attrsOf(element) {
  return unstash(element, 'attrs');
}

function withAttrs(node, attrs) {
  if (attrs !== undefined) node.attrs = attrs;
  return node;
}

function readBlock(element) {
  if (isChip(element)) return [unstash(element, 'node')].filter((node) => node !== undefined);
  const tag = element.tagName;
  // Browsers sometimes put a list or quote inside a paragraph or heading while editing: read its parts as blocks.
  if (TEXTBLOCK_TAGS.has(tag) && [...element.childNodes].some(isBlockElement)) return readBlocks(element);
  if (tag === 'P') return [paragraphOf([...element.childNodes], attrsOf(element))];
  if (/^H[1-6]$/.test(tag)) {
    const node = { type: 'heading', attrs: { ...(attrsOf(element) ?? {}), level: Number(tag[1]) } };
    const content = readInlines([...element.childNodes]);
    if (content.length) node.content = content;
    return [node];
  }
  if (tag === 'UL' || tag === 'OL') {
    const type = tag === 'UL' ? 'bullet_list' : 'ordered_list';
    let attrs = attrsOf(element);
    if (type === 'ordered_list' && attrs === undefined) attrs = { order: 1 };
    const items = [];
    for (const child of element.childNodes) {
      if (child.nodeType === 1 && child.tagName === 'LI') items.push(listItem(child));
      else if (child.nodeType === 1 && (child.tagName === 'UL' || child.tagName === 'OL') && items.length) {
        items[items.length - 1].content.push(...readBlock(child));
      } else if (child.nodeType === 1 || child.data?.trim()) items.push(listItem(child));
    }
    return items.length ? [withAttrs({ type, content: items }, attrs)] : [];
  }
  if (tag === 'LI') return [listItem(element)];
  if (tag === 'BLOCKQUOTE') {
    const content = readBlocks(element);
    return [withAttrs({ type: 'blockquote', content: content.length ? content : [{ type: 'paragraph' }] }, attrsOf(element))];
  }
  if (tag === 'HR') return [withAttrs({ type: 'horizontal_rule' }, attrsOf(element))];
  if (tag === 'PRE') {
    const node = withAttrs({ type: 'code_block' }, attrsOf(element));
    const text = element.textContent;
    if (text) node.content = [{ type: 'text', text }];
    return [node];
  }
  // A <div> (browsers make them on Enter in some cases) is a paragraph when it holds only inline content.
  if ([...element.childNodes].some(isBlockElement)) return readBlocks(element);
  return [paragraphOf([...element.childNodes], attrsOf(element))];
}

function listItem(element) {
  const content = element.nodeType === 1 && element.tagName === 'LI' ? readBlocks(element) : readBlocks({ childNodes: [element] });
  return withAttrs({ type: 'list_item', content: content.length ? content : [{ type: 'paragraph' }] },
    element.nodeType === 1 ? attrsOf(element) : undefined);
}

function paragraphOf(nodes, attrs) {
  const node = withAttrs({ type: 'paragraph' }, attrs);
  const content = readInlines(nodes);
  if (content.length) node.content = content;
  return node;
}

function readInlines(nodes) {
  const out = [];
  for (const node of nodes) collectInline(node, [], out);
  // The block's final <br> only holds the line open (see fillInline).
  if (isPlainBreak(out[out.length - 1])) out.pop();
  return mergeTexts(out);
}

function markOf(element) {
  const stashed = unstash(element, 'mark');
  if (element.tagName === 'A') {
    const mark = stashed?.type === 'link' ? structuredClone(stashed) : { type: 'link', attrs: { href: null, linktype: 'url', target: null, uuid: null, anchor: null } };
    mark.attrs = { ...(mark.attrs ?? {}), href: element.getAttribute('href') };
    if (element.getAttribute('target') || mark.attrs.target) mark.attrs.target = element.getAttribute('target') || null;
    return mark;
  }
  if (stashed) return stashed;
  const type = TAG_MARKS[element.tagName];
  if (type) return { type };
  if (element.tagName === 'SPAN') {
    if (/bold|[6-9]00/.test(element.style.fontWeight)) return { type: 'bold' };
    if (element.style.fontStyle === 'italic') return { type: 'italic' };
  }
  return null;
}

function collectInline(node, marks, out) {
  if (node.nodeType === 3) {
    if (node.data) out.push(textNode(node.data, marks));
    return;
  }
  if (node.nodeType !== 1) return;
  if (isChip(node)) {
    const stored = unstash(node, 'node');
    if (stored !== undefined) out.push(stored);
    return;
  }
  if (node.tagName === 'BR') {
    out.push({ type: 'hard_break' });
    return;
  }
  const mark = markOf(node);
  const inner = mark && !marks.some((existing) => sameMark(existing, mark)) ? [...marks, mark] : marks;
  for (const child of node.childNodes) collectInline(child, inner, out);
}

function textNode(text, marks) {
  const node = { type: 'text', text };
  if (marks.length) node.marks = marks.map((mark) => structuredClone(mark));
  return node;
}

function sameMark(a, b) {
  return JSON.stringify(a) === JSON.stringify(b);
}

function mergeTexts(nodes) {
  const out = [];
  for (const node of nodes) {
    const last = out[out.length - 1];
    if (node.type === 'text' && last?.type === 'text' && JSON.stringify(last.marks ?? []) === JSON.stringify(node.marks ?? [])) {
      last.text += node.text;
    } else {
      out.push(node);
    }
  }
  return out;
}

/** JSON with object keys sorted, so two documents can be compared whatever order their keys were written in. */
export function canonical(value) {
  return JSON.stringify(value, (key, inner) => (inner && typeof inner === 'object' && !Array.isArray(inner)
    ? Object.fromEntries(Object.keys(inner).sort().map((name) => [name, inner[name]]))
    : inner));
}
