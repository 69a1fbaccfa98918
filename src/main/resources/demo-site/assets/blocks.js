// One renderer per component of the demo space. Each block's outermost element carries the bridge's attributes, so
// in the visual editor it can be hovered, clicked and focused.

import { attributes, escape, imageUrl, safeUrl } from './html.js';
import { renderRichtext, richtextHref } from './richtext.js';

/**
 * The site-wide helpers renderers need. pageHref(fullSlug) -> url of a page on this site; rels: stories by uuid (for
 * relations such as a post's author); posts: the blog posts to list on the blog's start page.
 */
export function renderStory(story, site) {
  const content = story && story.content;
  if (!content || typeof content !== 'object') return '<section class="container notice"><p>This story has no content yet.</p></section>';
  const render = new Renderer(story, site);
  return render.blok(content);
}

class Renderer {
  constructor(story, site) {
    this.story = story;
    this.site = site;
  }

  blok(blok) {
    if (!blok || typeof blok !== 'object') return '';
    // a variant delivery chose for the visitor: remember its note, so the page reports the exposure once shown
    if (blok._experiment && this.site.experiments) this.site.experiments.push(blok._experiment);
    const renderer = RENDERERS[blok.component];
    return renderer ? renderer.call(this, blok) : this.unknown(blok);
  }

  bloks(list) {
    return Array.isArray(list) ? list.map(blok => this.blok(blok)).join('') : '';
  }

  /** The bridge's attributes for a block, the block's uid for click reporting, and the element's own. */
  mark(blok, own) {
    const bridge = window.DuetBridge;
    let marker = bridge ? bridge.editable(blok) : {};
    if (Object.keys(marker).length === 0 && bridge && bridge.isInEditor() && blok._uid) {
      marker = { 'data-duet-uid': blok._uid, 'data-duet-component': blok.component };
    }
    return attributes({ ...own, 'data-duet-block': blok._uid || null, ...marker });
  }

  link(link) {
    if (!link || typeof link !== 'object') return '#';
    if (link.linktype === 'story') {
      const target = link.story && link.story.full_slug || link.cached_url;
      return target ? this.site.pageHref(target) : '#';
    }
    if (link.linktype === 'email') return safeUrl('mailto:' + (link.email || link.url || '').replace(/^mailto:/, ''));
    return safeUrl(link.url || link.cached_url);
  }

  richtext(doc) {
    return renderRichtext(doc, {
      renderBlok: blok => this.blok(blok),
      linkHref: attrs => richtextHref(attrs, slug => this.site.pageHref(slug))
    });
  }

  image(asset, className, sizes) {
    const src = imageUrl(asset);
    if (!src) return '';
    const alt = asset && asset.alt || '';
    return `<figure class="media ${className || ''}" data-alt="${escape(alt)}">`
      + `<img${attributes({ src, alt, loading: 'lazy', sizes })}></figure>`;
  }

  unknown(blok) {
    return `<section${this.mark(blok, { class: 'container notice' })}>`
      + `<p>There is no template for the component <code>${escape(blok.component || '(none)')}</code> yet.</p></section>`;
  }
}

const ICONS = {
  bolt: '<path d="M13 2 4 14h7l-1 8 9-12h-7z"/>',
  shield: '<path d="M12 2 4 5v6c0 5 3.4 9.4 8 11 4.6-1.6 8-6 8-11V5z"/><path d="m9 12 2 2 4-4"/>',
  chart: '<path d="M3 3v18h18"/><path d="m7 15 4-4 3 3 6-6"/>',
  users: '<circle cx="9" cy="8" r="4"/><path d="M2 21c0-4 3-6 7-6s7 2 7 6"/><path d="M16 4a4 4 0 0 1 0 8M22 21c0-3-1.5-5-4-5.7"/>',
  cloud: '<path d="M7 18h10a4 4 0 0 0 .6-8A6 6 0 0 0 6.1 9 4.5 4.5 0 0 0 7 18z"/>',
  lock: '<rect x="5" y="11" width="14" height="10" rx="2"/><path d="M8 11V7a4 4 0 0 1 8 0v4"/>'
};

function icon(name) {
  const paths = ICONS[name] || ICONS.bolt;
  return `<svg class="icon" viewBox="0 0 24 24" aria-hidden="true" fill="none" stroke="currentColor" stroke-width="2" `
    + `stroke-linecap="round" stroke-linejoin="round">${paths}</svg>`;
}

function stars(rating) {
  const count = Math.max(0, Math.min(5, Math.round(Number(rating) || 0)));
  if (!count) return '';
  return `<p class="stars" aria-label="${count} out of 5 stars">${'★'.repeat(count)}${'☆'.repeat(5 - count)}</p>`;
}

function formatDate(value) {
  if (!value) return '';
  const date = new Date(String(value).replace(' ', 'T'));
  return isNaN(date) ? escape(value) : date.toLocaleDateString('en-GB', { day: 'numeric', month: 'long', year: 'numeric' });
}

/** A tiny Markdown subset for the author's long bio: paragraphs, "- " lists, **bold**, *italic* and [links](url). */
function markdown(text) {
  if (typeof text !== 'string' || !text.trim()) return '';
  const inline = line => escape(line)
    .replace(/\*\*(.+?)\*\*/g, '<strong>$1</strong>')
    .replace(/\*(.+?)\*/g, '<em>$1</em>')
    .replace(/\[([^\]]+)\]\(([^)\s]+)\)/g, (match, label, url) => `<a href="${escape(safeUrl(url.replace(/&amp;/g, '&')))}">${label}</a>`);
  return text.trim().split(/\n{2,}/).map(block => {
    const lines = block.split('\n');
    if (lines.every(line => /^\s*[-*] /.test(line))) {
      return `<ul>${lines.map(line => `<li>${inline(line.replace(/^\s*[-*] /, ''))}</li>`).join('')}</ul>`;
    }
    return `<p>${lines.map(inline).join('<br>')}</p>`;
  }).join('');
}

/**
 * An experiment block delivery left unresolved. In the editor's preview (the draft, no visitor) it shows the variant
 * the preview URL forces with experiment_variations=key:n, else the control; on the site the helper assigns it with
 * the same hashing as the server.
 */
function chooseVariant(blok) {
  const helper = window.Duet;
  const bridge = window.DuetBridge;
  if (!bridge || !bridge.isInEditor()) return helper ? helper.choose(blok) : blok.variants[0];
  const forced = {};
  (new URLSearchParams(location.search).get('experiment_variations') || '').split(',').forEach(pair => {
    const [key, index] = pair.split(':');
    if (key && /^\d+$/.test(index || '')) forced[key.trim()] = Number(index);
  });
  const index = forced[blok.key] !== undefined && forced[blok.key] < blok.variants.length ? forced[blok.key] : 0;
  return blok.variants[index];
}

const RENDERERS = {
  duet_experiment(blok) {
    if (!Array.isArray(blok.variants) || !blok.variants.length) return '';
    return this.blok(chooseVariant(blok));
  },

  page(blok) {
    return `<div${this.mark(blok, { class: 'page' })}>${this.bloks(blok.body)}${this.site.postsHtml(this.story)}</div>`;
  },

  landing_page(blok) {
    const gallery = Array.isArray(blok.gallery) && blok.gallery.length
      ? `<section class="container gallery">${blok.gallery.map(asset => this.image(asset, 'gallery-item')).join('')}</section>` : '';
    return `<div${this.mark(blok, { class: 'page landing' })}>${this.bloks(blok.body)}${gallery}</div>`;
  },

  hero(blok) {
    const dark = blok.theme === 'dark';
    const color = blok.background_color && /^#[0-9a-f]{3,8}$/i.test(blok.background_color.color || '')
      ? blok.background_color.color : null;
    const button = blok.cta_label
      ? `<a class="button ${dark ? 'button-light' : 'button-primary'}" data-duet-conversion="signup" href="${escape(this.link(blok.cta_link))}">${escape(blok.cta_label)}</a>` : '';
    return `<section${this.mark(blok, { class: `hero ${dark ? 'hero-dark' : 'hero-light'}`, style: color ? `--hero-bg:${color}` : null })}>`
      + `<div class="container hero-grid${imageUrl(blok.image) ? '' : ' hero-text-only'}"><div class="hero-copy">`
      + `<h1>${escape(blok.headline)}</h1>`
      + (blok.subheadline ? `<p class="lead">${escape(blok.subheadline)}</p>` : '')
      + button + `</div>${this.image(blok.image, 'hero-image')}</div></section>`;
  },

  feature_grid(blok) {
    const columns = ['2', '3', '4'].includes(String(blok.columns)) ? String(blok.columns) : '3';
    return `<section${this.mark(blok, { class: 'section container' })}>`
      + (blok.headline ? `<h2 class="section-title">${escape(blok.headline)}</h2>` : '')
      + `<div class="grid grid-${columns}">${this.bloks(blok.features)}</div></section>`;
  },

  feature(blok) {
    return `<article${this.mark(blok, { class: 'card feature' })}>${icon(blok.icon)}`
      + `<h3>${escape(blok.title)}</h3>${blok.text ? `<p>${escape(blok.text)}</p>` : ''}</article>`;
  },

  cta(blok) {
    const style = ['primary', 'secondary', 'outline'].includes(blok.style) ? blok.style : 'primary';
    const button = blok.button_label
      ? `<a class="button button-${style === 'primary' ? 'light' : style === 'secondary' ? 'primary' : 'outline'}" `
        + `data-duet-conversion="signup" href="${escape(this.link(blok.link))}">${escape(blok.button_label)}</a>` : '';
    return `<section${this.mark(blok, { class: `cta cta-${style}` })}><div class="container cta-inner">`
      + `<h2>${escape(blok.headline)}</h2>${button}</div></section>`;
  },

  testimonial(blok) {
    const who = [blok.role, blok.company].filter(Boolean).map(escape).join(', ');
    return `<section${this.mark(blok, { class: 'section container' })}><figure class="testimonial">`
      + stars(blok.rating) + `<blockquote>“${escape(blok.quote)}”</blockquote><figcaption>`
      + this.image(blok.photo, 'avatar')
      + `<span><strong>${escape(blok.person)}</strong>${who ? `<br><span class="muted">${who}</span>` : ''}</span>`
      + `</figcaption></figure></section>`;
  },

  rich_text(blok) {
    return `<section${this.mark(blok, { class: 'section container prose' })}>${this.richtext(blok.text)}</section>`;
  },

  pricing_table(blok) {
    const table = blok.plans && typeof blok.plans === 'object' ? blok.plans : { thead: [], tbody: [] };
    const head = Array.isArray(table.thead) ? table.thead : [];
    const highlighted = head.findIndex(cell => String(cell && cell.value || '').toLowerCase() === blok.highlight_plan);
    const cellClass = index => (index === highlighted ? ' class="highlight"' : '');
    const rows = (Array.isArray(table.tbody) ? table.tbody : []).map(row =>
      `<tr>${(Array.isArray(row.body) ? row.body : []).map((cell, index) =>
        index === 0 ? `<th scope="row">${escape(cell.value)}</th>` : `<td${cellClass(index)}>${escape(cell.value)}</td>`).join('')}</tr>`);
    return `<section${this.mark(blok, { class: 'section container' })}>`
      + (blok.headline ? `<h2 class="section-title">${escape(blok.headline)}</h2>` : '')
      + `<div class="table-scroll"><table class="pricing"><thead><tr>`
      + head.map((cell, index) => `<th scope="col"${cellClass(index)}>${escape(cell.value)}</th>`).join('')
      + `</tr></thead><tbody>${rows.join('')}</tbody></table></div>`
      + (blok.billing_note ? `<p class="muted small">${escape(blok.billing_note)}</p>` : '') + '</section>';
  },

  faq(blok) {
    return `<details${this.mark(blok, { class: 'container faq' })}><summary>${escape(blok.question)}</summary>`
      + `<div class="prose">${this.richtext(blok.answer)}</div></details>`;
  },

  blog_post(blok) {
    const authors = (Array.isArray(blok.author) ? blok.author : [])
      .map(author => (typeof author === 'string' ? this.site.rels[author] : author))
      .filter(author => author && author.content);
    const byline = authors.map(author =>
      `<a href="${escape(this.site.pageHref(author.full_slug))}">${escape(author.content.name || author.name)}</a>`).join(', ');
    const meta = [formatDate(blok.published_on), blok.category && escape(this.site.label('categories', blok.category)),
      blok.reading_time && `${escape(blok.reading_time)} min read`].filter(Boolean).join(' · ');
    return `<article${this.mark(blok, { class: 'post' })}><header class="container narrow post-header">`
      + (meta ? `<p class="eyebrow">${meta}</p>` : '') + `<h1>${escape(blok.title)}</h1>`
      + (blok.teaser ? `<p class="lead">${escape(blok.teaser)}</p>` : '')
      + (byline ? `<p class="byline">By ${byline}</p>` : '') + '</header>'
      + `<div class="container">${this.image(blok.cover, 'cover')}</div>`
      + `<div class="container narrow prose">${this.richtext(blok.body)}</div></article>`;
  },

  author(blok) {
    const twitter = /^@[A-Za-z0-9_]{1,15}$/.test(blok.twitter || '')
      ? `<a href="https://twitter.com/${escape(blok.twitter.substring(1))}" rel="noopener">${escape(blok.twitter)}</a>` : '';
    return `<article${this.mark(blok, { class: 'container narrow author' })}>`
      + `<header class="author-header">${this.image(blok.avatar, 'avatar avatar-large')}<div>`
      + `<h1>${escape(blok.name)}</h1>${blok.role ? `<p class="lead">${escape(blok.role)}</p>` : ''}${twitter}</div></header>`
      + `<div class="prose">${blok.bio ? `<p>${escape(blok.bio)}</p>` : ''}${markdown(blok.bio_markdown)}</div></article>`;
  }
};

/** Cards for the blog's start page, newest first. */
export function renderPosts(posts, pageHref) {
  if (!posts.length) return '';
  return `<section class="section container"><h2 class="section-title">Latest posts</h2><div class="grid grid-3">`
    + posts.map(post => {
      const content = post.content || {};
      const src = imageUrl(content.cover);
      return `<a class="card post-card" href="${escape(pageHref(post.full_slug))}">`
        + (src ? `<figure class="media thumb" data-alt="${escape(content.cover.alt || '')}"><img src="${escape(src)}" alt="" loading="lazy"></figure>` : '')
        + `<h3>${escape(content.title || post.name)}</h3>`
        + (content.teaser ? `<p>${escape(content.teaser)}</p>` : '')
        + `<span class="muted small">${formatDate(content.published_on)}</span></a>`;
    }).join('') + '</div></section>';
}
