// Renders Storyblok's rich text (ProseMirror JSON) as HTML. Embedded blocks ("blok" nodes) are handed to renderBlok.

import { attributes, escape, imageUrl, safeUrl } from './html.js';

const BLOCK_TAGS = {
  paragraph: 'p', blockquote: 'blockquote', bullet_list: 'ul', ordered_list: 'ol', list_item: 'li'
};
const MARK_TAGS = { bold: 'strong', italic: 'em', strike: 's', underline: 'u', code: 'code', superscript: 'sup', subscript: 'sub' };

/**
 * @param doc the rich text value ({type: 'doc', content: [...]}); anything else renders as nothing
 * @param context {renderBlok(blok) -> html, linkHref(attrs) -> url}
 */
export function renderRichtext(doc, context) {
  if (!doc || typeof doc !== 'object' || !Array.isArray(doc.content)) return '';
  return nodes(doc.content, context);
}

function nodes(list, context) {
  return Array.isArray(list) ? list.map(node => renderNode(node, context)).join('') : '';
}

function renderNode(node, context) {
  if (!node || typeof node !== 'object') return '';
  const inner = () => nodes(node.content, context);
  switch (node.type) {
    case 'text':
      return marked(escape(node.text), node.marks, context);
    case 'heading': {
      const level = Math.min(Math.max(Number(node.attrs && node.attrs.level) || 2, 1), 6);
      return `<h${level}>${inner()}</h${level}>`;
    }
    case 'code_block':
      return `<pre><code>${inner()}</code></pre>`;
    case 'horizontal_rule':
      return '<hr>';
    case 'hard_break':
      return '<br>';
    case 'image': {
      const src = imageUrl(node.attrs && node.attrs.src);
      return src ? `<img${attributes({ src, alt: node.attrs.alt || '', loading: 'lazy' })}>` : '';
    }
    case 'blok': {
      const body = node.attrs && Array.isArray(node.attrs.body) ? node.attrs.body : [];
      return `<div class="rt-blok">${body.map(blok => context.renderBlok(blok)).join('')}</div>`;
    }
    default: {
      const tag = BLOCK_TAGS[node.type];
      return tag ? `<${tag}>${inner()}</${tag}>` : inner();
    }
  }
}

function marked(html, marks, context) {
  if (!Array.isArray(marks)) return html;
  return marks.reduce((text, mark) => {
    if (!mark) return text;
    if (mark.type === 'link') {
      const attrs = mark.attrs || {};
      const external = /^https?:/i.test(attrs.href || '') && attrs.linktype !== 'story';
      return `<a${attributes({
        href: context.linkHref(attrs),
        target: attrs.target === '_blank' ? '_blank' : null,
        rel: attrs.target === '_blank' || external ? 'noopener' : null
      })}>${text}</a>`;
    }
    const tag = MARK_TAGS[mark.type];
    return tag ? `<${tag}>${text}</${tag}>` : text;
  }, html);
}

/** For rich text links: story links point into the site, the rest as written (checked). */
export function richtextHref(attrs, pageHref) {
  if (attrs.linktype === 'story') return pageHref(attrs.story && attrs.story.full_slug || attrs.href || '');
  if (attrs.linktype === 'email') return safeUrl('mailto:' + (attrs.href || '').replace(/^mailto:/, ''));
  return safeUrl(attrs.href);
}
